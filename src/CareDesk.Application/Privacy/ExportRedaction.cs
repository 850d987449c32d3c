using System.Text.RegularExpressions;
using CareDesk.Application.Abstractions;

namespace CareDesk.Application.Privacy;

/// <summary>
/// Direct identifiers out of exported text (R43d): what the PII detector finds (e-mails, phone numbers, names, addresses,
/// dates of birth), then social handles (@name, u/name) and the known authors of the exported records, which the
/// detector does not know as personal data.
/// </summary>
public sealed partial class ExportRedaction(IPersonalDataRedactor detector)
{
    public const string Handle = "[HANDLE]";

    public string? Text(string? text, IEnumerable<string>? knownAuthors = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var redacted = detector.Redact(text);
        foreach (var author in (knownAuthors ?? []).Where(author => author.Trim().Length > 2).OrderByDescending(author => author.Length))
        {
            redacted = redacted.Replace(author.Trim(), Handle, StringComparison.OrdinalIgnoreCase);
        }

        return SocialHandle().Replace(redacted, Handle);
    }

    /// <summary>An @handle not inside an e-mail address, or a Reddit u/name.</summary>
    [GeneratedRegex(@"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,48}[A-Za-z0-9_])?|(?<![\w/])u/[A-Za-z0-9_-]{3,20}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SocialHandle();
}

using System.Text.RegularExpressions;
using CareDesk.Application.Abstractions;
using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Privacy;

/// <summary>
/// Direct identifiers out of exported text (R43d): what the PII detector finds (e-mails, phone numbers, names, addresses,
/// dates of birth), then social handles (@name, u/name), the known authors of the exported records and every contact
/// identity (stored normalised, without the @, which the handle pattern alone would miss). Each export prepares one
/// <see cref="ExportRedactor"/>, so all of them redact the same identities the same way.
/// </summary>
public sealed class ExportRedaction(IPersonalDataRedactor detector, IAppDbContext db)
{
    public const string Handle = "[HANDLE]";

    public async Task<ExportRedactor> ForExportAsync(IEnumerable<string>? knownAuthors, CancellationToken cancellationToken)
    {
        var identities = await db.ContactIdentities.AsNoTracking().Select(identity => identity.Value).Distinct().ToListAsync(cancellationToken);
        return new ExportRedactor(detector, knownAuthors ?? [], identities.Where(value => !value.StartsWith(ContactIdentity.PseudonymPrefix, StringComparison.Ordinal)));
    }
}

/// <summary>One export's redaction: the detector, then the known authors as written, then contact identities as whole words.</summary>
public sealed partial class ExportRedactor
{
    private readonly IPersonalDataRedactor _detector;
    private readonly List<string> _authors;
    private readonly Regex? _identities;

    internal ExportRedactor(IPersonalDataRedactor detector, IEnumerable<string> knownAuthors, IEnumerable<string> identities)
    {
        _detector = detector;
        _authors = [.. knownAuthors.Select(author => author.Trim()).Where(author => author.Length > 2).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(author => author.Length)];
        // Whole words only, with or without a leading @, so the identity "sam" never turns "same" into "[HANDLE]e".
        var words = identities.Where(identity => identity.Length > 2).OrderByDescending(identity => identity.Length).Select(Regex.Escape).ToList();
        _identities = words.Count == 0 ? null
            : new Regex($@"(?<![\w.@])@?(?:{string.Join('|', words)})(?![\w@])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public string? Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var redacted = _detector.Redact(text);
        foreach (var author in _authors)
        {
            redacted = redacted.Replace(author, ExportRedaction.Handle, StringComparison.OrdinalIgnoreCase);
        }

        redacted = _identities?.Replace(redacted, ExportRedaction.Handle) ?? redacted;
        return SocialHandle().Replace(redacted, ExportRedaction.Handle);
    }

    /// <summary>An @handle not inside an e-mail address, or a Reddit u/name.</summary>
    [GeneratedRegex(@"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,48}[A-Za-z0-9_])?|(?<![\w/])u/[A-Za-z0-9_-]{3,20}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SocialHandle();
}

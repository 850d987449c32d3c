using System.Text;

namespace CareDesk.Domain.Roi;

/// <summary>
/// The UTM tags CareDesk adds to a tracked link's destination, so the brand's web analytics attribute the visit:
/// source = the channel key, medium = "social-care", campaign = the campaign, content = template id and version.
/// </summary>
public sealed record UtmParameters(string Source, string Campaign, string? Content)
{
    public const string Medium = "social-care";

    public static string ContentFor(string? jobCode, int? templateVersion) =>
        jobCode is null ? "no-template" : $"{jobCode}-v{templateVersion}";

    /// <summary>
    /// The destination with these tags: other query parameters and the fragment are kept in place, any utm_* the
    /// destination already had is replaced, so the link can never carry two conflicting sources.
    /// </summary>
    public Uri ApplyTo(Uri destination)
    {
        var kept = destination.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !pair.StartsWith("utm_", StringComparison.OrdinalIgnoreCase));
        var query = new StringBuilder().AppendJoin('&', kept);
        foreach (var (name, value) in Tags())
        {
            query.Append(query.Length == 0 ? string.Empty : "&").Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        return new UriBuilder(destination) { Query = query.ToString() }.Uri;
    }

    private IEnumerable<(string Name, string Value)> Tags()
    {
        yield return ("utm_source", Source);
        yield return ("utm_medium", Medium);
        yield return ("utm_campaign", Campaign);
        if (Content is not null)
        {
            yield return ("utm_content", Content);
        }
    }
}

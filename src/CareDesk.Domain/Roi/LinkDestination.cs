namespace CareDesk.Domain.Roi;

/// <summary>
/// Where a tracked link may lead: an https address on one of the brand's allowed domains (or a sub-domain of one).
/// Anything else would make CareDesk's redirect an open redirect that phishers could borrow.
/// </summary>
public static class LinkDestination
{
    public const int MaxLength = 2000;

    public static bool IsAllowed(string? destination, IReadOnlyCollection<string> allowedDomains) =>
        TryParse(destination, out var uri) && allowedDomains.Any(domain => IsOnDomain(uri.IdnHost, domain));

    /// <summary>An absolute https URL without user info (which browsers show in place of the real host), at most 2000 characters.</summary>
    public static bool TryParse(string? destination, out Uri uri)
    {
        uri = null!;
        if (string.IsNullOrWhiteSpace(destination) || destination.Length > MaxLength
            || destination.Any(char.IsControl) || destination.Contains('\\', StringComparison.Ordinal)
            || !Uri.TryCreate(destination.Trim(), UriKind.Absolute, out var parsed)
            || parsed.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(parsed.UserInfo) || parsed.HostNameType != UriHostNameType.Dns)
        {
            return false;
        }

        uri = parsed;
        return true;
    }

    /// <summary>"cardiozen.com" allows cardiozen.com and www.cardiozen.com, never cardiozen.com.evil.example or evilcardiozen.com.</summary>
    public static bool IsOnDomain(string host, string domain)
    {
        var normalized = NormalizeDomain(domain);
        return normalized.Length > 0 && (string.Equals(host, normalized, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + normalized, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A domain as an administrator typed it, lower-cased, without scheme, path or trailing dot; empty when it is not a plain host name.</summary>
    public static string NormalizeDomain(string? domain)
    {
        var trimmed = (domain ?? string.Empty).Trim().TrimEnd('.').ToLowerInvariant();
        return Uri.CheckHostName(trimmed) == UriHostNameType.Dns && trimmed.Contains('.', StringComparison.Ordinal) ? trimmed : string.Empty;
    }
}

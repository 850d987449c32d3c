namespace CareDesk.Domain.Templates;

/// <summary>Market codes (ISO country codes, plus "EU" for every member state) and the ones where DTC promotion of prescription medicines is banned.</summary>
public static class TemplateMarkets
{
    public const string EuropeanUnion = "EU";

    private static readonly HashSet<string> EuMemberStates =
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO",
        "SK", "SI", "ES", "SE",
    ];

    public static string Normalize(string market) => market.Trim().ToUpperInvariant();

    /// <summary>Dir 2001/83/EC Art 88(1) and the UK's equivalent: no prescription-medicine advertising to the public.</summary>
    public static bool BansPublicPromotion(string market)
    {
        var code = Normalize(market);
        return code is EuropeanUnion or "UK" or "GB" || EuMemberStates.Contains(code);
    }

    /// <summary>UK material needs a nominated signatory's certification (ABPI Clause 8.1, R47).</summary>
    public static bool IsUk(string market) => Normalize(market) is "UK" or "GB";

    /// <summary>Whether a template approved for <paramref name="approved"/> covers a channel in <paramref name="channelMarket"/>.</summary>
    public static bool Covers(IReadOnlyCollection<string> approved, string channelMarket)
    {
        var code = Normalize(channelMarket);
        return approved.Count == 0 || approved.Any(market => market == code || (market == EuropeanUnion && EuMemberStates.Contains(code))
            || (market is "UK" or "GB" && code is "UK" or "GB"));
    }
}

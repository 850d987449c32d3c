using System.Text.RegularExpressions;

namespace CareDesk.Domain.Roi;

/// <summary>
/// Clients whose requests are not a person clicking: crawlers, link-preview fetchers of the social networks and
/// messengers, and command-line tools. Their requests are redirected like any other but not counted.
/// The user agent is only matched here, never stored.
/// </summary>
public static partial class BotUserAgents
{
    /// <summary>True for a known robot or preview fetcher, and for a request without any user agent.</summary>
    public static bool IsAutomated(string? userAgent) => string.IsNullOrWhiteSpace(userAgent) || AutomatedPattern().IsMatch(userAgent);

    [GeneratedRegex(@"bot\b|bot/|crawl|spider|slurp|preview|prefetch|facebookexternalhit|facebookcatalog|meta-externalagent|embedly|quora link|whatsapp|telegram|skypeuripreview|vkshare|pinterest|bitlybot|outbrain|headless|python-requests|curl/|wget/|go-http-client|okhttp|java/|libwww|httpclient|scrapy|lighthouse|pingdom|uptime", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AutomatedPattern();
}

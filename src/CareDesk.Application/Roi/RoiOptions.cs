namespace CareDesk.Application.Roi;

/// <summary>Configuration section "Roi".</summary>
public sealed class RoiOptions
{
    public const string SectionName = "Roi";

    /// <summary>
    /// The public address short links are printed with, e.g. "https://go.cardiozen.com" (the host that serves /l/{code}).
    /// It must be https in production so a link fits a template's https-only link variable.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Url]
    public string ShortLinkBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The currency the report sums redemption values in; redemptions in other currencies are counted apart.</summary>
    [System.ComponentModel.DataAnnotations.RegularExpression("^[A-Z]{3}$")]
    public string ReportCurrency { get; set; } = "USD";

    public string ShortUrl(string code) => $"{ShortLinkBaseUrl.TrimEnd('/')}/l/{code}";
}

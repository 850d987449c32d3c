namespace CareDesk.Domain.Privacy;

/// <summary>The law a request is made under; it sets the response deadline (R42).</summary>
public enum PrivacyRegime
{
    /// <summary>GDPR Art 12(3): one month, extendable by two further months.</summary>
    Gdpr,

    /// <summary>CCPA §1798.130: 45 days, extendable once by 45 days.</summary>
    Ccpa,
}

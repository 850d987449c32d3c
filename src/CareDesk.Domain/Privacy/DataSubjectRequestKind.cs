namespace CareDesk.Domain.Privacy;

/// <summary>The data-subject rights a request exercises (GDPR Art 15-18, CCPA §1798.100-106).</summary>
public enum DataSubjectRequestKind
{
    Access,
    Rectification,
    Restriction,
    Erasure,
}

namespace CareDesk.Domain.Pharmacovigilance.Meddra;

/// <summary>
/// One MedDRA release the customer loaded from its licensed ASCII files (R11). CareDesk never ships MedDRA content; only the
/// newest loaded release is current, and coding always uses it.
/// </summary>
public sealed class MeddraRelease
{
    public const int MaxVersionLength = 10;
    public const int MaxLanguageLength = 30;

    private MeddraRelease()
    {
        Version = string.Empty;
        Language = string.Empty;
        LoadedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>E2B E.i.2.1a, e.g. "26.1".</summary>
    public string Version { get; private set; }

    public string Language { get; private set; }

    public DateTimeOffset LoadedAt { get; private set; }

    public string LoadedBy { get; private set; }

    public bool IsCurrent { get; private set; }

    public int LltCount { get; private set; }

    public static MeddraRelease Load(string version, string language, int lltCount, string loadedBy, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        Version = version.Trim(),
        Language = language.Trim(),
        LltCount = lltCount,
        LoadedBy = loadedBy,
        LoadedAt = at,
        IsCurrent = true,
    };

    public void Supersede() => IsCurrent = false;
}

namespace CareDesk.Domain.Pharmacovigilance.Meddra;

/// <summary>A lowest level term of one loaded release with its preferred term; <see cref="IsCurrent"/> is the release's llt_currency flag.</summary>
public sealed class MeddraTerm
{
    public const int MaxNameLength = 100;

    private MeddraTerm()
    {
        LltName = string.Empty;
        SearchName = string.Empty;
        PtName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ReleaseId { get; private set; }

    public int LltCode { get; private set; }

    public string LltName { get; private set; }

    /// <summary>The LLT name in lower case, so a search is case-insensitive on every database provider.</summary>
    public string SearchName { get; private set; }

    public int PtCode { get; private set; }

    public string PtName { get; private set; }

    public bool IsCurrent { get; private set; }

    public static MeddraTerm Of(Guid releaseId, int lltCode, string lltName, int ptCode, string ptName, bool isCurrent) => new()
    {
        Id = Guid.NewGuid(),
        ReleaseId = releaseId,
        LltCode = lltCode,
        LltName = lltName.Length > MaxNameLength ? lltName[..MaxNameLength] : lltName,
        SearchName = (lltName.Length > MaxNameLength ? lltName[..MaxNameLength] : lltName).ToLowerInvariant(),
        PtCode = ptCode,
        PtName = ptName.Length > MaxNameLength ? ptName[..MaxNameLength] : ptName,
        IsCurrent = isCurrent,
    };

    public MeddraCoding ToCoding(string version) => new(version, LltCode, LltName, PtCode, PtName);
}

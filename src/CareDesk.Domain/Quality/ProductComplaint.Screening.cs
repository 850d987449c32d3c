using CareDesk.Domain.Common;
using CareDesk.Domain.Quality.Rules;

namespace CareDesk.Domain.Quality;

/// <summary>
/// A complaint opened by screening when a post arrives (R14), so Quality's queue shows it at once, linked through the
/// case to the PV intake and MI request the same post produced. It stays a draft until an agent records it (R19).
/// </summary>
public sealed partial class ProductComplaint
{
    public const string ScreeningActor = "screening";
    public const int MaxDefectLength = 50;

    /// <summary>The defect screening saw ("device_damage", "counterfeit"...), with the words that show it in <see cref="Description"/>.</summary>
    public string? Defect { get; private set; }

    /// <summary>Opened by screening and not yet recorded by an agent.</summary>
    public bool IsDraft { get; private set; }

    /// <summary>"recorded", "unavailable" (with a reason) or "requested": Quality still needs the lot from the complainant.</summary>
    public string LotStatus => LotNumber is not null ? "recorded" : LotUnavailableReason is not null ? "unavailable" : "requested";

    public static ProductComplaint OpenFromScreening(Guid caseId, string product, string? defect, string complainant, string contactRoute, string description,
        DateTimeOffset awareAt)
    {
        var complaint = Record(caseId, product, null, null, null, complainant, contactRoute, description, null, false, awareAt, ScreeningActor, awareAt);
        complaint.Defect = defect is null || defect.Length <= MaxDefectLength ? defect : defect[..MaxDefectLength];
        complaint.IsDraft = true;
        return complaint;
    }

    /// <summary>The agent's record (R19) completes the draft: same record, so the links to the other records stay.</summary>
    public void CompleteDraft(string product, string? strength, string? lotNumber, DateOnly? expiryDate, string complainant, string contactRoute,
        string description, string? replySent, bool possibleFieldAlert, DateTimeOffset awareAt, string recordedBy, DateTimeOffset at)
    {
        BusinessRules.Check(new ComplaintFieldMustFitRule("product", product, MaxFieldLength));
        BusinessRules.Check(new ComplaintFieldMustFitRule("complainant", complainant, MaxFieldLength));
        BusinessRules.Check(new ComplaintFieldMustFitRule("contactRoute", contactRoute, MaxFieldLength));
        BusinessRules.Check(new ComplaintFieldMustFitRule("description", description, MaxDescriptionLength));
        Product = product.Trim();
        Strength = Clean(strength);
        LotNumber = Clean(lotNumber) ?? LotNumber;
        ExpiryDate = expiryDate;
        Complainant = complainant.Trim();
        ContactRoute = contactRoute.Trim();
        Description = description.Trim();
        ReplySent = Clean(replySent);
        PossibleFieldAlert = possibleFieldAlert;
        AwareAt = awareAt;
        RecordedBy = recordedBy;
        RecordedAt = at;
        IsDraft = false;
    }
}

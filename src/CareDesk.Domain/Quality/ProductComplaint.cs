using CareDesk.Domain.Common;
using CareDesk.Domain.Quality.Rules;

namespace CareDesk.Domain.Quality;

/// <summary>
/// A product quality complaint handed to Quality with the 21 CFR 211.198(b) minimum (R19): product and strength, lot
/// (or why it is unavailable after follow-up), expiry, complainant and how to reach them, the nature of the
/// complaint, the reply sent, and whether it may need an NDA Field Alert Report (which starts the Field Alert clock).
/// </summary>
public sealed partial class ProductComplaint
{
    public const int MaxFieldLength = 200;
    public const int MaxDescriptionLength = 4000;

    private ProductComplaint()
    {
        Product = string.Empty;
        Complainant = string.Empty;
        ContactRoute = string.Empty;
        Description = string.Empty;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string Product { get; private set; }

    public string? Strength { get; private set; }

    public string? LotNumber { get; private set; }

    /// <summary>Why no lot number could be had ("lot unavailable after 3 attempts"); lets the record close without one.</summary>
    public string? LotUnavailableReason { get; private set; }

    public DateOnly? ExpiryDate { get; private set; }

    public string Complainant { get; private set; }

    /// <summary>How Quality can reach the complainant (channel and handle, DM, e-mail).</summary>
    public string ContactRoute { get; private set; }

    public string Description { get; private set; }

    public string? ReplySent { get; private set; }

    /// <summary>May indicate a distributed-batch failure, contamination, mix-up or significant physical/chemical change.</summary>
    public bool PossibleFieldAlert { get; private set; }

    /// <summary>When the company became aware: the Field Alert clock runs from here, not from confirmation.</summary>
    public DateTimeOffset AwareAt { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public static ProductComplaint Record(
        Guid caseId, string product, string? strength, string? lotNumber, DateOnly? expiryDate, string complainant, string contactRoute,
        string description, string? replySent, bool possibleFieldAlert, DateTimeOffset awareAt, string recordedBy, DateTimeOffset at)
    {
        BusinessRules.Check(new ComplaintFieldMustFitRule("product", product, MaxFieldLength));
        BusinessRules.Check(new ComplaintFieldMustFitRule("complainant", complainant, MaxFieldLength));
        BusinessRules.Check(new ComplaintFieldMustFitRule("contactRoute", contactRoute, MaxFieldLength));
        BusinessRules.Check(new ComplaintFieldMustFitRule("description", description, MaxDescriptionLength));
        return new ProductComplaint
        {
            Id = Guid.NewGuid(),
            CaseId = caseId,
            Product = product.Trim(),
            Strength = Clean(strength),
            LotNumber = Clean(lotNumber),
            ExpiryDate = expiryDate,
            Complainant = complainant.Trim(),
            ContactRoute = contactRoute.Trim(),
            Description = description.Trim(),
            ReplySent = Clean(replySent),
            PossibleFieldAlert = possibleFieldAlert,
            AwareAt = awareAt,
            RecordedBy = recordedBy,
            RecordedAt = at,
        };
    }

    public void RecordLot(string? lotNumber, string? lotUnavailableReason)
    {
        LotNumber = Clean(lotNumber) ?? LotNumber;
        LotUnavailableReason = Clean(lotUnavailableReason) ?? LotUnavailableReason;
    }

    public void Close(DateTimeOffset at)
    {
        BusinessRules.Check(new ComplaintNeedsLotOrDocumentedAbsenceRule(this));
        ClosedAt = at;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

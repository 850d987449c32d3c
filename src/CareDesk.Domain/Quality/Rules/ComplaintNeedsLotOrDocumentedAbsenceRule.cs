using CareDesk.Domain.Common;

namespace CareDesk.Domain.Quality.Rules;

/// <summary>R19: a complaint record closes only with a lot number or a documented reason why none could be had.</summary>
public sealed class ComplaintNeedsLotOrDocumentedAbsenceRule(ProductComplaint complaint) : IBusinessRule
{
    public bool IsBroken() => complaint.LotNumber is null && complaint.LotUnavailableReason is null;

    public string Message => "Record the lot number, or document why it is unavailable (for example \"lot unavailable after 3 attempts\"), before closing.";

    public string? Field => "lotNumber";
}

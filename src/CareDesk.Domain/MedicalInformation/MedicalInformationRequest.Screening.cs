namespace CareDesk.Domain.MedicalInformation;

/// <summary>
/// A request opened by screening when a post arrives (R14), with the off-label and paediatric sub-flags, so Medical
/// Information's queue shows it at once; routing by an agent (R20) confirms it and starts the response clock.
/// </summary>
public sealed partial class MedicalInformationRequest
{
    public const string ScreeningActor = "screening";

    /// <summary>The question concerns a child (a paediatric population).</summary>
    public bool IsPaediatric { get; private set; }

    /// <summary>Opened by screening and not yet routed by an agent.</summary>
    public bool IsDraft { get; private set; }

    public static MedicalInformationRequest OpenFromScreening(Guid caseId, string requester, string question, bool isOffLabel, bool isPaediatric, DateTimeOffset at)
    {
        var request = Route(caseId, requester, question, isOffLabel, isSolicited: false, ScreeningActor, at);
        request.IsPaediatric = isPaediatric;
        request.IsDraft = true;
        return request;
    }

    /// <summary>An agent routes the request (R20): the same record, so its links to the other records of the post stay.</summary>
    public void ConfirmRouting(bool isOffLabel, bool isSolicited, string routedBy, DateTimeOffset at)
    {
        IsOffLabel = IsOffLabel || isOffLabel;
        IsSolicited = isSolicited;
        RoutedBy = routedBy;
        RoutedAt = at;
        IsDraft = false;
    }
}

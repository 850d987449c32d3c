namespace CareDesk.Domain.MedicalInformation;

/// <summary>
/// A medical-information request routed to Medical Information (R20), with its response package: the verbatim
/// question, requester, on/off-label and solicited status, and, once answered, the answer reference (template id
/// and version, or a standard response document), responder and sent date.
/// </summary>
public sealed partial class MedicalInformationRequest
{
    public const int MaxQuestionLength = 4000;
    public const int MaxReferenceLength = 200;

    private MedicalInformationRequest()
    {
        Requester = string.Empty;
        Question = string.Empty;
        RoutedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string Requester { get; private set; }

    public string Question { get; private set; }

    public bool IsOffLabel { get; private set; }

    /// <summary>False by default (unsolicited); true when a company post prompted the question (outside the safe harbour).</summary>
    public bool IsSolicited { get; private set; }

    public string RoutedBy { get; private set; }

    public DateTimeOffset RoutedAt { get; private set; }

    /// <summary>What answered it: "template:{id}:v{n}" or a standard response document id such as "SRD-123 v4".</summary>
    public string? AnswerReference { get; private set; }

    public string? AnsweredBy { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public static MedicalInformationRequest Route(Guid caseId, string requester, string question, bool isOffLabel, bool isSolicited, string routedBy, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        CaseId = caseId,
        Requester = requester,
        Question = question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question,
        IsOffLabel = isOffLabel,
        IsSolicited = isSolicited,
        RoutedBy = routedBy,
        RoutedAt = at,
    };

    public void RecordResponse(string answerReference, string answeredBy, DateTimeOffset sentAt)
    {
        AnswerReference = answerReference.Trim();
        AnsweredBy = answeredBy;
        SentAt = sentAt;
    }
}

using CareDesk.Domain.Cases.Rules;
using CareDesk.Domain.Common;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Cases;

/// <summary>Retention of a case: legal holds and anonymisation, refused for adverse-event records (R38, R42).</summary>
public sealed partial class Case
{
    public const string AnonymisedText = "[removed by retention]";

    /// <summary>A legal hold keeps the case and its posts and replies out of every retention or erasure run.</summary>
    public bool OnLegalHold { get; private set; }

    public string? LegalHoldReason { get; private set; }

    /// <summary>When retention replaced the personal data of this case, its posts and replies.</summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }

    /// <summary>A possible adverse event, now or ever handed to PV: such records are kept, never erased (R38).</summary>
    public bool IsAdverseEventRecord => Labels.Contains(TriageLabel.AdverseEvent) || EscalatedTo.Contains(EscalationTarget.Pharmacovigilance);

    public void PlaceLegalHold(string reason, DateTimeOffset at)
    {
        BusinessRules.Check(new LegalHoldNeedsAReasonRule(reason));
        OnLegalHold = true;
        LegalHoldReason = reason.Trim();
        Touch(at);
    }

    public void ReleaseLegalHold(DateTimeOffset at)
    {
        OnLegalHold = false;
        LegalHoldReason = null;
        Touch(at);
    }

    /// <summary>Replaces the author and summary once retention has expired; AE records and held cases are refused.</summary>
    public void Anonymise(DateTimeOffset at)
    {
        BusinessRules.Check(new AdverseEventRecordsAreNeverErasedRule(this));
        BusinessRules.Check(new LegalHoldBlocksErasureRule(this));
        Author = AnonymisedText;
        Summary = AnonymisedText;
        AnonymisedAt = at;
    }
}

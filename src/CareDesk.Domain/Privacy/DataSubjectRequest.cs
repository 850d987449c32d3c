using CareDesk.Domain.Common;
using CareDesk.Domain.Privacy.Rules;

namespace CareDesk.Domain.Privacy;

/// <summary>
/// A data-subject request (R42): whose data (a handle, e-mail or name), which right, under which law and so by when;
/// once processed, the item-by-item log of what was erased or retained and why, and the response letter.
/// </summary>
public sealed class DataSubjectRequest
{
    public const int MaxSubjectLength = 200;

    public const int MaxReasonLength = 1000;

    public const int MaxCorrectionLength = 2000;

    /// <summary>The exemption cited for adverse-event records and their source snapshots.</summary>
    public const string RetainedForPharmacovigilance = "retained – Art 17(3)(b)/(c), PV legal obligation, CIR 520/2012 Art 12";

    private DataSubjectRequest()
    {
        Subject = RequestedBy = string.Empty;
        Items = [];
    }

    public Guid Id { get; private set; }

    /// <summary>The handle, e-mail or name the person gave; every channel is searched for it.</summary>
    public string Subject { get; private set; }

    public DataSubjectRequestKind Kind { get; private set; }

    public PrivacyRegime Regime { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public bool Extended { get; private set; }

    /// <summary>Why the deadline was extended (GDPR Art 12(3): complexity or number of requests).</summary>
    public string? ExtensionReason { get; private set; }

    /// <summary>When the person was told of the extension and why; it must be within the first deadline.</summary>
    public DateTimeOffset? ExtensionToldAt { get; private set; }

    /// <summary>Rectification and restriction are decided: granted, or refused with the reason given to the person.</summary>
    public DataSubjectRequestDecision? Decision { get; private set; }

    public string? DecisionReason { get; private set; }

    /// <summary>For rectification: what the person says is accurate, kept as the supplementary statement (Art 16).</summary>
    public string? Correction { get; private set; }

    /// <summary>The first deadline, before any extension.</summary>
    public DateTimeOffset FirstDueAt => ReceivedAt.AddDays(DeadlineDays(Regime));

    public string RequestedBy { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public List<DataSubjectRequestItem> Items { get; private set; }

    public string? ResponseLetter { get; private set; }

    public static DataSubjectRequest Open(string subject, DataSubjectRequestKind kind, PrivacyRegime regime, string requestedBy, DateTimeOffset receivedAt) => new()
    {
        Id = Guid.NewGuid(),
        Subject = subject.Trim(),
        Kind = kind,
        Regime = regime,
        RequestedBy = requestedBy,
        ReceivedAt = receivedAt,
        DueAt = receivedAt.AddDays(DeadlineDays(regime)),
    };

    public static int DeadlineDays(PrivacyRegime regime) => regime == PrivacyRegime.Ccpa ? 45 : 30;

    /// <summary>
    /// GDPR Art 12(3) allows two further months for complex requests, CCPA §1798.130 one further 45 days; either once, with
    /// a reason, and only if the person was told within the first deadline.
    /// </summary>
    public void Extend(string reason, DateTimeOffset toldAt, DateTimeOffset now)
    {
        BusinessRules.Check(new RequestCanBeExtendedOnceRule(this));
        BusinessRules.Check(new ExtensionIsToldWithinTheFirstDeadlineRule(this, toldAt, now));
        DueAt = Regime == PrivacyRegime.Ccpa ? DueAt.AddDays(45) : DueAt.AddMonths(2);
        Extended = true;
        ExtensionReason = reason.Trim();
        ExtensionToldAt = toldAt;
    }

    /// <summary>A rectification or restriction decided and processed: the decision and its reason go into the log and the letter.</summary>
    public void Decide(DataSubjectRequestDecision decision, string reason, string? correction, IEnumerable<DataSubjectRequestItem> items, DateTimeOffset at)
    {
        BusinessRules.Check(new RequestIsProcessedOnceRule(this));
        Decision = decision;
        DecisionReason = reason.Trim();
        Correction = string.IsNullOrWhiteSpace(correction) ? null : correction.Trim();
        Complete(items, at);
    }

    public void Complete(IEnumerable<DataSubjectRequestItem> items, DateTimeOffset at)
    {
        BusinessRules.Check(new RequestIsProcessedOnceRule(this));
        Items = [.. items];
        CompletedAt = at;
        ResponseLetter = DataSubjectResponseLetter.Write(this);
    }
}

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

    /// <summary>GDPR allows two further months for complex requests, CCPA one further 45 days; either only once here.</summary>
    public void Extend()
    {
        BusinessRules.Check(new RequestCanBeExtendedOnceRule(this));
        DueAt = DueAt.AddDays(Regime == PrivacyRegime.Ccpa ? 45 : 60);
        Extended = true;
    }

    public void Complete(IEnumerable<DataSubjectRequestItem> items, DateTimeOffset at)
    {
        BusinessRules.Check(new RequestIsProcessedOnceRule(this));
        Items = [.. items];
        CompletedAt = at;
        ResponseLetter = DataSubjectResponseLetter.Write(this);
    }
}

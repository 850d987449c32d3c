using CareDesk.Domain.Common;
using CareDesk.Domain.Privacy.Rules;

namespace CareDesk.Domain.Privacy;

/// <summary>
/// One entry of the consent ledger (R41): who answered which exact text (and its version), for which purpose and
/// scope, through which channel and source, when; and, once withdrawn, when. Rows are never rewritten except to
/// stamp the withdrawal, so the ledger shows the history of every decision.
/// </summary>
public sealed class ConsentRecord
{
    public const int MaxTextLength = 4000;
    public const int MaxShortLength = 200;

    private ConsentRecord()
    {
        ChannelKey = Handle = TextShown = TextVersion = Scope = Source = CapturedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public string ChannelKey { get; private set; }

    /// <summary>The person's handle or e-mail on that channel.</summary>
    public string Handle { get; private set; }

    public ProcessingPurpose Purpose { get; private set; }

    public ConsentDecision Decision { get; private set; }

    public string TextShown { get; private set; }

    public string TextVersion { get; private set; }

    public string Scope { get; private set; }

    /// <summary>Where the answer was captured, e.g. "web chat pre-chat notice" or "agent, phone call".</summary>
    public string Source { get; private set; }

    public DateTimeOffset CapturedAt { get; private set; }

    public string CapturedBy { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public bool IsActiveGrant => Decision == ConsentDecision.Granted && WithdrawnAt is null;

    public static ConsentRecord Capture(string channelKey, string handle, ProcessingPurpose purpose, ConsentDecision decision, string textShown,
        string textVersion, string scope, string source, string capturedBy, DateTimeOffset at)
    {
        BusinessRules.Check(new ConsentNeedsTheExactTextRule(textShown, textVersion));
        return new ConsentRecord
        {
            Id = Guid.NewGuid(),
            ChannelKey = channelKey,
            Handle = handle.Trim(),
            Purpose = purpose,
            Decision = decision,
            TextShown = textShown.Trim(),
            TextVersion = textVersion.Trim(),
            Scope = scope.Trim(),
            Source = source.Trim(),
            CapturedBy = capturedBy,
            CapturedAt = at,
        };
    }

    /// <summary>
    /// A data-subject erasure (R42) of an answer that a kept record still points at (a pseudonymised registration): the
    /// handle goes, the wording, decision and time stay as the evidence of what was agreed.
    /// </summary>
    public void Pseudonymise(string pseudonym) => Handle = pseudonym;

    /// <summary>Withdrawal takes one call and no reason, as easy as giving (GDPR Art 7(3)).</summary>
    public void Withdraw(DateTimeOffset at)
    {
        BusinessRules.Check(new OnlyActiveConsentCanBeWithdrawnRule(this));
        WithdrawnAt = at;
    }
}

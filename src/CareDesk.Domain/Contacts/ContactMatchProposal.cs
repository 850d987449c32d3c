using CareDesk.Domain.Common;
using CareDesk.Domain.Contacts.Rules;

namespace CareDesk.Domain.Contacts;

public enum ContactMatchStatus
{
    Proposed,
    Confirmed,
    Rejected,
}

/// <summary>
/// Two profiles that share an e-mail address or phone number on different channels. That is weak evidence (a shared
/// family inbox, a typo), so it is only proposed: staff confirm it (a merge) or reject it.
/// </summary>
public sealed class ContactMatchProposal
{
    private ContactMatchProposal()
    {
        Evidence = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProfileId { get; private set; }

    public Guid CandidateId { get; private set; }

    /// <summary>What matched, without the value itself, e.g. "same e-mail on email and webchat".</summary>
    public string Evidence { get; private set; }

    public ContactMatchStatus Status { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public static ContactMatchProposal Propose(Guid profileId, Guid candidateId, string evidence, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        ProfileId = profileId,
        CandidateId = candidateId,
        Evidence = evidence,
        Status = ContactMatchStatus.Proposed,
        ProposedAt = at,
    };

    public void Decide(bool confirmed, string by, DateTimeOffset at)
    {
        BusinessRules.Check(new ProposalIsDecidedOnceRule(this));
        Status = confirmed ? ContactMatchStatus.Confirmed : ContactMatchStatus.Rejected;
        DecidedBy = by;
        DecidedAt = at;
    }
}

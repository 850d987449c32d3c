using CareDesk.Domain.Common;

namespace CareDesk.Domain.Contacts.Rules;

public sealed class ProposalIsDecidedOnceRule(ContactMatchProposal proposal) : ISequencingRule
{
    public bool IsBroken() => proposal.Status != ContactMatchStatus.Proposed;

    public string Message => $"This match was already {proposal.Status.ToString().ToLowerInvariant()}.";

    public string? Field => "proposal";
}

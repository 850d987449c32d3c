using CareDesk.Domain.Common;

namespace CareDesk.Domain.Pharmacovigilance.Rules;

/// <summary>Follow-up questions about health go through DM, e-mail or phone, never a public reply (R8).</summary>
public sealed class FollowUpMustBePrivateRule(FollowUpChannel channel) : IBusinessRule
{
    public bool IsBroken() => channel == FollowUpChannel.PublicReply;

    public string Message => "follow-up must be private: use a direct message, e-mail or phone.";

    public string? Field => "channel";
}

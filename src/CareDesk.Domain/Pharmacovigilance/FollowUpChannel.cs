namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>How a follow-up attempt reached the reporter; only private channels are allowed (R8).</summary>
public enum FollowUpChannel
{
    DirectMessage,
    Email,
    Phone,
    PublicReply,
}

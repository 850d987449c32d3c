using CareDesk.Domain.Common;

namespace CareDesk.Domain.Contacts.Rules;

/// <summary>Merging and unmerging change whose history a conversation belongs to: the audit trail keeps why.</summary>
public sealed class ProfileChangeNeedsAReasonRule(string? reason) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > ContactMerge.MaxReasonLength;

    public string Message => $"Give a reason (up to {ContactMerge.MaxReasonLength} characters).";

    public string? Field => "reason";
}

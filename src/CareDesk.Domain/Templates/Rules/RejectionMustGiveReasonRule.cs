using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

/// <summary>A "not approved" verdict must say why, so the author can revise (R47).</summary>
public sealed class RejectionMustGiveReasonRule(string? comment) : IBusinessRule
{
    public const int MaxLength = 2000;

    public bool IsBroken() => string.IsNullOrWhiteSpace(comment) || comment.Length > MaxLength;

    public string Message => $"A rejection needs a comment (at most {MaxLength} characters) saying what to change.";

    public string? Field => "comment";
}

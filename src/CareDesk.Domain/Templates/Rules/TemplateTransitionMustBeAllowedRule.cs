using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

/// <summary>
/// The lifecycle of R46: a version moves only along these arrows; Expired, Withdrawn and Superseded are terminal. Revise &amp;
/// Resubmit goes back to review unchanged, or is superseded by a revised draft (a content change is a new version, R48).
/// </summary>
public sealed class TemplateTransitionMustBeAllowedRule(TemplateStatus from, TemplateStatus to) : ISequencingRule
{
    private static readonly Dictionary<TemplateStatus, TemplateStatus[]> Allowed = new()
    {
        [TemplateStatus.Draft] = [TemplateStatus.InReview, TemplateStatus.Withdrawn],
        [TemplateStatus.InReview] = [TemplateStatus.ReviseAndResubmit, TemplateStatus.Approved, TemplateStatus.Withdrawn],
        [TemplateStatus.ReviseAndResubmit] = [TemplateStatus.InReview, TemplateStatus.Superseded, TemplateStatus.Withdrawn],
        [TemplateStatus.Approved] = [TemplateStatus.Expired, TemplateStatus.Withdrawn, TemplateStatus.Superseded],
    };

    public static bool IsAllowed(TemplateStatus from, TemplateStatus to) => Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public bool IsBroken() => !IsAllowed(from, to);

    public string Message => $"Sequencing: a template in {from} cannot move to {to}.";

    public string? Field => "status";
}

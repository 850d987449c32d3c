namespace CareDesk.Domain.Replies.Approvals;

/// <summary>Why a reply could not go out at once (product row 31: risky text or authors only).</summary>
public enum ApprovalTrigger
{
    /// <summary>The agent edited the approved text.</summary>
    TextDeviation,

    /// <summary>The template's approval has expired.</summary>
    TemplateExpired,

    /// <summary>The author looks like a healthcare professional or a journalist.</summary>
    RiskyAuthor,

    /// <summary>The case is a possible adverse event.</summary>
    AdverseEventCase,

    /// <summary>The author is a staff-verified HCP or on a key-opinion-leader list: the stricter path, even for unedited text.</summary>
    InfluentialAuthor,
}

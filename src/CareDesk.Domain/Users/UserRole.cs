namespace CareDesk.Domain.Users;

public enum UserRole
{
    Agent,
    Supervisor,
    Admin,

    /// <summary>An MLR reviewer: reviews and signs templates, does not work the queue or author content.</summary>
    Reviewer,

    /// <summary>Brand marketing: sees the queue's public care work but never medical-information requests (R20).</summary>
    Marketing,

    /// <summary>Read-only access (auditors, quality): sees queues, cases and templates, changes nothing (R35).</summary>
    Viewer,
}

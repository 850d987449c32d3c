namespace CareDesk.Domain.Users;

public enum UserRole
{
    Agent,
    Supervisor,
    Admin,

    /// <summary>An MLR reviewer: reviews and signs templates, does not work the queue or author content.</summary>
    Reviewer,

    /// <summary>Read-only access (auditors, quality): sees queues, cases and templates, changes nothing (R35).</summary>
    Viewer,
}

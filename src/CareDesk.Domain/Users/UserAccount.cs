namespace CareDesk.Domain.Users;

/// <summary>
/// A person who signs in to CareDesk. Passwords are stored only as salted hashes. A deactivated account keeps its row
/// so its user id is retired for good (R34); the identity controls (lockout, ageing, device loss) live in UserAccount.Security.cs.
/// </summary>
public sealed partial class UserAccount
{
    public const int MaxUserNameLength = 64;

    private UserAccount()
    {
        UserName = string.Empty;
        DisplayName = string.Empty;
        PasswordHash = string.Empty;
        ReviewerRoles = [];
    }

    public Guid Id { get; private set; }

    public string UserName { get; private set; }

    public string DisplayName { get; private set; }

    public UserRole Role { get; private set; }

    public string? Team { get; private set; }

    public string PasswordHash { get; private set; }

    public bool Active { get; private set; }

    /// <summary>The MLR review roles this person may sign as (R35, R47); empty for everyone who does not review.</summary>
    public List<ReviewerRole> ReviewerRoles { get; private set; }

    /// <summary>A UK nominated signatory (registered medical practitioner or UK-registered pharmacist): may certify UK material (R47).</summary>
    public bool UkNominatedSignatory { get; private set; }

    /// <summary>The roles this person may sign templates in: their reviewer roles, plus UK certification when nominated.</summary>
    public IReadOnlyCollection<ReviewerRole> SigningRoles => UkNominatedSignatory ? [.. ReviewerRoles, ReviewerRole.UkCertifier] : ReviewerRoles;

    public static UserAccount Create(string userName, string displayName, UserRole role, string? team, string passwordHash, IEnumerable<ReviewerRole>? reviewerRoles = null,
        bool ukNominatedSignatory = false) => new()
        {
            SessionVersion = 1,
            Id = Guid.NewGuid(),
            UserName = Normalize(userName),
            DisplayName = displayName.Trim(),
            Role = role,
            Team = team,
            PasswordHash = passwordHash,
            Active = true,
            ReviewerRoles = (reviewerRoles ?? []).Where(reviewerRole => reviewerRole != ReviewerRole.UkCertifier).Distinct().ToList(),
            UkNominatedSignatory = ukNominatedSignatory,
        };

    /// <summary>Supervisors and admins maintain triage rules and templates; agents do not.</summary>
    public static bool CanManageContent(UserRole role) => role is UserRole.Supervisor or UserRole.Admin;

    /// <summary>Marketing must not see medical-information requests (R20); everyone else who works cases may.</summary>
    public static bool CanSeeMedicalInformation(UserRole role) => role is not UserRole.Marketing;

    /// <summary>
    /// The "PV data" permission (R39 minimum necessary): people who work cases or hand them to PV see who wrote a post;
    /// reviewers, marketing and read-only viewers see a masked case.
    /// </summary>
    public static bool CanSeePvData(UserRole role) => role is UserRole.Agent or UserRole.Supervisor or UserRole.Admin;

    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();
}

using CareDesk.Domain.Users;

namespace CareDesk.Application.Training;

/// <summary>The course every role that screens social content must hold (R18), and the default requirements a new installation gets.</summary>
public static class TrainingCourses
{
    public const string AePqcRecognition = "AE-PQC-RECOGNITION";

    /// <summary>Annual refresher, as the model AE policy requires.</summary>
    public static readonly TimeSpan DefaultValidity = TimeSpan.FromDays(365);

    /// <summary>Roles that triage, reply or approve replies; marketing, reviewers and viewers only read or sign templates.</summary>
    public static IReadOnlyList<UserRole> RolesThatScreen { get; } = [UserRole.Agent, UserRole.Supervisor, UserRole.Admin];
}

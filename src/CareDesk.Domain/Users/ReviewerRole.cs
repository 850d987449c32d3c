namespace CareDesk.Domain.Users;

/// <summary>The MLR review roles; every required role must approve a template version (R47).</summary>
public enum ReviewerRole
{
    Medical,
    Legal,
    Regulatory,
}

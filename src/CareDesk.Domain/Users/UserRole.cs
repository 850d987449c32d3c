namespace CareDesk.Domain.Users;

public enum UserRole
{
    Agent,
    Supervisor,
    Admin,
}

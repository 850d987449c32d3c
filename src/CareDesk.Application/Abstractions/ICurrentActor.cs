using CareDesk.Domain.Users;

namespace CareDesk.Application.Abstractions;

/// <summary>Who is acting and through which door (ui, api, cli, system); every audit entry records both.</summary>
public interface ICurrentActor
{
    string UserName { get; }

    UserRole? Role { get; }

    string Via { get; }
}

using CareDesk.Domain.Users;

namespace CareDesk.Application.Abstractions;

/// <summary>Who is acting and through which door (ui, api, cli, system); every audit entry records both.</summary>
public interface ICurrentActor
{
    string UserName { get; }

    UserRole? Role { get; }

    string Via { get; }

    /// <summary>The continuous sign-in session of an interactive user (R33); null for the CLI and background work.</summary>
    Guid? SessionId => null;
}

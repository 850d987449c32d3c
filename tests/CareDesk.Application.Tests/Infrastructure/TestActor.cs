using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Tests.Infrastructure;

/// <summary>The signed-in user of a test host; starts as the demo agent "alice" coming in through the API.</summary>
public sealed class TestActor : ICurrentActor
{
    public string UserName { get; private set; } = "alice";

    public UserRole? Role { get; private set; } = UserRole.Agent;

    public string Via { get; private set; } = ActorVia.Api;

    /// <summary>The continuous sign-in session (R33); null until a test signs in through AuthenticateUserHandler.</summary>
    public Guid? SessionId { get; set; }

    public void SignInAs(string userName, UserRole? role, string via = ActorVia.Api)
    {
        UserName = userName;
        Role = role;
        Via = via;
        SessionId = null;
    }
}

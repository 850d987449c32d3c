using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Users;

namespace CareDesk.Persistence.Tests.Infrastructure;

/// <summary>The signed-in user of a test database's host: the demo supervisor "sam", so any use case may run.</summary>
public sealed class TestActor : ICurrentActor
{
    public string UserName => "sam";

    public UserRole? Role => UserRole.Supervisor;

    public string Via => ActorVia.Api;
}

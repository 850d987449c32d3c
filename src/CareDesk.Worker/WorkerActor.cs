using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Users;

namespace CareDesk.Worker;

/// <summary>Background work in a worker process; audit entries name the host, so an inspector can tell which node did it.</summary>
public sealed class WorkerActor : ICurrentActor
{
    public string UserName { get; } = "worker:" + Environment.MachineName;

    public UserRole? Role => null;

    public string Via => ActorVia.System;
}

using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Users;

namespace CareDesk.Cli.Hosting;

/// <summary>The operating-system user running the CLI; audit entries record them as "cli:NAME" via "cli".</summary>
public sealed class CliActor : ICurrentActor
{
    public string UserName { get; } = "cli:" + Environment.UserName;

    public UserRole? Role => null;

    public string Via => ActorVia.Cli;
}

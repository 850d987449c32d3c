using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Users;

namespace CareDesk.Benchmarks.Harness;

/// <summary>Benchmark work is recorded in the audit trail like any background job, so the audit rows it writes are real.</summary>
public sealed class BenchActor : ICurrentActor
{
    public string UserName => "system:bench";

    public UserRole? Role => null;

    public string Via => ActorVia.System;
}

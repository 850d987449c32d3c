using System.Reflection;
using CareDesk.Infrastructure.Persistence;
using Xunit.Sdk;
using Xunit.v3;

namespace CareDesk.Persistence.Tests.Infrastructure;

/// <summary>
/// Runs a theory once per database provider (bitwarden's [DatabaseData]): the first argument is
/// <see cref="DatabaseProvider.Sqlite"/> or <see cref="DatabaseProvider.Postgres"/>, handed to <see cref="TestDatabase.CreateAsync"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProviderDataAttribute : DataAttribute
{
    public static readonly IReadOnlyList<string> Providers = [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        new([.. Providers.Select(provider => new TheoryDataRow<string>(provider))]);

    public override bool SupportsDiscoveryEnumeration() => true;
}

using System.Reflection;
using NetArchTest.Rules;

namespace CareDesk.Architecture.Tests;

/// <summary>The dependency rule of docs/architecture.md: Domain ← Application ← Infrastructure ← hosts.</summary>
public sealed class LayerDependencyTests
{
    private static readonly Assembly Domain = typeof(CareDesk.Domain.Cases.Case).Assembly;
    private static readonly Assembly Application = typeof(CareDesk.Application.ApplicationServiceCollectionExtensions).Assembly;
    private static readonly Assembly Infrastructure = typeof(CareDesk.Infrastructure.InfrastructureServiceCollectionExtensions).Assembly;

    [Fact]
    public void Domain_DependsOnNoOtherLayerNorFramework()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("CareDesk.Application", "CareDesk.Infrastructure", "CareDesk.Web", "CareDesk.Cli", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult();

        result.FailingTypeNames.ShouldBeNull();
    }

    [Fact]
    public void Application_DoesNotDependOnInfrastructureOrHosts()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("CareDesk.Infrastructure", "CareDesk.Web", "CareDesk.Cli", "CareDesk.Ingestion", "CareDesk.Messaging", "RabbitMQ.Client",
                "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore.Sqlite")
            .GetResult();

        result.FailingTypeNames.ShouldBeNull();
    }

    [Fact]
    public void Messaging_DependsOnlyOnApplicationPorts_NotOnInfrastructureOrHosts()
    {
        var result = Types.InAssembly(typeof(CareDesk.Messaging.RabbitMq.RabbitMqIngestBus).Assembly).ShouldNot()
            .HaveDependencyOnAny("CareDesk.Infrastructure", "CareDesk.Web", "CareDesk.Cli", "CareDesk.Worker", "Microsoft.EntityFrameworkCore")
            .GetResult();

        result.FailingTypeNames.ShouldBeNull();
    }

    [Fact]
    public void Infrastructure_DoesNotDependOnHosts()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOnAny("CareDesk.Web", "CareDesk.Cli").GetResult();

        result.FailingTypeNames.ShouldBeNull();
    }

    [Fact]
    public void Infrastructure_NamesMigrationsAssembliesOnlyByString()
    {
        // Migrations reference Infrastructure (they need AppDbContext), so the reverse reference would be a cycle.
        Infrastructure.GetReferencedAssemblies().Select(name => name.Name).ShouldNotContain(name => name!.StartsWith("CareDesk.Migrations", StringComparison.Ordinal));
    }

    [Fact]
    public void UseCaseHandlers_AreSealedAndNamedAfterTheirUseCase()
    {
        var result = Types.InAssembly(Application).That().HaveNameEndingWith("Handler").Should().BeSealed().GetResult();

        result.FailingTypeNames.ShouldBeNull();
    }
}

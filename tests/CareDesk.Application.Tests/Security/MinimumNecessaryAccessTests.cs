using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Application.Security;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Security;
using CareDesk.Domain.Users;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Application.Tests.Security;

public sealed class MinimumNecessaryAccessTests
{
    private const string Text = "Where is the copay card? Write to jo.bloggs@example.com or call +1 555 010 9999, or ask @jo_b";

    [Fact]
    public async Task R39_a_role_without_PV_data_permission_reads_a_case_with_PII_fields_masked()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var posted = await host.IngestAsync(Text);

        host.SignInAs("vic", UserRole.Viewer);
        var masked = await host.ReadCaseAsync(posted.CaseNumber);
        host.SignInAs("alice", UserRole.Agent);
        var full = await host.ReadCaseAsync(posted.CaseNumber);

        var post = masked.Posts.ShouldHaveSingleItem();
        post.Author.ShouldBe(PersonalDataMask.Masked);
        post.Text.ShouldNotContain("jo.bloggs@example.com");
        post.Text.ShouldNotContain("555 010 9999");
        post.Text.ShouldNotContain("@jo_b");
        post.Text.ShouldStartWith("Where is the copay card?");
        masked.Case.Author.ShouldBe(PersonalDataMask.Masked);
        masked.History.ShouldAllBe(entry => entry.After == null || !entry.After.Contains("@patient"));
        full.Posts.ShouldHaveSingleItem().Author.ShouldBe("@patient");
        full.Posts.Single().Text.ShouldBe(Text);
    }

    [Fact]
    public async Task R39_the_queue_masks_authors_for_roles_without_PV_data_permission()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.IngestAsync(Text);
        host.SignInAs("mark", UserRole.Marketing);

        var queue = await host.RunAsync((ListCasesHandler handler, CancellationToken ct) => handler.HandleAsync(new ListCasesQuery(), ct));

        queue.ShouldNotBeEmpty();
        queue.ShouldAllBe(item => item.Author == PersonalDataMask.Masked);
    }

    [Fact]
    public async Task R39_every_read_of_a_case_is_logged_with_user_and_time()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var posted = await host.IngestAsync(Text);
        host.SignInAs("alice", UserRole.Agent);
        await host.ReadCaseAsync(posted.CaseNumber);
        host.AdvanceTime(TimeSpan.FromMinutes(5));
        host.SignInAs("vic", UserRole.Viewer);
        await host.ReadCaseAsync(posted.CaseNumber);
        await host.ReadCaseAsync(posted.CaseNumber);

        host.SignInAs("sam", UserRole.Supervisor);
        var log = await host.RunAsync((ListCaseAccessHandler handler, CancellationToken ct) => handler.HandleAsync(new ListCaseAccessQuery(CaseNumber: posted.CaseNumber), ct));
        var byVic = await host.RunAsync((ListCaseAccessHandler handler, CancellationToken ct) => handler.HandleAsync(new ListCaseAccessQuery(UserName: "vic"), ct));

        log.Count.ShouldBe(3);
        log.Last().ShouldBe(new CaseAccessDto(posted.CaseNumber, "alice", "Agent", "api", CaseAccessLog.CaseDetails, false, ApplicationTestHost.Start));
        log.First().UserName.ShouldBe("vic");
        log.First().At.ShouldBe(ApplicationTestHost.Start.AddMinutes(5));
        log.First().Masked.ShouldBeTrue();
        byVic.Count.ShouldBe(2);
        host.SignInAs("alice", UserRole.Agent);
        await Should.ThrowAsync<ForbiddenException>(() =>
            host.RunAsync((ListCaseAccessHandler handler, CancellationToken ct) => handler.HandleAsync(new ListCaseAccessQuery(), ct)));
    }

    [Fact]
    public async Task R39_configuration_inspection_reports_at_rest_encryption_as_configured_not_assumed()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await using var declared = await ApplicationTestHost.StartAsync(configure: services =>
            services.Configure<SecurityOptions>(options => options.VolumeEncryption = "LUKS2 on /var/lib/caredesk"));
        host.SignInAs("sam", UserRole.Supervisor);
        declared.SignInAs("sam", UserRole.Supervisor);

        var plain = await host.RunAsync((InspectSecurityConfigurationHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
        var withVolume = await declared.RunAsync((InspectSecurityConfigurationHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

        var database = plain.Checks.Single(check => check.Check == "Database encryption");
        database.Status.ShouldBe(SecurityCheckStatus.Warn);
        database.Detail.ShouldContain("not encrypted by the database engine");
        plain.Checks.Single(check => check.Check == "Volume encryption").Status.ShouldBe(SecurityCheckStatus.Warn);
        var volume = withVolume.Checks.Single(check => check.Check == "Volume encryption");
        volume.Status.ShouldBe(SecurityCheckStatus.Declared);
        volume.Detail.ShouldBe("LUKS2 on /var/lib/caredesk");
    }

    [Fact]
    public async Task R39_tenant_setup_records_whether_a_programme_makes_the_customer_a_HIPAA_business_associate()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("ada", UserRole.Admin);

        await host.RunAsync((SetHipaaDeterminationHandler handler, CancellationToken ct) => handler.HandleAsync(
            new SetHipaaDeterminationCommand("Cardiozen patient support programme", HipaaStatus.BusinessAssociate, "Run for Acme Health Plan, a covered entity; BAA signed 2026-03"), ct));
        await host.RunAsync((SetHipaaDeterminationHandler handler, CancellationToken ct) => handler.HandleAsync(
            new SetHipaaDeterminationCommand("x-cardiozen-us", HipaaStatus.NotCovered, "Manufacturer's own brand channel"), ct));
        var report = await host.RunAsync((InspectSecurityConfigurationHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

        report.Hipaa.Select(item => (item.Scope, item.Status)).ShouldBe(
            [("Cardiozen patient support programme", HipaaStatus.BusinessAssociate), ("x-cardiozen-us", HipaaStatus.NotCovered)]);
        host.SignInAs("sam", UserRole.Supervisor);
        await Should.ThrowAsync<ForbiddenException>(() => host.RunAsync((SetHipaaDeterminationHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new SetHipaaDeterminationCommand("x-cardiozen-us", HipaaStatus.CoveredEntity, "no"), ct)));
    }
}

internal static class CaseReadSteps
{
    public static Task<CaseDetailsDto> ReadCaseAsync(this ApplicationTestHost host, int number) =>
        host.RunAsync((GetCaseDetailsHandler handler, CancellationToken ct) => handler.HandleAsync(new GetCaseDetailsQuery(number), ct));
}

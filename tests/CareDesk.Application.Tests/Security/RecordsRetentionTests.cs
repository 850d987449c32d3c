using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Application.Retention;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Common;
using CareDesk.Domain.Retention;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Security;

public sealed class RecordsRetentionTests
{
    [Fact]
    public async Task R38_setting_AE_case_retention_to_5_years_as_admin_is_rejected_below_legal_floor()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("ada", UserRole.Admin);

        var refused = await Should.ThrowAsync<BusinessRuleViolationException>(() => host.SetRetentionAsync(RecordClass.AdverseEventCase, 5));
        var longer = await host.SetRetentionAsync(RecordClass.AdverseEventCase, 15);

        refused.Message.ShouldContain("below legal floor (MA + 10y)");
        longer.Years.ShouldBe(15);
        var policies = await host.RunAsync((ListRetentionPoliciesHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
        policies.Single(policy => policy.RecordClass == RecordClass.AdverseEventCase).EffectiveYears.ShouldBe(15);
        policies.Single(policy => policy.RecordClass == RecordClass.SpecialSituationCase).Floor.ShouldBe("MA + 10y");
        var audited = await host.QueryAsync((db, ct) => db.AuditEntries.Where(entry => entry.Action == "retention.period_set").ToListAsync(ct));
        audited.ShouldHaveSingleItem().Actor.ShouldBe("ada");
    }

    [Fact]
    public async Task Only_admins_set_retention_periods()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("sam", UserRole.Supervisor);

        await Should.ThrowAsync<ForbiddenException>(() => host.SetRetentionAsync(RecordClass.CareConversation, 3));
    }

    [Fact]
    public async Task R38_purge_job_skips_cases_under_PV_hold_and_its_job_log_lists_them()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("sam", UserRole.Supervisor);
        var adverse = await host.IngestAsync("Cardiozen gave me a rash on both arms");
        var plain = await host.IngestAsync("Where is the copay card? Regards, Pat Doe");
        await host.RunAsync((EscalateCaseHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new EscalateCaseCommand(adverse.CaseNumber, EscalationTarget.Pharmacovigilance, null), ct));
        foreach (var number in new[] { adverse.CaseNumber, plain.CaseNumber })
        {
            await host.RunAsync((ChangeCaseStatusHandler handler, CancellationToken ct) => handler.HandleAsync(new ChangeCaseStatusCommand(number, CaseStatus.Resolved, null), ct));
        }

        host.AdvanceTime(TimeSpan.FromDays(731));
        var result = await host.RunAsync((ApplyRetentionHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

        result.KeptUnderPvHold.ShouldBe([adverse.CaseNumber]);
        result.Anonymised.ShouldBe([plain.CaseNumber]);
        var log = await host.QueryAsync((db, ct) => db.AuditEntries.SingleAsync(entry => entry.Action == "retention.job_run", ct));
        log.After.ShouldNotBeNull().ShouldContain($"\"skippedUnderPvHold\":[{adverse.CaseNumber}]");
        var kept = await host.QueryAsync((db, ct) => db.Cases.SingleAsync(item => item.Number == adverse.CaseNumber, ct));
        kept.AnonymisedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Care_conversation_retention_set_by_an_admin_drives_the_purge_job()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("ada", UserRole.Admin);
        var plain = await host.IngestAsync("Where is the copay card? Regards, Pat Doe");
        await host.RunAsync((ChangeCaseStatusHandler handler, CancellationToken ct) => handler.HandleAsync(new ChangeCaseStatusCommand(plain.CaseNumber, CaseStatus.Resolved, null), ct));
        await host.SetRetentionAsync(RecordClass.CareConversation, 3);

        host.AdvanceTime(TimeSpan.FromDays(731));
        var early = await host.RunAsync((ApplyRetentionHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
        host.AdvanceTime(TimeSpan.FromDays(366));
        var due = await host.RunAsync((ApplyRetentionHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

        early.Anonymised.ShouldBeEmpty();
        due.Anonymised.ShouldBe([plain.CaseNumber]);
    }
}

internal static class RetentionSteps
{
    public static Task<RetentionPolicyDto> SetRetentionAsync(this ApplicationTestHost host, RecordClass recordClass, int years) =>
        host.RunAsync((SetRetentionPeriodHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new SetRetentionPeriodCommand(recordClass, years, "Annual retention review"), ct));
}

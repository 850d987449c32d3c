using CareDesk.Application.Common;
using CareDesk.Application.Reporting;
using CareDesk.Application.Security;
using CareDesk.Application.Security.Incidents;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Common;
using CareDesk.Domain.Security;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Application.Tests.Security;

public sealed class SecurityIncidentTests
{
    [Fact]
    public async Task R45_simulated_unauthorised_export_of_50_AE_cases_is_registered_with_72_hour_due_time_and_records_from_the_audit_trail()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var adverse = new List<int>();
        for (var index = 0; index < 50; index++)
        {
            adverse.Add((await host.IngestAsync($"Cardiozen gave me a rash on both arms, day {index}")).CaseNumber);
        }

        host.SignInAs("vic", UserRole.Viewer);
        await host.ExportConversationsAsync();
        host.AdvanceTime(TimeSpan.FromHours(2));
        host.SignInAs("sam", UserRole.Supervisor);

        var incident = await host.RunAsync((RaiseSecurityIncidentHandler handler, CancellationToken ct) => handler.HandleAsync(new RaiseSecurityIncidentCommand(
            "Unauthorised export of 50 AE cases", "Marketing exported the conversation report", SecurityIncidentCategory.UnauthorisedExport,
            ExportedBy: "vic", ExportedFrom: ApplicationTestHost.Start.AddHours(-1)), ct));

        incident.DetectedAt.ShouldBe(ApplicationTestHost.Start.AddHours(2));
        incident.NotificationDueAt.ShouldBe(incident.DetectedAt.AddHours(72));
        incident.AffectedRecords.Count.ShouldBe(50);
        incident.AffectedRecords.Select(record => int.Parse(record.RecordId, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(adverse, ignoreOrder: true);
        incident.AffectedRecords.ShouldAllBe(record => record.RecordType == "Case" && record.Description == "adverse-event case");
        var export = await host.QueryAsync((db, ct) => db.AuditEntries.SingleAsync(entry => entry.Action == "reporting.conversations_exported", ct));
        incident.SourceAuditSequences.ShouldBe([export.Sequence]);
        incident.Steps.Select(step => step.Name).ShouldContain(SecurityIncident.SupervisoryAuthorityStep);
        incident.Steps.Single(step => step.Name == SecurityIncident.SupervisoryAuthorityStep).DueAt.ShouldBe(incident.NotificationDueAt);
        var register = await host.RunAsync((ListSecurityIncidentsHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
        register.ShouldHaveSingleItem().Title.ShouldBe("Unauthorised export of 50 AE cases");
    }

    [Fact]
    public async Task R45_notification_steps_are_tracked_and_the_72_hour_deadline_turns_overdue()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("sam", UserRole.Supervisor);
        var raised = await host.RunAsync((RaiseSecurityIncidentHandler handler, CancellationToken ct) => handler.HandleAsync(
            new RaiseSecurityIncidentCommand("Laptop with case exports stolen", null, SecurityIncidentCategory.LostOrStolenDevice), ct));

        host.AdvanceTime(TimeSpan.FromHours(73));
        var overdue = (await host.RunAsync((ListSecurityIncidentsHandler handler, CancellationToken ct) => handler.HandleAsync(ct))).Single();
        var notified = await host.RunAsync((CompleteIncidentStepHandler handler, CancellationToken ct) => handler.HandleAsync(
            new CompleteIncidentStepCommand(raised.Number, SecurityIncident.SupervisoryAuthorityStep, "ICO reference IC-2026-1234"), ct));

        overdue.NotificationOverdue.ShouldBeTrue();
        notified.NotificationOverdue.ShouldBeFalse();
        var step = notified.Steps.Single(item => item.Name == SecurityIncident.SupervisoryAuthorityStep);
        step.CompletedBy.ShouldBe("sam");
        step.CompletedAt.ShouldBe(ApplicationTestHost.Start.AddHours(73));
        step.Note.ShouldBe("ICO reference IC-2026-1234");
        await Should.ThrowAsync<BusinessRuleViolationException>(() => host.RunAsync((CompleteIncidentStepHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new CompleteIncidentStepCommand(raised.Number, SecurityIncident.SupervisoryAuthorityStep, null), ct)));
    }

    [Fact]
    public async Task R45_an_incident_closes_with_a_summary_only_after_every_step_and_the_closing_is_audited()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("sam", UserRole.Supervisor);
        var raised = await host.RunAsync((RaiseSecurityIncidentHandler handler, CancellationToken ct) => handler.HandleAsync(
            new RaiseSecurityIncidentCommand("Phishing mail opened by an agent", null, SecurityIncidentCategory.Other), ct));
        Task<SecurityIncidentDto> Close(string? summary) => host.RunAsync((CloseSecurityIncidentHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new CloseSecurityIncidentCommand(raised.Number, summary), ct));

        var tooEarly = await Should.ThrowAsync<BusinessRuleViolationException>(() => Close("nothing happened"));
        foreach (var step in raised.Steps)
        {
            await host.RunAsync((CompleteIncidentStepHandler handler, CancellationToken ct) =>
                handler.HandleAsync(new CompleteIncidentStepCommand(raised.Number, step.Name, "done"), ct));
        }

        await Should.ThrowAsync<ValidationFailedException>(() => Close(" "));
        host.AdvanceTime(TimeSpan.FromHours(5));
        var closed = await Close("Password reset, no mailbox rules created, no data left the company.");

        tooEarly.Message.ShouldContain(SecurityIncident.SupervisoryAuthorityStep);
        closed.ClosedAt.ShouldBe(ApplicationTestHost.Start.AddHours(5));
        closed.ClosedBy.ShouldBe("sam");
        closed.ClosingSummary.ShouldBe("Password reset, no mailbox rules created, no data left the company.");
        var audited = await host.QueryAsync((db, ct) => db.AuditEntries.SingleAsync(entry => entry.Action == "security_incident.closed", ct));
        audited.Reason.ShouldBe(closed.ClosingSummary);
        await Should.ThrowAsync<BusinessRuleViolationException>(() => Close("again"));
    }

    [Fact]
    public async Task R45_a_bulk_export_over_the_threshold_raises_an_incident_once()
    {
        await using var host = await ApplicationTestHost.StartAsync(configure: services =>
            services.Configure<SecurityOptions>(options => options.BulkExportThreshold = 3));
        for (var index = 0; index < 3; index++)
        {
            await host.IngestAsync($"Where is the copay card? ({index})");
        }

        host.SignInAs("vic", UserRole.Viewer);
        await host.ExportConversationsAsync();

        var first = await host.RunAsync((DetectSuspiciousExportsHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
        var second = await host.RunAsync((DetectSuspiciousExportsHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

        first.ShouldBe([1]);
        second.ShouldBeEmpty();
        host.SignInAs("sam", UserRole.Supervisor);
        var incident = (await host.RunAsync((ListSecurityIncidentsHandler handler, CancellationToken ct) => handler.HandleAsync(ct))).Single();
        incident.AutoRaised.ShouldBeTrue();
        incident.Title.ShouldBe("Bulk export of 3 cases by vic");
        incident.AffectedRecords.Count.ShouldBe(3);
    }
}

internal static class IncidentSteps
{
    public static Task ExportConversationsAsync(this ApplicationTestHost host) =>
        host.RunAsync((ExportConversationsHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ExportConversationsQuery(new ReportFilter(ApplicationTestHost.Start.AddDays(-1), ApplicationTestHost.Start.AddDays(1))), ct));
}

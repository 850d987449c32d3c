using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Pharmacovigilance.Delivery;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Pharmacovigilance;

/// <summary>R15: automatic delivery of the ICSR, retries, and escalation of hand-offs PV does not acknowledge.</summary>
public sealed class IcsrDeliveryTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task R15_ten_cases_to_a_mock_safety_api_nine_acked_one_silent_escalates_to_the_pv_lead_after_the_sla()
    {
        var safetyDatabase = new MockSafetyDatabase();
        var notifier = new RecordingPvAlertNotifier();
        await using var host = await IcsrDeliverySteps.StartWithDeliveryAsync(safetyDatabase, notifier);
        var sent = new List<(int CaseNumber, string MessageId)>();
        for (var index = 1; index <= 10; index++)
        {
            var report = await host.SendValidReportAsync($"my mum ({60 + index}) got a rash after Cardiozen", author: $"@reporter{index}");
            sent.Add((report.CaseNumber, report.Sent.MessageId));
        }

        (await host.DeliverAsync()).Delivered.ShouldBe(10);
        safetyDatabase.Received.Select(envelope => envelope.MessageId).ShouldBe(sent.Select(item => item.MessageId), ignoreOrder: true);
        safetyDatabase.Received.ShouldAllBe(envelope => envelope.Xml.Contains(envelope.MessageId));
        var silent = sent[6];
        await host.ImportAckAsync([.. sent.Where(item => item != silent).Select(item => (item.MessageId, "CA", $"PV-{item.CaseNumber}"))]);

        // 7 business hours on the US desk calendar: still inside the acknowledgement time.
        host.AdvanceTime(TimeSpan.FromHours(7));
        (await host.EscalateAsync()).ShouldBe(0);
        var early = await host.ReconcileAsync();
        early.Rows.Single(row => row.CaseNumber == silent.CaseNumber).AckStatus.ShouldBe("unacknowledged");

        host.AdvanceTime(TimeSpan.FromHours(2));
        (await host.EscalateAsync()).ShouldBe(1);
        (await host.EscalateAsync()).ShouldBe(0, "an overdue hand-off is escalated once");
        var report10 = await host.ReconcileAsync();

        report10.Acknowledged.ShouldBe(9);
        report10.Rows.Where(row => row.CaseNumber != silent.CaseNumber)
            .ShouldAllBe(row => row.AckStatus == "accepted" && row.ReceiverReportNumber == $"PV-{row.CaseNumber}" && row.DeliveryStatus == "delivered");
        var overdue = report10.Rows.Single(row => row.CaseNumber == silent.CaseNumber);
        overdue.AckStatus.ShouldBe("awaiting_ack_overdue");
        overdue.Escalations.ShouldBe(1);
        var alert = notifier.Notified.ShouldHaveSingleItem();
        alert.ShouldSatisfyAllConditions(
            () => alert.Kind.ShouldBe(PvAlertKind.AckOverdue),
            () => alert.CaseNumber.ShouldBe(silent.CaseNumber),
            () => alert.MessageId.ShouldBe(silent.MessageId));
        (await host.QueryAsync((db, ct) => db.PvAlerts.CountAsync(ct))).ShouldBe(1);
        (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(entry => entry.Action == "pv.ack_overdue" || entry.Action == "pv.alert_raised", ct))).ShouldBe(2);
    }

    [Fact]
    public async Task R15_a_late_acknowledgement_still_reconciles_after_the_escalation()
    {
        var notifier = new RecordingPvAlertNotifier();
        await using var host = await IcsrDeliverySteps.StartWithDeliveryAsync(new MockSafetyDatabase(), notifier);
        var report = await host.SendValidReportAsync();
        await host.DeliverAsync();
        host.AdvanceTime(TimeSpan.FromDays(2));
        (await host.EscalateAsync()).ShouldBe(1);

        await host.ImportAckAsync((report.Sent.MessageId, "CA", "PV-77"));

        var row = (await host.ReconcileAsync()).Rows.Single();
        row.AckStatus.ShouldBe("accepted");
        row.ReceiverReportNumber.ShouldBe("PV-77");
        row.Escalations.ShouldBe(1, "the escalation stays as history");
    }

    [Fact]
    public async Task R15_a_delivery_that_times_out_is_retried_with_backoff_then_escalated_and_audited()
    {
        var safetyDatabase = new MockSafetyDatabase { TimesOutOn = _ => true };
        var notifier = new RecordingPvAlertNotifier();
        await using var host = await IcsrDeliverySteps.StartWithDeliveryAsync(safetyDatabase, notifier);
        var report = await host.SendValidReportAsync();
        var start = host.Time.GetUtcNow();

        (await host.DeliverAsync()).Retrying.ShouldBe(1);
        var afterFirst = await host.QueryAsync((db, ct) => db.IcsrDeliveries.AsNoTracking().SingleAsync(ct));
        afterFirst.NextAttemptAt.ShouldBe(start.AddMinutes(1));
        (await host.DeliverAsync()).Retrying.ShouldBe(0, "not due again before the backoff");
        host.AdvanceTime(TimeSpan.FromMinutes(1));
        (await host.DeliverAsync()).Retrying.ShouldBe(1);
        (await host.QueryAsync((db, ct) => db.IcsrDeliveries.AsNoTracking().SingleAsync(ct))).NextAttemptAt.ShouldBe(start.AddMinutes(3), "the second wait doubles");
        host.AdvanceTime(TimeSpan.FromMinutes(2));
        (await host.DeliverAsync()).Failed.ShouldBe(1);

        safetyDatabase.Calls.ShouldBe(3);
        var delivery = await host.QueryAsync((db, ct) => db.IcsrDeliveries.AsNoTracking().SingleAsync(ct));
        delivery.Status.ShouldBe(IcsrDeliveryStatus.Failed);
        delivery.LastError.ShouldNotBeNull().ShouldContain("did not answer");
        notifier.Notified.ShouldHaveSingleItem().Kind.ShouldBe(PvAlertKind.DeliveryFailed);
        (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(entry => entry.Action == "pv.icsr_delivery_failed", ct))).ShouldBe(3);
        var row = (await host.ReconcileAsync()).Rows.Single(item => item.CaseNumber == report.CaseNumber);
        row.AckStatus.ShouldBe("delivery_failed");
        row.DeliveryError.ShouldNotBeNull().ShouldContain("did not answer");
    }

    [Fact]
    public async Task R15_a_negative_acknowledgement_raises_an_escalation()
    {
        var notifier = new RecordingPvAlertNotifier();
        await using var host = await IcsrDeliverySteps.StartWithDeliveryAsync(new MockSafetyDatabase(), notifier);
        var accepted = await host.SendValidReportAsync(author: "@one");
        var rejected = await host.SendValidReportAsync("my dad (80) got a rash on Cardiozen", author: "@two");
        await host.DeliverAsync();

        await host.ImportAckAsync((accepted.Sent.MessageId, "CA", "PV-1"), (rejected.Sent.MessageId, "CR", "PV-2"));

        var alert = notifier.Notified.ShouldHaveSingleItem();
        alert.Kind.ShouldBe(PvAlertKind.NegativeAck);
        alert.CaseNumber.ShouldBe(rejected.CaseNumber);
        (await host.ReconcileAsync()).Rows.Single(row => row.CaseNumber == rejected.CaseNumber).Escalations.ShouldBe(1);
    }

    [Fact]
    public async Task R15_without_a_transport_the_hand_off_queues_nothing()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.SendValidReportAsync();

        (await host.QueryAsync((db, ct) => db.IcsrDeliveries.CountAsync(ct))).ShouldBe(0);
    }
}

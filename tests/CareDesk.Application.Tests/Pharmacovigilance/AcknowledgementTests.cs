using System.Xml.Linq;
using CareDesk.Application.Common;
using CareDesk.Application.Pharmacovigilance;
using CareDesk.Application.Pharmacovigilance.E2b;
using CareDesk.Application.Tests.Infrastructure;

namespace CareDesk.Application.Tests.Pharmacovigilance;

public sealed class AcknowledgementTests
{
    private static readonly XNamespace V3 = "urn:hl7-org:v3";

    [Fact]
    public void R15_reads_the_fda_positive_and_negative_acknowledgements_without_loss()
    {
        var positive = IcsrAcknowledgementReader.Read(E2bFixtures.Read("R3ack-positive.ack"));
        var negative = IcsrAcknowledgementReader.Read(E2bFixtures.Read("R3ack-negative.ack"));

        positive.BatchCode.ShouldBe("AA");
        positive.BatchNumber.ShouldBe("FAERS2022Scenario1-4069-a2dd-08002b30309d");
        var accepted = positive.Messages.ShouldHaveSingleItem();
        accepted.Code.ShouldBe("CA");
        accepted.Accepted.ShouldBeTrue();
        accepted.TargetIds.ShouldBe(["21ec1492-3aea-4069-a2ab-08002b30309d", "US-APHARMA-8744554B"]);
        accepted.LocalReportNumber.ShouldBe("19426648");
        negative.BatchCode.ShouldBe("AE");
        var rejected = negative.Messages.ShouldHaveSingleItem();
        rejected.Code.ShouldBe("CR");
        rejected.Accepted.ShouldBeFalse();
        rejected.TargetIds.ShouldBe(["US-APHARMA-7644554"]);
        rejected.Detail!.ShouldContain("FDA.C.1.7.1 is Mandatory");
    }

    [Fact]
    public void R15_anything_but_an_acknowledgement_is_refused()
    {
        Should.Throw<ValidationFailedException>(() => IcsrAcknowledgementReader.Read(E2bFixtures.Read("FAERS2022Scenario1.xml")))
            .Errors.Keys.ShouldBe(["acknowledgement"]);
        Should.Throw<ValidationFailedException>(() => IcsrAcknowledgementReader.Read("<not xml")).Errors.Keys.ShouldBe(["acknowledgement"]);
    }

    [Fact]
    public async Task R15_reconciliation_lists_acknowledged_rejected_unacknowledged_and_late_hand_offs()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var accepted = await host.SendValidReportAsync(author: "@one");
        var rejected = await host.SendValidReportAsync("my dad (80) got a rash on Cardiozen", author: "@two");
        var silent = await host.SendValidReportAsync("my son (9) had a rash after Cardiozen", author: "@three");
        var neverSent = await host.PostAsync("my wife (40) had a rash with Cardiozen", author: "@four");

        var result = await host.RunAsync((ImportPvAcknowledgementHandler handler, CancellationToken ct) => handler.HandleAsync(
            new ImportPvAcknowledgementCommand(AckFor((accepted.Sent.MessageId, "CA", "PV-1001"), (rejected.Sent.SafetyReportId, "CR", "PV-1002"), ("UNKNOWN-1", "CA", "PV-9"))), ct));
        host.AdvanceTime(TimeSpan.FromDays(4));
        var report = await host.RunAsync((GetPvReconciliationHandler handler, CancellationToken ct) => handler.HandleAsync(new GetPvReconciliationQuery(null, null), ct));

        result.Unmatched.ShouldBe(["UNKNOWN-1"]);
        report.Detected.ShouldBe(4);
        report.Forwarded.ShouldBe(3);
        report.Acknowledged.ShouldBe(1);
        report.Rejected.ShouldBe(1);
        Row(report, accepted.CaseNumber).ShouldSatisfyAllConditions(row => row.AckStatus.ShouldBe("accepted"), row => row.ReceiverReportNumber.ShouldBe("PV-1001"), row => row.Late.ShouldBeFalse());
        Row(report, rejected.CaseNumber).AckStatus.ShouldBe("rejected");
        Row(report, silent.CaseNumber).AckStatus.ShouldBe("unacknowledged");
        Row(report, neverSent.CaseNumber).ShouldSatisfyAllConditions(row => row.AckStatus.ShouldBe("not_forwarded"), row => row.Late.ShouldBeTrue());
        report.Late.ShouldBe(1);
    }

    [Fact]
    public async Task R15_reconciliation_covers_the_requested_period()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var early = await host.PostAsync(PvSteps.MumRash, author: "@early");
        host.AdvanceTime(TimeSpan.FromDays(2));
        var boundary = host.Time.GetUtcNow();
        var late = await host.PostAsync("my son (9) had a rash after Cardiozen", author: "@late");

        var before = await Reconcile(host, null, boundary);
        var after = await Reconcile(host, boundary, null);

        before.Rows.Select(row => row.CaseNumber).ShouldBe([early.CaseNumber]);
        after.Rows.Select(row => row.CaseNumber).ShouldBe([late.CaseNumber]);
    }

    private static Task<PvReconciliationDto> Reconcile(ApplicationTestHost host, DateTimeOffset? from, DateTimeOffset? to) =>
        host.RunAsync((GetPvReconciliationHandler handler, CancellationToken ct) => handler.HandleAsync(new GetPvReconciliationQuery(from, to), ct));

    private static ReconciliationRowDto Row(PvReconciliationDto report, int caseNumber) => report.Rows.Single(row => row.CaseNumber == caseNumber);

    /// <summary>FDA's positive acknowledgement with its one message answer replaced by one answer per target.</summary>
    internal static string AckFor(params (string Target, string Code, string LocalNumber)[] answers)
    {
        var document = XDocument.Parse(E2bFixtures.Read("R3ack-positive.ack"));
        var template = document.Root!.Element(V3 + "MCCI_IN000002UV01")!;
        foreach (var (target, code, localNumber) in answers)
        {
            var answer = new XElement(template);
            answer.Element(V3 + "id")!.SetAttributeValue("extension", localNumber);
            var acknowledgement = answer.Element(V3 + "acknowledgement")!;
            acknowledgement.SetAttributeValue("typeCode", code);
            acknowledgement.Element(V3 + "targetMessage")!.Element(V3 + "id")!.SetAttributeValue("extension", target);
            template.AddBeforeSelf(answer);
        }

        template.Remove();
        return document.ToString();
    }
}

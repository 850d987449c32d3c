using System.Xml.Linq;
using CareDesk.Application.Pharmacovigilance;
using CareDesk.Application.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Pharmacovigilance;

public sealed class DuplicateTests
{
    private static readonly XNamespace V3 = "urn:hl7-org:v3";

    [Fact]
    public async Task R16_same_author_on_x_and_instagram_is_suggested_linked_with_audit_and_the_export_references_the_original()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var original = await host.SendValidReportAsync(author: "@sam_r");
        host.AdvanceTime(TimeSpan.FromHours(2));
        var repeat = await host.PostAsync("Cardiozen gave my mum (72) a rash, still there", author: "sam_r", channel: "instagram-cardiozen-us");

        var candidates = await host.RunAsync((FindDuplicateCandidatesHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new FindDuplicateCandidatesQuery(repeat.CaseNumber), ct));
        await host.RunAsync((LinkDuplicateCaseHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new LinkDuplicateCaseCommand(repeat.CaseNumber, original.CaseNumber, "Same user, same rash, posted on X first"), ct));
        await host.ReviewAsync(repeat.CaseNumber, PvSteps.ConfirmAll());
        var xml = XDocument.Parse((await host.ExportAsync(repeat.CaseNumber)).Xml);

        candidates.ShouldHaveSingleItem().ShouldSatisfyAllConditions(item => item.CaseNumber.ShouldBe(original.CaseNumber), item => item.Reason.ShouldBe("same author handle"));
        var investigation = xml.Descendants(V3 + "investigationEvent").Single();
        var ids = investigation.Elements(V3 + "id").ToDictionary(id => id.Attribute("root")!.Value, id => id.Attribute("extension")!.Value);
        ids["2.16.840.1.113883.3.989.2.1.3.1"].ShouldBe($"US-CAREDESK-{repeat.CaseNumber:D6}"); // C.1.1 its own
        ids["2.16.840.1.113883.3.989.2.1.3.2"].ShouldBe(original.Sent.SafetyReportId); // C.1.8.1 unchanged
        investigation.Elements(V3 + "outboundRelationship").Descendants(V3 + "controlActEvent").Elements(V3 + "id")
            .ShouldHaveSingleItem().Attribute("extension")!.Value.ShouldBe(original.Sent.SafetyReportId); // C.1.10.r
        var link = await host.QueryAsync((db, ct) => db.AuditEntries.SingleAsync(entry => entry.Action == "pv.duplicate_linked", ct));
        link.Reason.ShouldBe("Same user, same rash, posted on X first");
    }
}

using System.Xml.Linq;
using CareDesk.Application.Common;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Pharmacovigilance;

namespace CareDesk.Application.Tests.Pharmacovigilance;

public sealed class IcsrExportTests
{
    private static readonly XNamespace V3 = "urn:hl7-org:v3";

    /// <summary>Element paths (names only) of FDA's scenario 1 (plain postmarket report) and 6 (every element).</summary>
    private static readonly Lazy<HashSet<string>> FdaPaths = new(() =>
        new[] { "FAERS2022Scenario1.xml", "FAERS2022Scenario6.xml" }.SelectMany(name => Paths(XDocument.Load(E2bFixtures.Path(name)))).ToHashSet(StringComparer.Ordinal));

    [Fact]
    public async Task R9_handoff_writes_an_e2b_r3_batch_with_the_required_elements()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var (caseNumber, sent) = await host.SendValidReportAsync();

        var document = XDocument.Parse((await host.ExportAsync(caseNumber)).Xml);
        var root = document.Root!;
        var message = root.Element(V3 + "PORR_IN049016UV")!;
        var investigation = message.Descendants(V3 + "investigationEvent").Single();

        root.Name.ShouldBe(V3 + "MCCI_IN200100UV01");
        IdOf(root, "2.16.840.1.113883.3.989.2.1.3.22").ShouldNotBeNullOrWhiteSpace(); // N.1.2 batch number
        IdOf(root.Element(V3 + "sender")!.Element(V3 + "device")!, "2.16.840.1.113883.3.989.2.1.3.13").ShouldBe("CAREDESK"); // N.1.3
        IdOf(root.Element(V3 + "receiver")!.Element(V3 + "device")!, "2.16.840.1.113883.3.989.2.1.3.14").ShouldBe("PVSAFETYDB"); // N.1.4
        IdOf(message, "2.16.840.1.113883.3.989.2.1.3.1").ShouldBe(sent.MessageId); // N.2.r.1
        IdOf(investigation, "2.16.840.1.113883.3.989.2.1.3.1").ShouldBe(sent.SafetyReportId); // C.1.1
        IdOf(investigation, "2.16.840.1.113883.3.989.2.1.3.2").ShouldBe(sent.SafetyReportId); // C.1.8.1
        sent.SafetyReportId.ShouldBe($"US-CAREDESK-{caseNumber:D6}");
        ReportTypeCode(investigation).ShouldBe("1"); // C.1.3 spontaneous
        investigation.Element(V3 + "effectiveTime")!.Element(V3 + "low")!.Attribute("value")!.Value.ShouldMatch(@"^\d{14}\+0000$"); // C.1.4
        investigation.Element(V3 + "availabilityTime")!.Attribute("value")!.Value.ShouldMatch(@"^\d{14}\+0000$"); // C.1.5
        var reporter = investigation.Descendants(V3 + "assignedPerson").Single();
        reporter.Element(V3 + "asQualifiedEntity")!.Element(V3 + "code")!.Attribute("code")!.Value.ShouldBe("5"); // C.2.r.4 consumer
        reporter.Descendants(V3 + "location").Single().Element(V3 + "code")!.Attribute("code")!.Value.ShouldBe("US"); // C.2.r.3
        investigation.Descendants(V3 + "player1").ShouldHaveSingleItem(); // D patient
        investigation.Descendants(V3 + "originalText").Single().Value.ShouldBe("rash on both arms"); // E.i.1.1a
        investigation.Descendants(V3 + "kindOfProduct").Single().Element(V3 + "name")!.Value.ShouldBe("Cardiozen"); // G.k.2.2
        investigation.Descendants(V3 + "causalityAssessment").First().Element(V3 + "value")!.Attribute("code")!.Value.ShouldBe("1"); // G.k.1 suspect
        investigation.Element(V3 + "text")!.Value.ShouldContain("my mum (72)"); // H.1 narrative
        Observation(investigation, "23").Attribute("value")!.Value.ShouldBe("false"); // C.1.7 not expedited
    }

    [Fact]
    public async Task R9_every_element_path_written_is_one_the_fda_example_instances_use()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var (caseNumber, _) = await host.SendValidReportAsync(seriousness: new Seriousness(false, true, false, false, false, false));

        var ours = Paths(XDocument.Parse((await host.ExportAsync(caseNumber)).Xml)).ToHashSet(StringComparer.Ordinal);

        ours.Count.ShouldBeGreaterThan(60);
        ours.Where(path => !FdaPaths.Value.Contains(path)).ShouldBeEmpty();
    }

    [Fact]
    public async Task R7_seriousness_flags_are_exported_per_criterion_and_make_the_report_expedited()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var (caseNumber, _) = await host.SendValidReportAsync(seriousness: new Seriousness(false, true, false, false, false, false));

        var investigation = XDocument.Parse((await host.ExportAsync(caseNumber)).Xml).Descendants(V3 + "investigationEvent").Single();
        var reaction = investigation.Descendants(V3 + "observation").First(item => Code(item) == "29");

        Flag(reaction, "21").ShouldBe("true"); // E.i.3.2b life threatening
        foreach (var code in new[] { "34", "33", "35", "12", "26" })
        {
            reaction.Elements(V3 + "outboundRelationship2").Select(item => item.Element(V3 + "observation")!)
                .Single(item => Code(item) == code).Element(V3 + "value")!.Attribute("nullFlavor")!.Value.ShouldBe("NI");
        }

        Observation(investigation, "23").Attribute("value")!.Value.ShouldBe("true"); // C.1.7
    }

    [Fact]
    public async Task R9_a_qualification_outside_the_e2b_codes_is_refused()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsync(PvSteps.MumRash);

        var failure = await Should.ThrowAsync<ValidationFailedException>(() =>
            host.ReviewAsync(post.CaseNumber, PvSteps.ConfirmAll(qualification: (ReporterQualification)6)));

        failure.Errors.Keys.ShouldBe(["qualification"]);
    }

    [Fact]
    public async Task R9_export_is_exactly_what_was_sent()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var (caseNumber, sent) = await host.SendValidReportAsync();
        host.AdvanceTime(TimeSpan.FromHours(3));

        var first = await host.ExportAsync(caseNumber);
        var second = await host.ExportAsync(caseNumber);

        first.Xml.ShouldBe(second.Xml);
        first.Xml.ShouldStartWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        first.FileName.ShouldBe($"{sent.MessageId}.xml");
    }

    private static IEnumerable<string> Paths(XDocument document) =>
        document.Descendants().Select(element => string.Join('/', element.AncestorsAndSelf().Reverse().Select(item => item.Name.LocalName)));

    private static string? IdOf(XElement parent, string root) =>
        parent.Elements(V3 + "id").SingleOrDefault(id => id.Attribute("root")?.Value == root)?.Attribute("extension")?.Value;

    private static string? Code(XElement element) => element.Element(V3 + "code")?.Attribute("code")?.Value;

    private static string ReportTypeCode(XElement investigation) =>
        investigation.Descendants(V3 + "investigationCharacteristic").Single(item => Code(item) == "1").Element(V3 + "value")!.Attribute("code")!.Value;

    private static XElement Observation(XElement investigation, string code) =>
        investigation.Descendants(V3 + "observationEvent").Single(item => Code(item) == code).Element(V3 + "value")!;

    private static string? Flag(XElement reaction, string code) =>
        reaction.Elements(V3 + "outboundRelationship2").Select(item => item.Element(V3 + "observation")!)
            .Single(item => Code(item) == code).Element(V3 + "value")!.Attribute("value")?.Value;
}

using System.Xml.Linq;
using CareDesk.Application.Pharmacovigilance;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Pharmacovigilance;

namespace CareDesk.Application.Tests.Pharmacovigilance;

/// <summary>R9 completeness: patient sex, age and age group, one reaction per event, and special situations in the sender's comments.</summary>
public sealed class IcsrCompletenessTests
{
    private static readonly XNamespace V3 = "urn:hl7-org:v3";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly Seriousness LifeThreatening = new(false, true, false, false, false, false);

    private static readonly Lazy<HashSet<string>> FdaPaths = new(() =>
        new[] { "FAERS2022Scenario1.xml", "FAERS2022Scenario6.xml" }.SelectMany(name => Paths(XDocument.Load(E2bFixtures.Path(name)))).ToHashSet(StringComparer.Ordinal));

    [Fact]
    public async Task R9_export_carries_patient_sex_age_and_age_group_when_known()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var investigation = await SendCompleteReportAsync(host);

        var player = investigation.Descendants(V3 + "player1").Single();
        player.Element(V3 + "administrativeGenderCode")!.Attribute("code")!.Value.ShouldBe("2"); // D.5 female
        var age = PatientObservation(investigation, "3");
        age.Attribute("value")!.Value.ShouldBe("72"); // D.2.2a
        age.Attribute("unit")!.Value.ShouldBe("a"); // D.2.2b years
        age.Attribute(Xsi + "type")!.Value.ShouldBe("PQ");
        PatientObservation(investigation, "4").Attribute("code")!.Value.ShouldBe("6"); // D.2.3 elderly
    }

    [Fact]
    public async Task R9_export_leaves_patient_sex_and_age_out_when_unknown()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var (caseNumber, _) = await host.SendValidReportAsync();

        var investigation = Investigation((await host.ExportAsync(caseNumber)).Xml);

        investigation.Descendants(V3 + "administrativeGenderCode").ShouldBeEmpty();
        investigation.Descendants(V3 + "primaryRole").Single().Elements(V3 + "subjectOf2")
            .Select(item => item.Element(V3 + "observation")).Where(item => item is not null && Code(item) is "3" or "4").ShouldBeEmpty();
    }

    [Fact]
    public async Task R9_export_writes_one_reaction_per_event_with_its_own_seriousness()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var investigation = await SendCompleteReportAsync(host);

        var reactions = Reactions(investigation);
        reactions.Select(item => item.Descendants(V3 + "originalText").Single().Value).ShouldBe(["rash on both arms", "anaphylaxis"]); // E.i.1.1a
        Flag(reactions[0], "21").ShouldBeNull(); // E.i.3.2b not life-threatening: nullFlavor NI
        Flag(reactions[1], "21").ShouldBe("true");
        reactions.Select(item => item.Element(V3 + "id")!.Attribute("root")!.Value).Distinct().Count().ShouldBe(2);
        Observation(investigation, "23").Attribute("value")!.Value.ShouldBe("true"); // C.1.7: serious because one event is
    }

    [Fact]
    public async Task R9_special_situations_travel_as_the_senders_comment()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var investigation = await SendCompleteReportAsync(host);

        var comment = investigation.Descendants(V3 + "component1").Single().Descendants(V3 + "observationEvent").Single(); // H.4
        Code(comment).ShouldBe("10");
        comment.Element(V3 + "value")!.Value.ShouldBe("Special situations: use in the elderly, drug interaction.");
        comment.Descendants(V3 + "assignedEntity").Single().Element(V3 + "code")!.Attribute("code")!.Value.ShouldBe("1"); // sender
    }

    [Fact]
    public async Task R9_every_new_element_path_is_one_the_fda_example_instances_use()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var investigation = await SendCompleteReportAsync(host);

        Paths(investigation.Document!).Where(path => !FdaPaths.Value.Contains(path)).ShouldBeEmpty();
    }

    private static async Task<XElement> SendCompleteReportAsync(ApplicationTestHost host)
    {
        var post = await host.PostAsync(PvSteps.MumRash);
        await host.OpenPvAsync(post.CaseNumber);
        await host.ReviewAsync(post.CaseNumber, PvSteps.ConfirmAll());
        await host.RunAsync((RecordPatientAndReactionsHandler handler, CancellationToken ct) => handler.HandleAsync(
            new RecordPatientAndReactionsCommand(post.CaseNumber, PatientSex.Female, 72, PatientAgeGroup.Elderly, [new Reaction("anaphylaxis", LifeThreatening)]), ct));
        await host.RunAsync((RecordSpecialSituationsHandler handler, CancellationToken ct) => handler.HandleAsync(
            new RecordSpecialSituationsCommand(post.CaseNumber, [SpecialSituation.DrugInteraction, SpecialSituation.ElderlyUse], HasAdverseEvent: true), ct));
        await host.HandOffAsync(post.CaseNumber);
        return Investigation((await host.ExportAsync(post.CaseNumber)).Xml);
    }

    private static XElement Investigation(string xml) => XDocument.Parse(xml).Descendants(V3 + "investigationEvent").Single();

    private static List<XElement> Reactions(XElement investigation) =>
        [.. investigation.Descendants(V3 + "primaryRole").Single().Elements(V3 + "subjectOf2").Select(item => item.Element(V3 + "observation"))
            .OfType<XElement>().Where(item => Code(item) == "29")];

    private static XElement PatientObservation(XElement investigation, string code) =>
        investigation.Descendants(V3 + "primaryRole").Single().Elements(V3 + "subjectOf2").Select(item => item.Element(V3 + "observation"))
            .OfType<XElement>().Single(item => Code(item) == code).Element(V3 + "value")!;

    private static IEnumerable<string> Paths(XDocument document) =>
        document.Descendants().Select(element => string.Join('/', element.AncestorsAndSelf().Reverse().Select(item => item.Name.LocalName)));

    private static string? Code(XElement element) => element.Element(V3 + "code")?.Attribute("code")?.Value;

    private static XElement Observation(XElement investigation, string code) =>
        investigation.Descendants(V3 + "observationEvent").Single(item => Code(item) == code).Element(V3 + "value")!;

    private static string? Flag(XElement reaction, string code) =>
        reaction.Elements(V3 + "outboundRelationship2").Select(item => item.Element(V3 + "observation")!)
            .Single(item => Code(item) == code).Element(V3 + "value")!.Attribute("value")?.Value;
}

using CareDesk.Application.Abstractions;
using CareDesk.Application.Pharmacovigilance.Translation;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Triage;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Application.Tests.Pharmacovigilance;

/// <summary>R17: the verbatim stays in its language with its ISO 639-2 code; an English translation is added by machine or by a person.</summary>
public sealed class EventTranslationTests
{
    private const string German = "Ausschlag nach DrugX";

    [Fact]
    public async Task R17_a_german_verbatim_keeps_its_text_and_code_and_machine_translation_fills_the_english_field_labelled_as_mt()
    {
        await using var host = await ApplicationTestHost.StartAsync(configure: services => services.AddSingleton<IMachineTranslator, FakeTranslator>());
        var caseNumber = await GermanReportAsync(host);

        var translation = await host.RunAsync((TranslateEventByMachineHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new TranslateEventByMachineCommand(caseNumber), ct));
        var intake = await host.OpenPvAsync(caseNumber);
        var history = (await host.OpenCaseAsync(caseNumber)).History;
        var xml = System.Xml.Linq.XDocument.Parse((await host.ExportAsync(caseNumber)).Xml);

        intake.Event.Evidence.ShouldBe(German);
        intake.EventLanguage.ShouldBe("ger");
        intake.EventTranslation.ShouldBe(translation);
        translation.ShouldBe(new EventTranslation("Rash after DrugX", true, "fake-mt", "2026.1", ApplicationTestHost.Start));
        history.ShouldContain(entry => entry.Action == "case.event_translated" && entry.Reason == "MT by fake-mt 2026.1");
        var original = xml.Descendants().First(element => element.Name.LocalName == "originalText");
        original.Value.ShouldBe(German); // E.i.1.1a
        original.Attribute("language")!.Value.ShouldBe("ger"); // E.i.1.1b
        xml.Descendants().Single(element => element.Name.LocalName == "code" && (string?)element.Attribute("displayName") == "reactionForTranslation")
            .ElementsAfterSelf().Single().Value.ShouldBe("Rash after DrugX"); // E.i.1.2
        xml.ToString().ShouldContain("machine translation, MT by fake-mt 2026.1");
    }

    [Fact]
    public async Task R17_a_human_translation_works_without_any_engine_and_names_the_translator()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var caseNumber = await GermanReportAsync(host);

        var noEngine = await Should.ThrowAsync<Application.Common.ValidationFailedException>(() => host.RunAsync((TranslateEventByMachineHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new TranslateEventByMachineCommand(caseNumber), ct)));
        var missing = await Should.ThrowAsync<Application.Common.ValidationFailedException>(() => host.RunAsync((RecordEventTranslationHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new RecordEventTranslationCommand(caseNumber, "ger", null), ct)));
        await host.RunAsync((RecordEventTranslationHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new RecordEventTranslationCommand(caseNumber, "GER", "Rash after DrugX"), ct));
        var intake = await host.OpenPvAsync(caseNumber);
        var xml = (await host.ExportAsync(caseNumber)).Xml;

        noEngine.Errors.Keys.ShouldBe(["translation"]);
        missing.Errors.Keys.ShouldBe(["translation"]);
        intake.EventLanguage.ShouldBe("ger");
        intake.EventTranslation.ShouldBe(new EventTranslation("Rash after DrugX", false, "alice", null, ApplicationTestHost.Start));
        xml.ShouldContain("human translation by alice");
        xml.ShouldNotContain("machine translation");
    }

    private static async Task<int> GermanReportAsync(ApplicationTestHost host)
    {
        // The organisation screens German too: a supervisor adds the term to the AE rules.
        host.Actor.SignInAs("sam", Domain.Users.UserRole.Supervisor);
        await host.RunAsync((CreateTriageRuleHandler handler, CancellationToken ct) => handler.HandleAsync(
            new TriageRuleRequest("German AE terms", TriageLabel.AdverseEvent, Priority.High, TriageMatchKind.AnyTerm, ["ausschlag"]), ct));
        host.Actor.SignInAs("alice", Domain.Users.UserRole.Agent);
        var post = await host.PostAsync(German);
        await host.OpenPvAsync(post.CaseNumber);
        await host.ReviewAsync(post.CaseNumber, new PvReview(new(true, "@sam_r"), new(true, "@sam_r"), new(true, "DrugX"), new(true, German),
            null, null, Seriousness.None, ReportType.Spontaneous, null));
        return post.CaseNumber;
    }

    private sealed class FakeTranslator : IMachineTranslator
    {
        public bool IsConfigured => true;

        public Task<MachineTranslation> TranslateAsync(string text, string? sourceLanguage, string targetLanguage, CancellationToken cancellationToken) =>
            Task.FromResult(text == German && targetLanguage == "eng"
                ? new MachineTranslation("Rash after DrugX", "ger", "fake-mt", "2026.1")
                : throw new InvalidOperationException($"unexpected text '{text}'"));
    }
}

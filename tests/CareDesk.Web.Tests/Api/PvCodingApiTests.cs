using System.Net;
using System.Net.Http.Json;
using CareDesk.Application.Common;
using CareDesk.Application.Pharmacovigilance;
using CareDesk.Application.Pharmacovigilance.Meddra;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

/// <summary>The R2, R11 and R17 endpoints; the MedDRA release is synthetic, written here in the ASCII format (never real MedDRA).</summary>
public sealed class PvCodingApiTests(CareDeskApplicationFactory factory) : IClassFixture<CareDeskApplicationFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task R11_a_supervisor_loads_a_release_an_agent_codes_skin_rash_and_a_ctcae_pre_code_answers_422()
    {
        var sam = await factory.SignInAsSupervisorAsync();
        var alice = await factory.SignInAsAgentAsync();
        var refusedLoad = await alice.PostAsJsonAsync("/api/pv/meddra/releases", new { files = Release("25.0") }, CareDeskJson.Options, Token);
        var loaded = await sam.PostAsJsonAsync("/api/pv/meddra/releases", new { files = Release("25.0") }, CareDeskJson.Options, Token);
        var coded = await alice.IngestAsync("My mum (72) got a rash on both arms after starting Cardiozen");
        var preCoded = await alice.IngestAsync("My dad (80) got a rash on his back after starting Cardiozen");
        await PharmacovigilanceApiTests.ConfirmAsync(alice, coded.CaseNumber);
        await PharmacovigilanceApiTests.ConfirmAsync(alice, preCoded.CaseNumber);

        var terms = (await alice.GetFromJsonAsync<List<MeddraTermDto>>("/api/pv/meddra/terms?q=skin%20rash", CareDeskJson.Options, Token))!;
        var code = await alice.PutAsJsonAsync($"/api/cases/{coded.CaseNumber}/pv/meddra", new { lltCode = terms[0].LltCode }, CareDeskJson.Options, Token);
        var preCode = await alice.PutAsJsonAsync($"/api/cases/{preCoded.CaseNumber}/pv/pre-code", new { vocabulary = "CTCAE v5", code = "CT-1", term = "Rash" }, CareDeskJson.Options, Token);
        var xml = await alice.GetStringAsync($"/api/cases/{coded.CaseNumber}/pv/e2b", Token);
        var blocked = await alice.GetAsync($"/api/cases/{preCoded.CaseNumber}/pv/e2b", Token);

        refusedLoad.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        loaded.StatusCode.ShouldBe(HttpStatusCode.OK, await loaded.Content.ReadAsStringAsync(Token));
        code.StatusCode.ShouldBe(HttpStatusCode.OK);
        preCode.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        xml.ShouldContain("code=\"80000001\" codeSystem=\"2.16.840.1.113883.6.163\" codeSystemVersion=\"25.0\"");
        blocked.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await blocked.Content.ReadAsStringAsync(Token)).ShouldContain("non-MedDRA pre-code cannot be submitted");
    }

    [Fact]
    public async Task R17_a_human_translation_is_stored_with_its_language_and_r2_channel_source_needs_a_content_manager()
    {
        var alice = await factory.SignInAsAgentAsync();
        var post = await alice.IngestAsync("Mum got a rash after Cardiozen");
        await PharmacovigilanceApiTests.ConfirmAsync(alice, post.CaseNumber);

        var translated = await alice.PutAsJsonAsync($"/api/cases/{post.CaseNumber}/pv/translation", new { language = "fre", translation = "rash" }, CareDeskJson.Options, Token);
        var badLanguage = await alice.PutAsJsonAsync($"/api/cases/{post.CaseNumber}/pv/translation", new { language = "fr", translation = "rash" }, CareDeskJson.Options, Token);
        var intake = (await alice.GetFromJsonAsync<PvIntakeDto>($"/api/cases/{post.CaseNumber}/pv", CareDeskJson.Options, Token))!;
        var source = await alice.PutAsJsonAsync("/api/channels/webchat-respiro-uk/source", new { source = "chatbot_flow" }, CareDeskJson.Options, Token);

        translated.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        badLanguage.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badLanguage.ProblemErrorsAsync()).Keys.ShouldContain("language");
        intake.EventLanguage.ShouldBe("fre");
        intake.EventTranslation!.Translator.ShouldBe("alice");
        source.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static Dictionary<string, string> Release(string version) => new()
    {
        ["meddra_release.asc"] = $"{version}$English$$$$\n",
        ["pt.asc"] = "80001000$Rash (synthetic)$$80009000$\n",
        ["llt.asc"] = "80000001$Skin rash (synthetic)$80001000$$$$$$$Y$$\n80000002$Rash (synthetic)$80001000$$$$$$$Y$$\n",
    };
}

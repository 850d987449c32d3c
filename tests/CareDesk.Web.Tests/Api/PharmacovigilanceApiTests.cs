using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using CareDesk.Application.Common;
using CareDesk.Application.Pharmacovigilance;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

public sealed class PharmacovigilanceApiTests(CareDeskApplicationFactory factory) : IClassFixture<CareDeskApplicationFactory>
{
    private static readonly XNamespace V3 = "urn:hl7-org:v3";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task R3_awareness_timestamps_are_all_present_and_a_patch_is_forbidden()
    {
        var client = await factory.SignInAsAgentAsync();
        var post = await client.IngestAsync("My mum (72) got a rash on both arms after starting Cardiozen");
        await ConfirmAsync(client, post.CaseNumber);

        var intake = (await client.GetFromJsonAsync<PvIntakeDto>($"/api/cases/{post.CaseNumber}/pv", CareDeskJson.Options, Token))!;
        var patch = await client.PatchAsJsonAsync($"/api/cases/{post.CaseNumber}/pv", new { minimumCriteriaMetAt = "2020-01-01T00:00:00Z" }, CareDeskJson.Options, Token);

        intake.Awareness.FirstSeenByHumanAt.ShouldNotBeNull();
        intake.Awareness.MinimumCriteriaMetAt.ShouldNotBeNull();
        intake.Deadline.ShouldNotBeNull();
        patch.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetFromJsonAsync<PvIntakeDto>($"/api/cases/{post.CaseNumber}/pv", CareDeskJson.Options, Token))!.Awareness.MinimumCriteriaMetAt
            .ShouldBe(intake.Awareness.MinimumCriteriaMetAt);
    }

    [Fact]
    public async Task R35_a_viewer_can_read_a_case_but_classifying_it_or_escalating_it_answers_403()
    {
        var alice = await factory.SignInAsAgentAsync();
        var post = await alice.IngestAsync("My dad got dizzy after his first Cardiozen dose");
        var viewer = await factory.SignInAsync("vic");

        var read = await viewer.GetAsync($"/api/cases/{post.CaseNumber}/pv", Token);
        var classify = await viewer.PutAsJsonAsync($"/api/cases/{post.CaseNumber}/pv/review", new
        {
            reporter = new { confirmed = false, evidence = "" },
            patient = new { confirmed = false, evidence = "" },
            product = new { confirmed = false, evidence = "" },
            @event = new { confirmed = false, evidence = "" },
        }, CareDeskJson.Options, Token);
        var escalate = await viewer.PostJsonAsync($"/api/cases/{post.CaseNumber}/escalations", new { reason = "AE" });

        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        classify.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        escalate.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task R15_handoff_e2b_download_and_acknowledgement_import_show_in_the_reconciliation()
    {
        var client = await factory.SignInAsAgentAsync();
        var post = await client.IngestAsync("My dad (80) had a rash from Cardiozen");
        await ConfirmAsync(client, post.CaseNumber);

        var handoff = await client.PostAsync($"/api/cases/{post.CaseNumber}/pv/handoff", null, Token);
        var sent = await CareDeskApplicationFactory.ReadAsync<HandOffToPvResult>(handoff);
        var download = await client.GetAsync($"/api/cases/{post.CaseNumber}/pv/e2b", Token);
        var ack = new XDocument(new XElement(V3 + "MCCI_IN200101UV01",
            new XElement(V3 + "MCCI_IN000002UV01", new XElement(V3 + "id", new XAttribute("extension", "PV-7001")),
                new XElement(V3 + "acknowledgement", new XAttribute("typeCode", "CA"),
                    new XElement(V3 + "targetMessage", new XElement(V3 + "id", new XAttribute("extension", sent.MessageId)))))));
        var import = await client.PostAsync("/api/pv/acknowledgements", new StringContent(ack.ToString(), System.Text.Encoding.UTF8, "application/xml"), Token);
        var report = (await client.GetFromJsonAsync<PvReconciliationDto>("/api/pv/reconciliation", CareDeskJson.Options, Token))!;

        handoff.StatusCode.ShouldBe(HttpStatusCode.Created);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        XDocument.Parse(await download.Content.ReadAsStringAsync(Token)).Root!.Name.ShouldBe(V3 + "MCCI_IN200100UV01");
        import.StatusCode.ShouldBe(HttpStatusCode.OK);
        var row = report.Rows.Single(item => item.CaseNumber == post.CaseNumber);
        row.AckStatus.ShouldBe("accepted");
        row.ReceiverReportNumber.ShouldBe("PV-7001");
        row.MessageId.ShouldBe(sent.MessageId);
    }

    internal static async Task ConfirmAsync(HttpClient client, int caseNumber)
    {
        (await client.GetAsync($"/api/cases/{caseNumber}/pv", Token)).EnsureSuccessStatusCode();
        var review = await client.PutAsJsonAsync($"/api/cases/{caseNumber}/pv/review", new
        {
            reporter = new { confirmed = true, evidence = "@patient" },
            patient = new { confirmed = true, evidence = "my mum (72)" },
            product = new { confirmed = true, evidence = "Cardiozen" },
            @event = new { confirmed = true, evidence = "rash" },
            seriousness = new { resultsInDeath = false, lifeThreatening = false, hospitalisation = false, disability = false, congenitalAnomaly = false, otherMedicallyImportant = false },
            reportType = "spontaneous",
        }, CareDeskJson.Options, Token);
        review.StatusCode.ShouldBe(HttpStatusCode.NoContent, await review.Content.ReadAsStringAsync(Token));
    }
}

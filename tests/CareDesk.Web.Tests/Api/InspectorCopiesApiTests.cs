using System.Net;
using System.Text.RegularExpressions;
using CareDesk.Infrastructure.Documents;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

public sealed partial class InspectorCopiesApiTests(CareDeskApplicationFactory factory) : IClassFixture<CareDeskApplicationFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task R30_the_case_page_links_a_pdf_copy_of_the_case_with_its_audit_trail()
    {
        var client = await factory.SignInAsAgentAsync();
        var post = await client.IngestAsync("Cardiozen gave me hives (both arms) after the second dose");
        var page = await client.GetStringAsync($"/cases/{post.CaseNumber}", Token);
        var link = WebUtility.HtmlDecode(PdfLink().Match(page).Groups["href"].Value);

        var response = await client.GetAsync(link, Token);

        link.ShouldBe($"/api/cases/{post.CaseNumber}/record.pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe($"case-{post.CaseNumber}-record.pdf");
        var text = PdfText.Extract(await response.Content.ReadAsByteArrayAsync(Token));
        text.ShouldContain($"Case record {post.CaseNumber}");
        text.ShouldContain("Text as received: Cardiozen gave me hives (both arms) after the second dose");
        text.ShouldContain("post.received on Post");
        text.ShouldContain("case.opened on Case");
    }

    [Fact]
    public async Task R30_the_audit_export_page_offers_the_same_selection_as_a_pdf()
    {
        var client = await factory.SignInAsAgentAsync();
        var post = await client.IngestAsync("Where can I find the savings card?");
        var page = await client.GetStringAsync($"/audit/export?case={post.CaseNumber}&zone=Europe/London", Token);
        var link = WebUtility.HtmlDecode(ExportPdfLink().Match(page).Groups["href"].Value);

        var response = await client.GetAsync(link, Token);

        link.ShouldContain("format=pdf");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf", link + " " + await response.Content.ReadAsStringAsync(Token));
        var text = PdfText.Extract(await response.Content.ReadAsByteArrayAsync(Token));
        text.ShouldContain("Audit trail export");
        text.ShouldContain($"case {post.CaseNumber}");
        text.ShouldContain("Europe/London");
        text.ShouldContain("post.received");
    }

    [GeneratedRegex("""<a href="(?<href>[^"]+)" data-testid="case-record-pdf">""")]
    private static partial Regex PdfLink();

    [GeneratedRegex("""<a href="(?<href>[^"]+)" data-testid="export-pdf">""")]
    private static partial Regex ExportPdfLink();
}

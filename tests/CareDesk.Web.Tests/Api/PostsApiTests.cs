using System.Net;
using CareDesk.Application.Posts;
using CareDesk.Domain.Triage;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

public sealed class PostsApiTests(CareDeskApplicationFactory factory) : IClassFixture<CareDeskApplicationFactory>
{
    [Fact]
    public async Task IngestPost_WhenNew_Returns201WithCaseLabelsAndPriority()
    {
        var client = await factory.SignInAsAgentAsync();

        var response = await client.IngestRawAsync(new { channel = "x-cardiozen-us", externalId = "p-new-1", author = "@kim", text = "Cardiozen gave me a terrible rash", postedAt = "2026-11-23T13:50:00Z" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var result = await CareDeskApplicationFactory.ReadAsync<IngestPostResult>(response);
        result.Created.ShouldBeTrue();
        result.Labels.ShouldContain(TriageLabel.AdverseEvent);
        result.Priority.ShouldBe(Priority.High);
        (await client.GetCaseAsync(result.CaseNumber)).Posts.Single().Text.ShouldBe("Cardiozen gave me a terrible rash");
    }

    [Fact]
    public async Task IngestPost_WhenRepeated_Returns200WithTheSameIdsAndStoresOnce()
    {
        var client = await factory.SignInAsAgentAsync();
        var first = await client.IngestAsync("Where can I get a savings card?", externalId: "p-repeat-1");

        var response = await client.IngestRawAsync(new { channel = "x-cardiozen-us", externalId = "p-repeat-1", author = "@patient", text = "Where can I get a savings card?", postedAt = "2026-11-23T13:58:00Z" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var repeat = await CareDeskApplicationFactory.ReadAsync<IngestPostResult>(response);
        repeat.Created.ShouldBeFalse();
        repeat.PostId.ShouldBe(first.PostId);
        repeat.CaseNumber.ShouldBe(first.CaseNumber);
        (await client.GetCaseAsync(first.CaseNumber)).Posts.Count.ShouldBe(1);
    }

    [Fact]
    public async Task IngestPost_WhenTwoPostsShareAThread_FilesThemIntoOneCase()
    {
        var client = await factory.SignInAsAgentAsync();

        var parent = await client.IngestAsync("Loving the new pack design", externalId: "p-thread-1", threadId: "thread-77");
        var reply = await client.IngestAsync("Actually it made me dizzy", externalId: "p-thread-2", threadId: "thread-77");

        reply.CaseNumber.ShouldBe(parent.CaseNumber);
        var details = await client.GetCaseAsync(parent.CaseNumber);
        details.Posts.Count.ShouldBe(2);
        details.Case.Labels.ShouldContain(TriageLabel.AdverseEvent);
    }

    [Fact]
    public async Task IngestPost_WhenAdverseEvent_CaseShowsTheDetectorsAssessmentAndModelVersion()
    {
        var client = await factory.SignInAsAgentAsync();

        var result = await client.IngestAsync("Since I started Cardiozen two weeks ago I get dizzy spells every morning");

        var post = (await client.GetCaseAsync(result.CaseNumber)).Posts.Single();
        post.Labels.ShouldContain(TriageLabel.AdverseEvent);
        var ae = post.AdverseEvent.ShouldNotBeNull();
        ae.Detected.ShouldBeTrue();
        ae.OperatingPoint.ShouldBe("balanced");
        ae.Drugs.ShouldContain(drug => drug.Name.Equals("cardiozen", StringComparison.OrdinalIgnoreCase));
        ae.Events.ShouldContain(item => item.Text == "dizzy" && !item.Negated);
        ae.Criteria.AllMet.ShouldBeTrue();
        post.Classifier.ShouldBe("rules+" + ae.ModelVersion);
        post.Signals.ShouldNotBeNull().Language.ShouldBe("en");
    }

    [Theory]
    [InlineData("{\"channel\":\"x-cardiozen-us\",\"externalId\":\"b1\",\"author\":\"a\",\"text\":\"hi\",\"postedAt\":\"yesterday\"}", "postedAt")]
    [InlineData("{\"channel\":\"x-cardiozen-us\",\"externalId\":\"b2\",\"author\":\"a\",\"postedAt\":\"2026-11-23T10:00:00Z\"}", "text")]
    [InlineData("{\"channel\":\"x-cardiozen-us\",\"author\":\"a\",\"text\":\"hi\",\"postedAt\":\"2026-11-23T10:00:00Z\"}", "externalId")]
    [InlineData("{\"channel\":\"tiktok-unknown\",\"externalId\":\"b3\",\"author\":\"a\",\"text\":\"hi\",\"postedAt\":\"2026-11-23T10:00:00Z\"}", "channel")]
    [InlineData("{\"channel\":\"x-cardiozen-us\",\"externalId\":\"b4\",\"author\":\"a\",\"text\":\"hi\",\"postedAt\":\"2026-11-23T10:00:00\"}", "postedAt")]
    [InlineData("{not json", "body")]
    public async Task IngestPost_WhenInputIsBad_Returns400ProblemNamingTheField(string body, string field)
    {
        var client = await factory.SignInAsAgentAsync();
        var before = (await client.GetQueueAsync("?includeResolved=true")).Count;

        var response = await client.PostAsync("/api/posts", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.ProblemErrorsAsync()).Keys.ShouldContain(field);
        (await client.GetQueueAsync("?includeResolved=true")).Count.ShouldBe(before);
    }

    [Fact]
    public async Task IngestPost_WhenTextIsOver64KB_Returns400NamingText()
    {
        var client = await factory.SignInAsAgentAsync();

        var response = await client.IngestRawAsync(new { channel = "x-cardiozen-us", externalId = "p-huge", author = "@a", text = new string('é', 40_000), postedAt = "2026-11-23T10:00:00Z" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemErrorsAsync())["text"].Single().ShouldContain("64 KB");
    }
}

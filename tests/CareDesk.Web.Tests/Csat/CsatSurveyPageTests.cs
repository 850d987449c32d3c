using System.Net;
using CareDesk.Domain.Cases;
using CareDesk.Infrastructure.Persistence;
using CareDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Web.Tests.Csat;

/// <summary>The public survey page as the person meets it: no sign-in, one answer, gone after 14 days.</summary>
public sealed class CsatSurveyPageTests : IAsyncLifetime
{
    private readonly CareDeskApplicationFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Survey_link_takes_one_answer_without_sign_in_and_refuses_a_second()
    {
        var token = await ResolveACaseAsync();
        using var person = _factory.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });

        var page = await person.GetAsync($"/csat/{token}", TestContext.Current.CancellationToken);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("How did Cardiozen do?");

        var answered = await person.PostAsync($"/csat/{token}", Form(("score", "5"), ("comment", "Very helpful")), TestContext.Current.CancellationToken);
        answered.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await answered.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Your answer was recorded.");

        var second = await person.PostAsync($"/csat/{token}", Form(("score", "1")), TestContext.Current.CancellationToken);
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("already answered");
        (await person.GetAsync("/csat/not-a-token", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var supervisor = await _factory.SignInAsSupervisorAsync();
        var report = await supervisor.GetStringAsync("/api/reports/metrics?from=2026-11-22T00:00:00Z&to=2026-11-25T00:00:00Z", TestContext.Current.CancellationToken);
        report.ShouldContain("\"averageCsat\":5");
    }

    [Fact]
    public async Task Survey_link_after_fourteen_days_is_gone()
    {
        var token = await ResolveACaseAsync();
        _factory.Time.Advance(TimeSpan.FromDays(14));
        using var person = _factory.CreateClient(new() { HandleCookies = false });

        (await person.GetAsync($"/csat/{token}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await person.PostAsync($"/csat/{token}", Form(("score", "4")), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Gone);
    }

    private async Task<string> ResolveACaseAsync()
    {
        using var agent = await _factory.SignInAsAgentAsync();
        var post = await agent.IngestAsync("Where can I find the Cardiozen savings card?");
        (await agent.PostJsonAsync($"/api/cases/{post.CaseNumber}/status", new { status = CaseStatus.Resolved, reason = "Answered" })).EnsureSuccessStatusCode();
        using var scope = _factory.Services.CreateScope();
        var text = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Outbox.Where(message => message.CsatSurveyId != null)
            .Select(message => message.Text).SingleAsync(TestContext.Current.CancellationToken);
        return text[(text.IndexOf("/csat/", StringComparison.Ordinal) + "/csat/".Length)..];
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value)));
}

using CareDesk.Application.Common;
using CareDesk.Application.Listening;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Listening;

public sealed class ListeningAnalyticsTests
{
    private static readonly DateTimeOffset Now = ApplicationTestHost.Start;

    [Fact]
    public async Task HandleAsync_CountsVolumeSentimentShareOfVoiceAndEmergingTerms()
    {
        await using var host = await ListeningSteps.StartAsync();
        var query = await host.CreateQueryAsync();
        await host.PostAsync("Cardiozen is great, thanks", Now.AddDays(-1), "@a");
        await host.PostAsync("Cardiozen shortage again, awful", Now.AddDays(-1).AddHours(1), "@b");
        await host.PostAsync("Hartwell shortage too", Now.AddDays(-2), "@c");
        await host.PostAsync("Cardiozen shortage near me", Now.AddDays(-3), "@d");
        await host.PostAsync("Cardiozen pharmacy question", Now.AddDays(-10), "@e");
        await host.PostAsync("Lovely picnic weather", Now.AddDays(-1), "@f");

        var analytics = await host.RunAsync((GetListeningAnalyticsHandler handler, CancellationToken ct) => handler.HandleAsync(new GetListeningAnalyticsQuery(query.Id), ct));

        analytics.Posts.ShouldBe(4);
        analytics.Volume.Count.ShouldBe(7);
        analytics.Volume.Sum(point => point.Posts).ShouldBe(4);
        analytics.Sentiment.ShouldBe(new SentimentSplit(Positive: 1, Neutral: 2, Negative: 1, Unknown: 0));
        analytics.ShareOfVoice.ShouldBe([new VoiceShare("cardiozen", true, 3, 0.75), new VoiceShare("hartwell", false, 1, 0.25)]);
        analytics.TopTerms.ShouldContain(new TermCount("shortage", 3));
        analytics.EmergingTopics.ShouldContain(term => term.Term == "shortage" && term.Current == 3 && term.Prior == 0);
    }

    [Fact]
    public async Task R43b_analytics_show_pseudonymised_author_ids_never_handles()
    {
        await using var host = await ListeningSteps.StartAsync();
        var query = await host.CreateQueryAsync();
        await host.PostAsync("Cardiozen refill today", Now.AddHours(-3), "@jane_doe_1984");
        await host.PostAsync("Cardiozen again", Now.AddHours(-2), "@Jane_Doe_1984");

        var analytics = await host.RunAsync((GetListeningAnalyticsHandler handler, CancellationToken ct) => handler.HandleAsync(new GetListeningAnalyticsQuery(query.Id), ct));

        var author = analytics.TopAuthors.ShouldHaveSingleItem();
        author.Posts.ShouldBe(2);
        author.AuthorPseudonym.Length.ShouldBe(32);
        CareDeskJson.Serialize(analytics).ShouldNotContain("jane", Case.Insensitive);
    }

    [Fact]
    public async Task R44_a_limit_request_keeps_future_posts_screened_but_out_of_analytics_before_and_after()
    {
        await using var host = await ListeningSteps.StartAsync();
        var query = await host.CreateQueryAsync();
        await host.PostAsync("Cardiozen helped my blood pressure", Now.AddHours(-5), "@ca_resident");
        await host.PostAsync("Cardiozen refill was late", Now.AddHours(-4), "@ca_resident");
        await host.PostAsync("Cardiozen pharmacy question", Now.AddHours(-3), "@someone_else");
        var before = await AnalyticsAsync(host, query.Id);

        var limit = await host.RunAsync((SetAuthorDataUseLimitHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new SetAuthorDataUseLimitCommand("x-cardiozen-us", "@CA_Resident", true), ct));
        host.AdvanceTime(TimeSpan.FromMinutes(10));
        var screened = await host.PostAsync("Cardiozen gave me a rash on both arms", Now.AddMinutes(5), "@ca_resident");
        var after = await AnalyticsAsync(host, query.Id);

        before.Posts.ShouldBe(3);
        before.TopAuthors.ShouldContain(author => author.AuthorPseudonym == limit.AuthorPseudonym);
        screened.Created.ShouldBeTrue();
        screened.Labels.ShouldContain(TriageLabel.AdverseEvent);
        (await host.QueryAsync((db, ct) => db.Posts.CountAsync(post => post.Author == "@ca_resident", ct))).ShouldBe(3);
        after.Posts.ShouldBe(1);
        after.ExcludedByLimitRequests.ShouldBe(3);
        after.TopAuthors.ShouldNotContain(author => author.AuthorPseudonym == limit.AuthorPseudonym);
        (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(entry => entry.Action == "privacy.sensitive_data_use_limit_set" && !entry.After!.Contains("ca_resident"), ct))).ShouldBe(1);
    }

    private static Task<ListeningAnalyticsDto> AnalyticsAsync(ApplicationTestHost host, Guid queryId) =>
        host.RunAsync((GetListeningAnalyticsHandler handler, CancellationToken ct) => handler.HandleAsync(new GetListeningAnalyticsQuery(queryId), ct));
}

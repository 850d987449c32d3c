using CareDesk.Application.Common;
using CareDesk.Application.Roi;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Common;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Users;
using CareDesk.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Application.Tests.Roi;

public sealed class TrackedLinkTests
{
    [Fact]
    public async Task A_link_redirects_with_utm_tags_and_counts_people_per_day_but_not_robots()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.AllowDomainsAsync("Cardiozen", "cardiozen.com");
        var template = await host.TemplateIdAsync("CZ-US-0160");
        var link = await host.CreateLinkAsync("x-cardiozen-us", "https://www.cardiozen.com/savings?lang=en", template);

        var followed = await host.FollowAsync(link.Code);
        await host.FollowAsync(link.Code);
        await host.FollowAsync(link.Code, automated: true);
        host.AdvanceTime(TimeSpan.FromDays(1));
        await host.FollowAsync(link.Code.ToLowerInvariant());

        followed.Outcome.ShouldBe(LinkFollowOutcome.Redirect);
        followed.Target!.AbsoluteUri.ShouldBe("https://www.cardiozen.com/savings?lang=en&utm_source=x-cardiozen-us&utm_medium=social-care&utm_campaign=winter-savings&utm_content=CZ-US-0160-v1");
        link.ShortUrl.ShouldBe($"http://127.0.0.1:5080/l/{link.Code}");
        var days = await host.QueryAsync((AppDbContext db, CancellationToken ct) => db.LinkClickDays.OrderBy(day => day.Day).ToListAsync(ct));
        days.Select(day => (day.Day, day.Clicks)).ShouldBe([(new DateOnly(2026, 11, 23), 2), (new DateOnly(2026, 11, 24), 1)]);
    }

    [Fact]
    public async Task Unknown_expired_and_no_longer_allowed_links_do_not_redirect()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.AllowDomainsAsync("Cardiozen", "cardiozen.com", "cardiozen-savings.com");
        var expiring = await host.CreateLinkAsync("x-cardiozen-us", "https://cardiozen.com/", expiresAt: ApplicationTestHost.Start.AddHours(1));
        var moved = await host.CreateLinkAsync("x-cardiozen-us", "https://cardiozen-savings.com/");

        host.AdvanceTime(TimeSpan.FromHours(1));
        await host.AllowDomainsAsync("Cardiozen", "cardiozen.com");

        (await host.FollowAsync("ZZZZZZZZ")).Outcome.ShouldBe(LinkFollowOutcome.Unknown);
        (await host.FollowAsync(Domain.Roi.ShortLinkCode.NewCode())).Outcome.ShouldBe(LinkFollowOutcome.Unknown);
        (await host.FollowAsync(expiring.Code)).Outcome.ShouldBe(LinkFollowOutcome.Expired);
        (await host.FollowAsync(moved.Code)).Outcome.ShouldBe(LinkFollowOutcome.Expired);
        (await host.QueryAsync((AppDbContext db, CancellationToken ct) => db.LinkClickDays.CountAsync(ct))).ShouldBe(0);
    }

    [Fact]
    public async Task A_destination_off_the_brands_allow_list_is_refused_on_the_destination_field()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.AllowDomainsAsync("Cardiozen", "cardiozen.com");

        var refused = await Should.ThrowAsync<BusinessRuleViolationException>(() => host.CreateLinkAsync("x-cardiozen-us", "https://cardiozen.com.evil.example/"));

        refused.Rule.Field.ShouldBe("destination");
        // Respiro's channels cannot borrow Cardiozen's domains either.
        await Should.ThrowAsync<BusinessRuleViolationException>(() => host.CreateLinkAsync("reddit-respiro", "https://cardiozen.com/"));
    }

    [Fact]
    public async Task Agents_cannot_create_links_or_change_the_allow_list_and_changes_are_audited()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("alice", UserRole.Agent);

        await Should.ThrowAsync<ForbiddenException>(() => host.RunAsync((SetAllowedLinkDomainsHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new SetAllowedLinkDomainsCommand("Cardiozen", ["evil.example"]), ct)));
        await Should.ThrowAsync<ForbiddenException>(() => host.RunAsync((CreateTrackedLinkHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new CreateTrackedLinkCommand("x-cardiozen-us", "c", "https://cardiozen.com/"), ct)));

        await host.AllowDomainsAsync("Cardiozen", "cardiozen.com");
        var link = await host.CreateLinkAsync("x-cardiozen-us", "https://cardiozen.com/");

        var actions = await host.QueryAsync((AppDbContext db, CancellationToken ct) => db.AuditEntries.Where(entry => entry.Action.StartsWith("roi.")).OrderBy(entry => entry.Sequence).Select(entry => entry.Action + " " + entry.Actor).ToListAsync(ct));
        actions.ShouldBe(["roi.link_domains_changed sam", "roi.link_created sam"]);
        link.CreatedBy.ShouldBe("sam");
    }

    [Fact]
    public async Task On_an_https_short_link_host_the_short_url_fits_a_templates_link_variable()
    {
        await using var host = await ApplicationTestHost.StartAsync(configure: services =>
            services.Configure<RoiOptions>(options => options.ShortLinkBaseUrl = "https://go.cardiozen.com/"));
        await host.AllowDomainsAsync("Cardiozen", "cardiozen.com");

        var link = await host.CreateLinkAsync("x-cardiozen-us", "https://cardiozen.com/savings");

        link.ShortUrl.ShouldBe($"https://go.cardiozen.com/l/{link.Code}");
        TemplateVariableValues.IsValid(TemplateVariableKind.Url, link.ShortUrl).ShouldBeTrue();
    }
}

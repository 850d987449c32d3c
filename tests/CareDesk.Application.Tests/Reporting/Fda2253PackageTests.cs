using CareDesk.Application.Cases;
using CareDesk.Application.Reporting.Fda2253;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Tests.Promotion;
using CareDesk.Application.Tests.Templates;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Reporting;

/// <summary>The monthly 2253 package for Cardiozen, November 2026 (the R27 acceptance test names March; the month is a parameter).</summary>
public sealed class Fda2253PackageTests
{
    private static readonly Fda2253Query November = new("Cardiozen", 2026, 11);

    [Fact]
    public async Task R27_monthly_interactive_url_listing_has_every_unique_thread_where_an_approved_US_promotional_template_was_posted_in_the_month()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await PromotionFlow.SetRiskLibraryAsync(host);
        var promotional = await MlrFlow.ApprovedAsync(host, MlrFlow.Input(body: "Thanks {{first_name}}, the Cardiozen (zenolapril) savings card: {{url}}.") with
        {
            Category = TemplateCategory.Promotional,
            BrandId = await PromotionFlow.BrandIdAsync(host),
        });
        await PromotionFlow.RecordSubmissionAsync(host, promotional.Id, new DateOnly(2026, 11, 23)); // R27: it may not go live before
        var threadA = await host.IngestAsync("Is there a savings card for Cardiozen?", externalId: "1850000000000000001");
        await MlrFlow.SendAsync(host, threadA.CaseNumber, promotional.Id);
        var threadB = await host.IngestAsync("Any coupon for Cardiozen?", channel: "facebook-cardiozen-us", externalId: "cz_page_post_2");
        await MlrFlow.SendAsync(host, threadB.CaseNumber, promotional.Id);
        host.AdvanceTime(TimeSpan.FromHours(1));
        await host.IngestAsync("Thanks, and for my mother too?", externalId: "1850000000000000009", threadId: "1850000000000000001");
        await MlrFlow.SendAsync(host, threadA.CaseNumber, promotional.Id);
        var praise = await host.IngestAsync("Thank you Cardiozen, my readings are finally normal", externalId: "1850000000000000003");
        await SendPraiseAsync(host, praise.CaseNumber);
        host.AdvanceTime(TimeSpan.FromDays(8)); // 1 December: outside the month
        var december = await host.IngestAsync("Savings card for Cardiozen please", externalId: "1850000000000000004");
        await MlrFlow.SendAsync(host, december.CaseNumber, promotional.Id);

        var package = await host.RunAsync((GetFda2253PackageHandler handler, CancellationToken ct) => handler.HandleAsync(November, ct));

        package.Threads.Where(thread => thread.Promotional).Select(thread => thread.Url)
            .ShouldBe(["https://x.com/i/web/status/1850000000000000001", "https://www.facebook.com/cz_page_post_2"]);
        package.Threads.Single(thread => thread.Url.EndsWith("0001", StringComparison.Ordinal)).Replies.ShouldBe(2);
        package.Threads.ShouldNotContain(thread => thread.Url.EndsWith("0004", StringComparison.Ordinal));
        var communication = package.Communications.Single(item => item.JobCode == "CZ-US-0300");
        communication.Text.ShouldBe("Thanks Jamie, the Cardiozen (zenolapril) savings card: https://cardiozen.example/savings.");
        communication.FirstUsedAt.ShouldBe(ApplicationTestHost.Start);
        communication.TimesUsedInMonth.ShouldBe(3);
        communication.FirstUsedThisMonth.ShouldBeTrue();
        package.Sites.Select(site => site.ChannelKey).ShouldBe(["facebook-cardiozen-us", "instagram-cardiozen-us", "x-cardiozen-us", "youtube-cardiozen"]);
    }

    [Fact]
    public async Task R27_package_csv_lists_sites_threads_and_communications_with_exact_text_and_job_code()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var praise = await host.IngestAsync("Thank you Cardiozen, my readings are finally normal", externalId: "1850000000000000003");
        await SendPraiseAsync(host, praise.CaseNumber);

        var csv = Fda2253Formats.ToCsv(await host.RunAsync((GetFda2253PackageHandler handler, CancellationToken ct) => handler.HandleAsync(November, ct)));

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe(string.Join(',', Fda2253Formats.Columns));
        lines.ShouldContain("thread,Cardiozen,2026-11,x-cardiozen-us,https://x.com/i/web/status/1850000000000000003,,service,,2026-11-23T14:00:00Z,1,CZ-US-0170");
        lines.Count(line => line.StartsWith("communication,Cardiozen,2026-11,,CZ-US-0170,", StringComparison.Ordinal)).ShouldBe(1);
        csv.ShouldContain("Thank you for sharing, Jamie! We're glad to hear it.");
    }

    private static async Task SendPraiseAsync(ApplicationTestHost host, int caseNumber)
    {
        host.SignInAs("alice", UserRole.Agent);
        var templateId = await host.QueryAsync((db, ct) => db.Templates.Where(template => template.JobCode == "CZ-US-0170").Select(template => template.Id).SingleAsync(ct));
        await host.RunAsync((SendTemplateReplyHandler handler, CancellationToken ct) => handler.HandleAsync(
            new SendTemplateReplyCommand(caseNumber, templateId, new Dictionary<string, string> { ["first_name"] = "Jamie" }, false), ct));
    }
}

using CareDesk.Application.Common;
using CareDesk.Application.Demo;
using CareDesk.Application.Templates;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Common;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Templates.Rules;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using static CareDesk.Application.Tests.Templates.MlrFlow;

namespace CareDesk.Application.Tests.Templates;

/// <summary>R49 as its acceptance test reads: a UK template approved 2025-01-01, its 30-day notice, expiry and re-certification.</summary>
public sealed class MlrExpiryTests
{
    private static readonly TemplateContentInput UkFrom20250101 = Input(jobCode: "RS-UK-0049", markets: ["UK"]) with
    {
        DateOfPreparation = new DateOnly(2024, 12, 15),
        EffectiveFrom = new DateOnly(2025, 1, 1),
    };

    [Fact]
    public async Task R49_a_UK_template_without_an_expiry_defaults_to_24_months_and_a_later_date_is_refused()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var draft = await DraftAsync(host, UkFrom20250101);
        var later = await Should.ThrowAsync<BusinessRuleViolationException>(() => DraftAsync(host, UkFrom20250101 with { JobCode = "RS-UK-0050", ExpiresOn = new DateOnly(2027, 1, 2) }));

        draft.ExpiresOn.ShouldBe(new DateOnly(2027, 1, 1));
        later.RuleName.ShouldBe(nameof(TemplateDatesMustBeConsistentRule));
    }

    [Fact]
    public async Task R49_the_owner_gets_the_30_day_expiry_notice_once_and_each_configured_lead_time_at_most_once()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = await ApprovedAsync(host, UkFrom20250101);

        host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero));
        var first = await NotifyAsync(host);
        var again = await NotifyAsync(host);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 25, 1, 0, 0, TimeSpan.Zero));
        var week = await NotifyAsync(host);

        (first, again, week).ShouldBe((1, 0, 1));
        var notices = await host.QueryAsync((db, ct) => db.TemplateExpiryNotices.Where(notice => notice.TemplateId == template.Id).ToListAsync(ct));
        notices.Select(notice => notice.LeadDays).Order().ShouldBe([7, 30]);
        var thirty = notices.Single(notice => notice.LeadDays == 30);
        thirty.Owner.ShouldBe("sam");
        thirty.Message.ShouldStartWith("30-day expiry: RS-UK-0049 v1");
    }

    [Fact]
    public async Task R49_recertifying_without_a_content_change_keeps_the_version_moves_expiry_24_months_and_signs_re_certified()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = await ApprovedAsync(host, UkFrom20250101);
        var hash = (await ReviewAsync(host, template.Id)).ContentHash;

        host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 20, 10, 0, 0, TimeSpan.Zero));
        host.SignInAs("mira", UserRole.Reviewer);
        var wrongPassword = await Should.ThrowAsync<ValidationFailedException>(() => RecertifyAsync(host, template.Id, "wrong"));
        var signature = await RecertifyAsync(host, template.Id, DemoCatalog.DemoPassword);

        wrongPassword.Errors.Keys.ShouldContain("password");
        var review = await ReviewAsync(host, template.Id);
        review.Template.Version.ShouldBe(1);
        review.Template.Status.ShouldBe(TemplateStatus.Approved);
        review.Template.ExpiresOn.ShouldBe(new DateOnly(2028, 12, 20));
        review.ContentHash.ShouldBe(hash);
        signature.MeaningText.ShouldBe("Re-certified");
        review.Signatures.ShouldAllBe(item => item.Valid);
        (await host.QueryAsync((db, ct) => db.Templates.CountAsync(item => item.FamilyId == template.FamilyId, ct))).ShouldBe(1);

        host.Time.SetUtcNow(new DateTimeOffset(2027, 1, 2, 1, 0, 0, TimeSpan.Zero));
        (await host.RunAsync((ExpireTemplatesHandler handler, CancellationToken ct) => handler.HandleAsync(ct))).ShouldBe(0);
    }

    [Fact]
    public async Task R49_without_recertification_the_template_expires_after_2027_01_01_and_leaves_the_picker()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = await ApprovedAsync(host, UkFrom20250101);
        var post = await host.IngestAsync("Where can I find the savings card?", channel: "email-medinfo-uk");
        (await PickerAsync(host, post.CaseNumber)).ShouldContain(item => item.Id == template.Id);

        host.Time.SetUtcNow(new DateTimeOffset(2027, 1, 2, 1, 0, 0, TimeSpan.Zero));
        (await host.RunAsync((ExpireTemplatesHandler handler, CancellationToken ct) => handler.HandleAsync(ct))).ShouldBe(1);

        (await ReviewAsync(host, template.Id)).Template.Status.ShouldBe(TemplateStatus.Expired);
        (await PickerAsync(host, post.CaseNumber)).ShouldNotContain(item => item.Id == template.Id);
        (await Should.ThrowAsync<BusinessRuleViolationException>(() => SendAsync(host, post.CaseNumber, template.Id))).Rule.ShouldBeAssignableTo<IGoneRule>();
    }

    private static Task<int> NotifyAsync(ApplicationTestHost host) =>
        host.RunAsync((NotifyExpiringTemplatesHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

    private static Task<SignatureDto> RecertifyAsync(ApplicationTestHost host, Guid id, string password) =>
        host.RunAsync((RecertifyTemplateHandler handler, CancellationToken ct) => handler.HandleAsync(new RecertifyTemplateCommand(id, ReviewerRole.Medical, password, "mira"), ct));
}

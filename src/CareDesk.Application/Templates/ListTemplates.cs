using CareDesk.Application.Abstractions;
using CareDesk.Domain.Replies.Rules;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Templates.Rules;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Templates;

public sealed record ListTemplatesQuery(int? ForCaseNumber = null);

/// <summary>
/// Templates an agent may use: approved and unexpired; for a case, only those in date and approved for its channel
/// and market (R24, R25), labels first, and for a public off-label question only the redirect-to-Medical-Information
/// family (R21); HCP-only templates only for an author staff verified as an HCP (R25).
/// </summary>
public sealed class ListTemplatesHandler(IAppDbContext db, TimeProvider time, Policy.ResponsePolicy policy)
{
    public async Task<IReadOnlyList<TemplateDto>> HandleAsync(ListTemplatesQuery query, CancellationToken cancellationToken)
    {
        var templates = await db.Templates.AsNoTracking().Where(template => template.Status == TemplateStatus.Approved)
            .OrderBy(template => template.Name).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (query.ForCaseNumber is not { } number)
        {
            return templates.Where(template => template.ValidUntil >= today).Select(TemplateDto.Of).ToList();
        }

        var subject = await db.Cases.AsNoTracking().SingleOrDefaultAsync(item => item.Number == number, cancellationToken)
            ?? throw new Common.NotFoundException("Case", number);
        var channel = await db.Channels.SingleAsync(item => item.Id == subject.ChannelId, cancellationToken);
        var marketToday = (await db.Calendars.SingleAsync(calendar => calendar.Code == channel.CalendarCode, cancellationToken)).LocalDateOf(time.GetUtcNow());
        var askedInPublic = await db.Posts.Where(post => post.CaseId == subject.Id).OrderByDescending(post => post.ReceivedAt)
            .Select(post => post.IsPublic).FirstOrDefaultAsync(cancellationToken);
        var author = await Contacts.AuthorStanding.OfCaseAsync(db, subject.Id, cancellationToken);
        // The engagement policy (ADR-023): nothing outside the brand's scope, and only what the approved response matrix allows.
        var outOfScope = await policy.ScopeRefusalAsync(channel, subject.Labels, cancellationToken) is not null;
        var decision = await policy.DecideAsync(channel, subject.Labels, cancellationToken);
        return templates.Where(template => template.IsUsableOn(marketToday, channel.Kind, channel.Market))
            .Where(template => !new HcpTemplateNeedsVerifiedHcpRule(template, author.VerifiedHcp).IsBroken())
            .Where(template => !outOfScope && (decision is null || decision.AllowsTemplate(template.JobCode)))
            .Where(template => !new OffLabelQuestionGetsOnlyRedirectTemplatesRule(subject.Labels, askedInPublic, template).IsBroken())
            .OrderByDescending(template => template.Labels.Intersect(subject.Labels).Any())
            .ThenBy(template => template.Name)
            .Select(TemplateDto.Of).ToList();
    }
}

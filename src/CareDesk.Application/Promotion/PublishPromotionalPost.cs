using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Application.Reporting.Fda2253;
using CareDesk.Application.Templates;
using CareDesk.Domain.Common;
using CareDesk.Domain.Promotion;
using CareDesk.Domain.Templates.Rules;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Promotion;

/// <param name="ExternalId">The network's id of the post as the publishing tool reported it; otherwise CareDesk's own id stands in.</param>
public sealed record PublishPromotionalPostCommand(Guid PostId, string? ExternalId = null);

/// <summary>
/// Sends a scheduled proactive post. Every check runs again at send time on the channel's live limit (R22, R23); a
/// "2253 required" version without a submitted date stays blocked, and the first dissemination time is recorded (R27).
/// The post's thread URL then appears on the monthly interactive URL listing. Not yet: the outbox carries replies and
/// surveys only, so the checked text is released to the publishing tool, which reports the network's post id (ADR-026).
/// </summary>
public sealed class PublishPromotionalPostHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<PromotionalPostDto> HandleAsync(PublishPromotionalPostCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("publish proactive posts");
        new Validation().MaxLength("externalId", command.ExternalId, PromotionalPost.MaxExternalIdLength).ThrowIfInvalid();
        var post = await db.PromotionalPosts.SingleOrDefaultAsync(item => item.Id == command.PostId, cancellationToken)
            ?? throw new NotFoundException("Promotional post", command.PostId);
        var channel = await db.Channels.AsNoTracking().SingleAsync(item => item.Id == post.ChannelId, cancellationToken);
        var now = time.GetUtcNow();
        foreach (var part in post.Parts)
        {
            var template = await db.LoadTemplateAsync(part.TemplateId, cancellationToken);
            BusinessRules.Check(new TemplateMustNotBeRetiredRule(template));
            BusinessRules.Check(new TemplateMustBeUsableRule(template, time.Today()));
            BusinessRules.Check(new TemplateMustBeApprovedForChannelRule(template, channel.Kind, channel.Market));
            await PromotionalChecks.RequireSendableAsync(db, template, part.Text, channel, publicOrProactive: true, cancellationToken);
            template.RecordDissemination(now);
        }

        var externalId = string.IsNullOrWhiteSpace(command.ExternalId) ? post.Id.ToString("N") : command.ExternalId.Trim();
        post.MarkPublished(externalId, ThreadLinks.For(channel.Kind, channel.Key, externalId), actor.UserName, now);
        var dto = PromotionalPostDto.Of(post, channel.Key);
        audit.Record("promotional_post.published", nameof(PromotionalPost), post.Id, null, dto);
        await db.SaveChangesAsync(cancellationToken);
        return dto;
    }
}

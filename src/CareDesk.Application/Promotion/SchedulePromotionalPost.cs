using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Application.Templates;
using CareDesk.Domain.Common;
using CareDesk.Domain.Promotion;
using CareDesk.Domain.Promotion.Rules;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Promotion;

/// <summary>One post of the proactive post: an approved template and the values of its declared variables.</summary>
public sealed record PromotionalPostPartInput(Guid? TemplateId, IReadOnlyDictionary<string, string>? Variables);

/// <summary>Several parts make a thread; <paramref name="ScheduledFor"/> defaults to now.</summary>
public sealed record SchedulePromotionalPostCommand(string? ChannelKey, IReadOnlyList<PromotionalPostPartInput>? Parts, DateTimeOffset? ScheduledFor = null);

/// <summary>
/// The scheduler for company-initiated posts. It refuses SIUU content outright (R22), a promotional thread (R23: benefit
/// and risk in the same post), and a promotional post that fails (a)-(e) on the channel's live character limit (R23);
/// each part must be an approved template for the channel's market (R24, R25).
/// </summary>
public sealed class SchedulePromotionalPostHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public const int MaxParts = 10;

    public async Task<PromotionalPostDto> HandleAsync(SchedulePromotionalPostCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("schedule proactive posts");
        var validation = new Validation().Required("channelKey", command.ChannelKey);
        if (command.Parts is not { Count: > 0 and <= MaxParts } || command.Parts.Any(part => part.TemplateId is null))
        {
            validation.Add("parts", $"Give 1 to {MaxParts} parts, each with a templateId.");
        }

        validation.ThrowIfInvalid();
        var channel = await db.Channels.AsNoTracking().SingleOrDefaultAsync(item => item.Key == command.ChannelKey, cancellationToken)
            ?? throw ValidationFailedException.For("channelKey", $"No channel '{command.ChannelKey}'.");
        var templates = new List<Domain.Templates.ResponseTemplate>();
        foreach (var part in command.Parts!)
        {
            templates.Add(await db.LoadTemplateAsync(part.TemplateId!.Value, cancellationToken));
        }

        foreach (var template in templates)
        {
            BusinessRules.Check(new SiuuContentMustNotBePublicRule(template, publicOrProactive: true));
        }

        BusinessRules.Check(new PromotionalPostMustNotBeSplitAcrossThreadRule(templates));
        var now = time.GetUtcNow();
        var parts = new List<PromotionalPostPart>();
        foreach (var (template, input) in templates.Zip(command.Parts!))
        {
            var text = template.Render(input.Variables ?? new Dictionary<string, string>(), time.Today(), channel.Kind, channel.Market);
            await PromotionalChecks.RequireSendableAsync(db, template, text, channel, publicOrProactive: true, cancellationToken);
            parts.Add(new PromotionalPostPart(template.Id, template.Version, template.JobCode, template.MaterialId, text));
        }

        var post = PromotionalPost.Schedule(channel.BrandId, channel.Id, parts, command.ScheduledFor ?? now, actor.UserName, now);
        db.PromotionalPosts.Add(post);
        var dto = PromotionalPostDto.Of(post, channel.Key);
        audit.Record("promotional_post.scheduled", nameof(PromotionalPost), post.Id, null, dto);
        await db.SaveChangesAsync(cancellationToken);
        return dto;
    }
}

using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Roi;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Roi;

/// <summary>A case number (one code for that conversation, with the template it goes out with if given), or a template id alone (a batch of <paramref name="Count"/> codes for that template).</summary>
public sealed record IssueRedemptionCodeCommand(int? CaseNumber, Guid? TemplateId, string? Campaign, string? Channel = null, int Count = 1);

public sealed record RedemptionCodeDto(Guid Id, string Code, string Campaign, int? CaseNumber, Guid? TemplateId, int? TemplateVersion, string IssuedBy, DateTimeOffset IssuedAt)
{
    public static RedemptionCodeDto Of(RedemptionCode code) =>
        new(code.Id, code.Code, code.Campaign, code.CaseNumber, code.TemplateId, code.TemplateVersion, code.IssuedBy, code.IssuedAt);
}

/// <summary>
/// Issues single-use redemption codes. A conversation code is credited to the issuing agent, the case's channel and
/// (when given) the template it is sent with; a template batch, made by a supervisor, to that template and channel.
/// </summary>
public sealed class IssueRedemptionCodeHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public const int MaxBatch = 500;

    public async Task<IReadOnlyList<RedemptionCodeDto>> HandleAsync(IssueRedemptionCodeCommand command, CancellationToken cancellationToken)
    {
        var validation = new Validation().Required("campaign", command.Campaign);
        if (command.CaseNumber is null && command.TemplateId is null)
        {
            validation.Add("caseNumber", "Give a case number (one code for a conversation, optionally with the template it goes out with) or a template id alone (codes for a template).");
        }

        if (command.Count is < 1 or > MaxBatch || (command.CaseNumber is not null && command.Count != 1))
        {
            validation.Add("count", $"A conversation gets one code at a time; a template batch 1-{MaxBatch}.");
        }

        validation.ThrowIfInvalid();
        var now = time.GetUtcNow();
        var codes = command.CaseNumber is { } number
            ? [await ForConversationAsync(number, command, now, cancellationToken)]
            : await ForTemplateAsync(command, now, cancellationToken);
        foreach (var code in codes)
        {
            db.RedemptionCodes.Add(code);
            audit.Record("roi.code_issued", nameof(RedemptionCode), code.Id, null, RedemptionCodeDto.Of(code));
        }

        await db.SaveChangesAsync(cancellationToken);
        return codes.Select(RedemptionCodeDto.Of).ToList();
    }

    private async Task<RedemptionCode> ForConversationAsync(int number, IssueRedemptionCodeCommand command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subject = await db.Cases.SingleOrDefaultAsync(item => item.Number == number, cancellationToken) ?? throw new NotFoundException("Case", number);
        var channel = await db.Channels.SingleAsync(item => item.Id == subject.ChannelId, cancellationToken);
        var template = await db.LoadTemplateReferenceAsync(command.TemplateId, channel.BrandId, cancellationToken);
        var code = await FreeCodeAsync(cancellationToken);
        return RedemptionCode.ForConversation(code, channel.BrandId, subject.Id, subject.Number, channel.Id, template, command.Campaign!, actor.UserName, now);
    }

    private async Task<List<RedemptionCode>> ForTemplateAsync(IssueRedemptionCodeCommand command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("issue redemption codes for a template");
        var template = await db.Templates.SingleOrDefaultAsync(item => item.Id == command.TemplateId, cancellationToken) ?? throw new NotFoundException("Template", command.TemplateId!);
        var channel = string.IsNullOrWhiteSpace(command.Channel) ? null
            : await db.Channels.SingleOrDefaultAsync(item => item.Key == command.Channel.Trim().ToLowerInvariant(), cancellationToken)
              ?? throw ValidationFailedException.For("channel", $"No channel '{command.Channel}'.");
        var brandId = template.BrandId ?? channel?.BrandId ?? throw ValidationFailedException.For("channel", "This template has no brand; name the channel the codes are for.");
        var reference = await db.LoadTemplateReferenceAsync(template.Id, brandId, cancellationToken);
        var codes = new List<RedemptionCode>();
        for (var i = 0; i < command.Count; i++)
        {
            var code = await FreeCodeAsync(cancellationToken);
            codes.Add(RedemptionCode.ForTemplate(code, brandId, reference!, channel?.Id, command.Campaign!, actor.UserName, now));
        }

        return codes;
    }

    private Task<string> FreeCodeAsync(CancellationToken cancellationToken) =>
        RoiLookup.FreeCodeAsync(CouponCode.NewCode, candidate => db.RedemptionCodes.AnyAsync(code => code.Code == candidate, cancellationToken));
}

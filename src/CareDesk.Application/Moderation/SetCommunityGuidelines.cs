using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Moderation;

public sealed record SetCommunityGuidelinesCommand(string Brand, string? Text, string? Explanation, bool ProfanityFilter, IReadOnlyList<string>? ProfanityTerms,
    bool SpamFilter, IReadOnlyList<string>? SpamTerms);

/// <summary>Supervisors publish a brand's community guidelines, the explanation hidden comments get, and its filters; each change is a new version.</summary>
public sealed class SetCommunityGuidelinesHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<CommunityGuidelinesDto> HandleAsync(SetCommunityGuidelinesCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("change community guidelines");
        new Validation().Required("text", command.Text).MaxLength("text", command.Text, CommunityGuidelines.MaxTextLength)
            .MaxLength("explanation", command.Explanation, CommunityGuidelines.MaxExplanationLength).ThrowIfInvalid();
        var name = command.Brand.Trim();
        var brand = await db.Brands.SingleOrDefaultAsync(found => found.Name == name, cancellationToken) ?? throw new NotFoundException("Brand", name);
        var guidelines = await db.CommunityGuidelines.SingleOrDefaultAsync(found => found.BrandId == brand.Id, cancellationToken);
        if (guidelines is null)
        {
            guidelines = CommunityGuidelines.For(brand.Id);
            db.CommunityGuidelines.Add(guidelines);
        }

        guidelines.Change(command.Text!, command.Explanation ?? string.Empty, command.ProfanityFilter, command.ProfanityTerms ?? [], command.SpamFilter,
            command.SpamTerms ?? [], actor.UserName, time.GetUtcNow());
        var dto = ModerationSettingsMapping.Of(guidelines, brand.Name);
        audit.Record("moderation.guidelines_changed", "Brand", brand.Id, null, dto);
        await db.SaveChangesAsync(cancellationToken);
        return dto;
    }
}

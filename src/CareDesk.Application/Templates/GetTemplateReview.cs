using CareDesk.Application.Abstractions;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Templates;

public sealed record TemplateReviewDto(TemplateDto Template, string ContentHash, IReadOnlyList<ChannelPreviewDto> Previews, IReadOnlyList<SignatureDto> Signatures,
    IReadOnlyList<string>? UkCertifiers = null);

public sealed record ChannelPreviewDto(ChannelKind Channel, string Text, int Characters, int Limit, bool OverLimit, string VisiblePart);

/// <summary>
/// What a reviewer looks at before signing: the reply rendered per allowed channel with its length against the
/// network's limit (R52), and every signature on the version, re-verified against the current content hash (R32).
/// </summary>
public sealed class GetTemplateReviewHandler(IAppDbContext db, TimeProvider time)
{
    public async Task<TemplateReviewDto> HandleAsync(Guid templateId, CancellationToken cancellationToken)
    {
        var template = await db.Templates.AsNoTracking().SingleOrDefaultAsync(item => item.Id == templateId, cancellationToken)
            ?? throw new Common.NotFoundException("Template", templateId);
        var hash = template.ContentHash();
        var signatures = await db.Signatures.AsNoTracking().Where(signature => signature.RecordId == templateId).ToListAsync(cancellationToken);
        var previews = ChannelPreview.For(template)
            .Select(preview => new ChannelPreviewDto(preview.Channel, preview.Text, preview.Characters, preview.Limit, preview.OverLimit, preview.VisiblePart))
            .ToList();
        // The certifier picker for UK material lists only nominated signatories, never the author (R47).
        var certifiers = template.RequiredReviewRoles.Contains(Domain.Users.ReviewerRole.UkCertifier)
            ? await db.Users.AsNoTracking().Where(user => user.UkNominatedSignatory && user.Active && user.UserName != template.Author)
                .OrderBy(user => user.UserName).Select(user => user.UserName).ToListAsync(cancellationToken)
            : null;
        return new TemplateReviewDto(TemplateDto.Of(template, time.Today()), hash, previews,
            signatures.OrderBy(signature => signature.SignedAt)
                .Select(signature => SignatureDto.Of(signature, signature.IsValidFor(nameof(ResponseTemplate), template.Id, hash))).ToList(), certifiers);
    }
}

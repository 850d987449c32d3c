using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Policy;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Policy;

public sealed record GetEngagementPolicyQuery(string? Brand);

public sealed record EngagementScopeDto(
    string Brand, IReadOnlyList<string> EnabledChannelKeys, IReadOnlyList<string> ListeningSources, bool PilotMode, IReadOnlyList<string> PilotChannelKeys,
    IReadOnlyList<TriageLabel> PilotLabels, string? ChangedBy, DateTimeOffset? ChangedAt)
{
    public static EngagementScopeDto Of(string brand, EngagementScope scope) => new(brand, [.. scope.EnabledChannelKeys], [.. scope.EnabledListeningSources],
        scope.PilotMode, [.. scope.PilotChannelKeys], [.. scope.PilotLabels], scope.ChangedBy, scope.ChangedAt);
}

public sealed record ResponseMatrixRowDto(TriageLabel Label, Domain.Channels.ChannelKind ChannelKind, ResponseAction Action, IReadOnlyList<string> TemplateJobCodes, string? Reason);

public sealed record ResponseMatrixDto(
    Guid Id, string Market, int Version, ResponseMatrixStatus Status, string ContentHash, string CreatedBy, DateTimeOffset CreatedAt, string? ApprovedBy,
    DateTimeOffset? ApprovedAt, IReadOnlyList<ResponseMatrixRowDto> Rows);

public sealed record EngagementPolicyChannelDto(string Key, string Name, Domain.Channels.ChannelKind Kind, string Market);

public sealed record EngagementPolicyDto(
    string Brand, IReadOnlyList<string> Brands, EngagementScopeDto Scope, IReadOnlyList<EngagementPolicyChannelDto> Channels, IReadOnlyList<ResponseMatrixDto> Matrices,
    IReadOnlyList<string> TemplateJobCodes);

/// <summary>Everything the policy editor shows for one brand: scope (all channels enabled and full scope when never set), matrix versions, templates.</summary>
public sealed class GetEngagementPolicyHandler(IAppDbContext db, ICurrentActor actor)
{
    public async Task<EngagementPolicyDto> HandleAsync(GetEngagementPolicyQuery query, CancellationToken cancellationToken)
    {
        if (actor.Role is Domain.Users.UserRole.Agent or Domain.Users.UserRole.Marketing or Domain.Users.UserRole.Viewer)
        {
            throw new ForbiddenException("Only supervisors, admins and MLR reviewers can see the engagement policy editor.");
        }

        var brands = await db.Brands.AsNoTracking().OrderBy(brand => brand.Name).Select(brand => brand.Name).ToListAsync(cancellationToken);
        var name = string.IsNullOrWhiteSpace(query.Brand) ? brands.FirstOrDefault() ?? throw new NotFoundException("Brand", "any") : query.Brand;
        var brand = await PolicyLookup.BrandAsync(db, name, cancellationToken);
        var channels = await db.Channels.AsNoTracking().Where(channel => channel.BrandId == brand.Id).OrderBy(channel => channel.Key)
            .Select(channel => new EngagementPolicyChannelDto(channel.Key, channel.Name, channel.Kind, channel.Market)).ToListAsync(cancellationToken);
        var scope = await db.EngagementScopes.AsNoTracking().SingleOrDefaultAsync(item => item.BrandId == brand.Id, cancellationToken);
        var matrices = await db.ResponseMatrices.AsNoTracking().Where(item => item.BrandId == brand.Id).ToListAsync(cancellationToken);
        var templates = await db.Templates.AsNoTracking().Select(template => template.JobCode).Distinct().OrderBy(code => code).ToListAsync(cancellationToken);
        return new EngagementPolicyDto(brand.Name, brands,
            scope is null ? new EngagementScopeDto(brand.Name, channels.Select(channel => channel.Key).ToList(), [], false, [], [], null, null) : EngagementScopeDto.Of(brand.Name, scope),
            channels,
            matrices.OrderBy(item => item.Market).ThenByDescending(item => item.Version).Select(item => new ResponseMatrixDto(item.Id, item.Market, item.Version, item.Status,
                item.ContentHash, item.CreatedBy, item.CreatedAt, item.ApprovedBy, item.ApprovedAt,
                item.Entries.Select(entry => new ResponseMatrixRowDto(entry.Label, entry.ChannelKind, entry.Action, entry.TemplateJobCodes, entry.Reason)).ToList())).ToList(),
            templates);
    }
}

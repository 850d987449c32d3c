using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Listening;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Listening;

/// <param name="Id">Null creates a query; an id changes that query (a new version when anything changed).</param>
/// <param name="Expression">Words, "phrases", AND, OR, NOT, parentheses, e.g. <c>(cardiozen OR #cardiozen) NOT giveaway</c>.</param>
public sealed record SaveListeningQueryCommand(Guid? Id, string? Brand, string? Name, string? Expression, IReadOnlyList<string>? BrandTerms, IReadOnlyList<string>? CompetitorTerms);

/// <summary>Creates or changes a brand's listening query; supervisors and admins only; every version is audited.</summary>
public sealed class SaveListeningQueryHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<ListeningQueryDto> HandleAsync(SaveListeningQueryCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("change listening queries");
        new Validation().Required("brand", command.Brand).Required("name", command.Name).MaxLength("name", command.Name, ListeningQuery.MaxNameLength)
            .Required("expression", command.Expression).ThrowIfInvalid();
        var brand = await db.Brands.SingleOrDefaultAsync(found => found.Name == command.Brand!.Trim(), cancellationToken)
            ?? throw ValidationFailedException.For("brand", $"Unknown brand '{command.Brand}'.");
        var name = command.Name!.Trim();
        if (await db.ListeningQueries.AnyAsync(found => found.BrandId == brand.Id && found.Name == name && found.Id != command.Id, cancellationToken))
        {
            throw ValidationFailedException.For("name", $"{brand.Name} already has a listening query named '{name}'.");
        }

        var now = time.GetUtcNow();
        ListeningQuery query;
        if (command.Id is { } id)
        {
            query = await db.ListeningQueries.SingleOrDefaultAsync(found => found.Id == id, cancellationToken) ?? throw new NotFoundException("Listening query", id);
            var before = ListeningQueryDto.Of(query, brand.Name);
            if (query.Change(name, command.Expression!, command.BrandTerms ?? [], command.CompetitorTerms ?? [], now))
            {
                audit.Record("listening.query_versioned", nameof(ListeningQuery), query.Id, before, ListeningQueryDto.Of(query, brand.Name));
            }
        }
        else
        {
            query = ListeningQuery.Create(brand.Id, name, command.Expression!, command.BrandTerms ?? [], command.CompetitorTerms ?? [], now);
            db.ListeningQueries.Add(query);
            audit.Record("listening.query_created", nameof(ListeningQuery), query.Id, null, ListeningQueryDto.Of(query, brand.Name));
        }

        await db.SaveChangesAsync(cancellationToken);
        return ListeningQueryDto.Of(query, brand.Name);
    }
}

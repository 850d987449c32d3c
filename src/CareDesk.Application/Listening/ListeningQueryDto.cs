using CareDesk.Domain.Listening;

namespace CareDesk.Application.Listening;

public sealed record ListeningQueryDto(Guid Id, string Brand, string Name, string Expression, IReadOnlyList<string> BrandTerms, IReadOnlyList<string> CompetitorTerms, int Version, DateTimeOffset UpdatedAt)
{
    public static ListeningQueryDto Of(ListeningQuery query, string brand) =>
        new(query.Id, brand, query.Name, query.Expression, query.BrandTerms, query.CompetitorTerms, query.Version, query.UpdatedAt);
}

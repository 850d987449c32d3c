using CareDesk.Application.Privacy;
using CareDesk.Persistence.Tests.Infrastructure;

namespace CareDesk.Persistence.Tests;

/// <summary>
/// A data-subject search (R42) ignores case on every provider. SQLite's LIKE ignores ASCII case by itself,
/// PostgreSQL's does not: this is the one query whose text comparison differed between the providers.
/// </summary>
public sealed class SubjectSearchTests(PostgresServer server)
{
    [Theory, ProviderData]
    public async Task FindSubjectData_WhenTheNameDiffersInCase_FindsTheAuthorsPosts(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);
        var post = await database.IngestAsync("Where can I find the savings card?");

        var found = await FindAsync(database, "PATIENT");

        found.Posts.ShouldHaveSingleItem().PostId.ShouldBe(post.PostId);
    }

    [Theory, ProviderData]
    public async Task FindSubjectData_WhenAHandleDiffersInCase_MatchesItWholeOnly(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);
        await database.IngestAsync("Where can I find the savings card?");

        (await FindAsync(database, "@Patient")).Posts.ShouldHaveSingleItem();
        (await FindAsync(database, "@Pat")).Posts.ShouldBeEmpty();
    }

    private static Task<SubjectDataDto> FindAsync(TestDatabase database, string subject) =>
        database.RunAsync((FindSubjectDataHandler handler, CancellationToken ct) => handler.HandleAsync(new FindSubjectDataQuery(subject), ct));
}

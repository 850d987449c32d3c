using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Application.Posts;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Triage;
using CareDesk.Domain.Triage;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Audit;

/// <summary>A use case's audit entries commit with its change or not at all.</summary>
public sealed class AuditTransactionTests
{
    [Fact]
    public async Task IngestPost_WhenValidationFails_WritesNoAuditEntry()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var before = await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(ct));

        await Should.ThrowAsync<ValidationFailedException>(() => host.RunAsync((IngestPostHandler handler, CancellationToken ct) =>
            handler.HandleAsync(ApplicationTestHost.NewPost("I got a rash", host.Time.GetUtcNow()) with { Author = " " }, ct)));

        (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(ct))).ShouldBe(before);
    }

    [Fact]
    public async Task CreateTriageRule_WhenTheSaveFailsAfterAuditing_WritesNeitherRuleNorAuditEntry()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("sam", UserRole.Supervisor);
        var before = await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(ct));

        // Rule names are unique in the database, so this one fails on SaveChanges, after its audit entry was added.
        await Should.ThrowAsync<DbUpdateException>(() => host.RunAsync((CreateTriageRuleHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new TriageRuleRequest("Praise", TriageLabel.Praise, Priority.Low, TriageMatchKind.AnyTerm, ["cheers"]), ct)));

        (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(ct))).ShouldBe(before);
        (await host.QueryAsync((db, ct) => db.TriageRules.CountAsync(ct))).ShouldBe(DefaultTriageRules.Definitions.Count);
        (await host.RunAsync((VerifyAuditChainHandler handler, CancellationToken ct) => handler.HandleAsync(ct))).Intact.ShouldBeTrue();
    }
}

using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Continuity;
using CareDesk.Application.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Application.Tests.Security;

public sealed class RestoreDrillTests
{
    [Fact]
    public async Task R38_restore_drill_restores_a_backup_into_an_isolated_database_and_1000_sampled_records_match()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.AddRecordsAsync(1000);
        var folder = Directory.CreateTempSubdirectory("caredesk-backup-tests-");
        try
        {
            var backup = await host.RunAsync((CreateBackupHandler handler, CancellationToken ct) => handler.HandleAsync(new CreateBackupCommand(folder.FullName), ct));
            await host.AddRecordsAsync(5);

            var drill = await host.RunAsync((RunRestoreDrillHandler handler, CancellationToken ct) =>
                handler.HandleAsync(new RunRestoreDrillCommand(backup.Path, SampleSize: 1000, Seed: 7), ct));

            backup.Records.ShouldBeGreaterThan(1000);
            drill.SampledRecords.ShouldBe(1000);
            drill.FileChecksumMatches.ShouldBeTrue();
            drill.IntegrityCheck.ShouldBe("ok");
            drill.Mismatches.ShouldBeEmpty();
            drill.Passed.ShouldBeTrue();
            drill.RestoredInto.ShouldNotBe(host.DatabasePath);
            File.Exists(drill.RestoredInto).ShouldBeFalse("the isolated copy is removed after the drill");
            RestoreDrillReport.ToText(drill, host.Time.GetUtcNow()).ShouldContain("Result:                PASSED");
            (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(entry => entry.Action == "backup.restore_drill_passed", ct))).ShouldBe(1);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task R38_restore_drill_fails_when_a_record_in_the_backup_was_altered()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.AddRecordsAsync(20);
        var folder = Directory.CreateTempSubdirectory("caredesk-backup-tests-");
        try
        {
            var backup = await host.RunAsync((CreateBackupHandler handler, CancellationToken ct) => handler.HandleAsync(new CreateBackupCommand(folder.FullName), ct));
            await using (var tamper = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backup.Path, Pooling = false }.ToString()))
            {
                await tamper.OpenAsync(TestContext.Current.CancellationToken);
                await using var command = tamper.CreateCommand();
                command.CommandText = "UPDATE Users SET DisplayName = 'Mallory' WHERE UserName = 'alice'";
                (await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
            }

            var drill = await host.RunAsync((RunRestoreDrillHandler handler, CancellationToken ct) =>
                handler.HandleAsync(new RunRestoreDrillCommand(backup.Path, SampleSize: 1_000_000, Seed: 7), ct));

            drill.Passed.ShouldBeFalse();
            drill.FileChecksumMatches.ShouldBeFalse();
            drill.Mismatches.ShouldHaveSingleItem().ShouldStartWith("Users rowid");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

internal static class BackupSteps
{
    /// <summary>Adds audit entries as ordinary records, quicker than a thousand ingested posts and just as much a record.</summary>
    public static Task AddRecordsAsync(this ApplicationTestHost host, int count) =>
        host.RunAsync(async (IServiceProvider services, CancellationToken ct) =>
        {
            var audit = services.GetRequiredService<AuditTrail>();
            for (var index = 0; index < count; index++)
            {
                audit.Record("test.record_added", "TestRecord", index, null, new { index });
            }

            await services.GetRequiredService<IAppDbContext>().SaveChangesAsync(ct);
        });
}

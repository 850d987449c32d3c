using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace CareDesk.Benchmarks.Harness;

/// <summary>
/// Sees committed posts appear: polls the SQLite file every few milliseconds for rows past the last rowid whose external
/// id contains a marker, and records when each was first seen (Stopwatch ticks) and in which commit order. CareDesk has
/// no push channel (no SignalR), so "visible" means a reader's query finds the row; the poll interval is part of every figure.
/// </summary>
public sealed class PostWatcher : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(5);

    private readonly string _databasePath;
    private readonly string _marker;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _lastRowId;

    public PostWatcher(string databasePath, string marker)
    {
        _databasePath = databasePath;
        _marker = marker;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>External id -> Stopwatch timestamp when first seen.</summary>
    public ConcurrentDictionary<string, long> FirstSeen { get; } = new(StringComparer.Ordinal);

    /// <summary>External ids in commit (rowid) order, one entry per stored row.</summary>
    public ConcurrentQueue<string> CommitOrder { get; } = new();

    public int Rows => CommitOrder.Count;

    public async Task<bool> WaitForAsync(Func<PostWatcher, bool> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (!condition(this))
        {
            if (waited.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(Interval, cancellationToken);
        }

        return true;
    }

    private async Task LoopAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(_stop.Token);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid, ExternalId FROM Posts WHERE rowid > $last AND instr(ExternalId, $marker) > 0 ORDER BY rowid";
        var last = command.Parameters.Add("$last", SqliteType.Integer);
        command.Parameters.AddWithValue("$marker", _marker);
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                last.Value = _lastRowId;
                await using var reader = await command.ExecuteReaderAsync(_stop.Token);
                var now = Stopwatch.GetTimestamp();
                while (await reader.ReadAsync(_stop.Token))
                {
                    _lastRowId = reader.GetInt64(0);
                    var externalId = reader.GetString(1);
                    FirstSeen.TryAdd(externalId, now);
                    CommitOrder.Enqueue(externalId);
                }
            }
            catch (SqliteException)
            {
                // Busy for a moment while a writer checkpoints; the next poll reads on from the same rowid.
            }

            try
            {
                await Task.Delay(Interval, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped mid-query.
        }

        _stop.Dispose();
    }
}

using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareDesk.Infrastructure.Telemetry;

/// <summary>
/// One span per database command, child of whatever span runs the use case (a web request, a bus message), so a trace
/// goes web -> bus -> worker -> database. The OpenTelemetry EF Core instrumentation does not restore from our package
/// mirror; this covers both providers with EF Core's own interception. Costs nothing when nobody listens.
/// </summary>
public sealed class DatabaseTracingInterceptor : DbCommandInterceptor
{
    public const string SourceName = "CareDesk.Database";

    private static readonly ActivitySource Source = new(SourceName);
    private static readonly ConditionalWeakTable<DbCommand, Activity> Running = [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Begin(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Begin(command, result));

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) => End(command, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(End(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) => Begin(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Begin(command, result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => End(command, result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(End(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) => Begin(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Begin(command, result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) => End(command, result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(End(command, result));

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Fail(command, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Fail(command, eventData.Exception);
        return Task.CompletedTask;
    }

    private static T Begin<T>(DbCommand command, T result)
    {
        var activity = Source.StartActivity("db " + Operation(command.CommandText), ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("db.system", command.Connection?.GetType().Name.Contains("Npgsql", StringComparison.Ordinal) == true ? "postgresql" : "sqlite");
            // The statement text holds no values (EF Core parameterises them), so it carries no personal data.
            activity.SetTag("db.query.text", command.CommandText);
            Running.AddOrUpdate(command, activity);
        }

        return result;
    }

    private static T End<T>(DbCommand command, T result)
    {
        if (Running.TryGetValue(command, out var activity))
        {
            Running.Remove(command);
            activity.Dispose();
        }

        return result;
    }

    private static void Fail(DbCommand command, Exception exception)
    {
        if (Running.TryGetValue(command, out var activity))
        {
            Running.Remove(command);
            activity.SetStatus(ActivityStatusCode.Error, exception.Message);
            activity.Dispose();
        }
    }

    private static string Operation(string sql)
    {
        var trimmed = sql.AsSpan().TrimStart();
        var end = trimmed.IndexOfAny(' ', '\n', '\r');
        return (end < 0 ? trimmed : trimmed[..end]).ToString().ToUpperInvariant();
    }
}

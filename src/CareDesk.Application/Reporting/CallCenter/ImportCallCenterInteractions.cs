using System.Globalization;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.CallCenter;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Reporting.CallCenter;

/// <summary>One interaction as the call-centre system sends it (JSON) or as one parsed CSV line; times are ISO 8601 with an offset.</summary>
public sealed record CallCenterInteractionInput(string? InteractionId, string? Brand, string? Team, string? Agent, string? StartedAt, string? AnsweredAt, string? EndedAt, string? Labels, int? Line = null);

public sealed record ImportLineError(int Line, string Field, string Message);

/// <summary>Imported: new rows stored; AlreadyImported: ids seen before, left as they were. When Errors is not empty nothing was stored.</summary>
public sealed record CallCenterImportResult(int Imported, int AlreadyImported, IReadOnlyList<ImportLineError> Errors);

/// <summary>
/// Imports call-centre interactions all or nothing: every line is checked first and any bad line is reported by number
/// with its field, and then nothing is stored; importing the same interaction id again is a no-op (idempotent).
/// </summary>
public sealed class ImportCallCenterInteractionsHandler(IAppDbContext db, AuditTrail audit, TimeProvider time)
{
    public const int MaxLines = 50_000;

    public async Task<CallCenterImportResult> HandleAsync(IReadOnlyList<CallCenterInteractionInput> lines, CancellationToken cancellationToken)
    {
        var brands = (await db.Brands.AsNoTracking().Select(brand => brand.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var errors = new List<ImportLineError>();
        if (lines.Count > MaxLines)
        {
            return new CallCenterImportResult(0, 0, [new ImportLineError(0, "file", $"At most {MaxLines} interactions per import.")]);
        }

        var now = time.GetUtcNow();
        var parsed = new List<CallCenterInteraction>();
        for (var index = 0; index < lines.Count; index++)
        {
            var interaction = Parse(lines[index], lines[index].Line ?? index + 1, brands, now, errors);
            if (interaction is not null)
            {
                parsed.Add(interaction);
            }
        }

        foreach (var duplicate in parsed.GroupBy(item => item.InteractionId).Where(group => group.Count() > 1))
        {
            errors.Add(new ImportLineError(0, "interaction_id", $"'{duplicate.Key}' appears more than once in this import."));
        }

        if (errors.Count > 0)
        {
            return new CallCenterImportResult(0, 0, errors);
        }

        var ids = parsed.Select(item => item.InteractionId).ToList();
        var known = (await db.CallCenterInteractions.Where(item => ids.Contains(item.InteractionId)).Select(item => item.InteractionId).ToListAsync(cancellationToken)).ToHashSet();
        var fresh = parsed.Where(item => !known.Contains(item.InteractionId)).ToList();
        db.CallCenterInteractions.AddRange(fresh);
        if (fresh.Count > 0)
        {
            audit.Record("callcenter.imported", nameof(CallCenterInteraction), $"batch-{now.UtcDateTime:yyyyMMddHHmmss}", null,
                new { imported = fresh.Count, alreadyImported = known.Count, first = fresh[0].InteractionId, last = fresh[^1].InteractionId });
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CallCenterImportResult(fresh.Count, known.Count, []);
    }

    private static CallCenterInteraction? Parse(CallCenterInteractionInput input, int line, HashSet<string> brands, DateTimeOffset now, List<ImportLineError> errors)
    {
        var before = errors.Count;
        void Fail(string field, string message) => errors.Add(new ImportLineError(line, field, message));

        var id = input.InteractionId?.Trim();
        if (string.IsNullOrEmpty(id) || id.Length > CallCenterInteraction.MaxInteractionIdLength)
        {
            Fail("interaction_id", $"Required, at most {CallCenterInteraction.MaxInteractionIdLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(input.Brand) || !brands.Contains(input.Brand.Trim()))
        {
            Fail("brand", $"Unknown brand '{input.Brand}'.");
        }

        if (input.Team?.Trim().Length > CallCenterInteraction.MaxNameLength || input.Agent?.Trim().Length > CallCenterInteraction.MaxNameLength)
        {
            Fail(input.Team?.Trim().Length > CallCenterInteraction.MaxNameLength ? "team" : "agent", $"At most {CallCenterInteraction.MaxNameLength} characters.");
        }

        var started = Time(input.StartedAt, "started_at", required: true, Fail);
        var answered = Time(input.AnsweredAt, "answered_at", required: false, Fail);
        var ended = Time(input.EndedAt, "ended_at", required: false, Fail);
        if (started is { } start && (answered < start || ended < start))
        {
            Fail(answered < start ? "answered_at" : "ended_at", "Must not be before started_at.");
        }

        if (started > now)
        {
            Fail("started_at", "Must not be in the future.");
        }

        var labels = new List<TriageLabel>();
        foreach (var name in (input.Labels ?? string.Empty).Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (TriageLabelNames.TryParse(name, out var label))
            {
                labels.Add(label);
            }
            else
            {
                Fail("labels", $"Unknown label '{name}'. Known: {string.Join(", ", TriageLabelNames.All)}.");
            }
        }

        return errors.Count > before ? null : CallCenterInteraction.Import(id!, input.Brand!, input.Team, input.Agent, started!.Value, answered, ended, labels, now);
    }

    private static DateTimeOffset? Time(string? value, string field, bool required, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                fail(field, "Required.");
            }

            return null;
        }

        // An offset is required: a time without one would be read in the server's zone and shift the metrics.
        if (DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && HasOffset(value))
        {
            return parsed.ToUniversalTime();
        }

        fail(field, $"'{value}' is not an ISO 8601 time with an offset (e.g. 2026-11-23T14:05:00Z).");
        return null;
    }

    private static bool HasOffset(string value)
    {
        var text = value.Trim();
        return text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && (text[^6] is '+' or '-') && text[^3] == ':');
    }
}

using System.Globalization;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using Microsoft.VisualBasic.FileIO;

namespace CareDesk.Application.Roi;

public sealed record ImportRedemptionsCommand(string? Csv);

public sealed record RedemptionLineOutcome(int Line, RedemptionOutcome Outcome);

public sealed record ImportRedemptionsResult(int Lines, int Recorded, int AlreadyRecorded, int Rejected, IReadOnlyList<RedemptionLineOutcome> Outcomes);

/// <summary>
/// Imports a partner's redemption file (format in docs/roi.md): every line is answered on its own (recorded, already
/// recorded, unknown code, duplicate code, invalid) and a bad line never stops the others. Columns beyond the five
/// named ones are ignored and never stored, so a file that carries a customer's name leaves no trace of it.
/// </summary>
public sealed class ImportRedemptionsHandler(RedemptionLedger ledger, IAppDbContext db, ICurrentActor actor)
{
    public static readonly string[] Columns = ["redemption_id", "code", "redeemed_at", "value", "currency"];

    public async Task<ImportRedemptionsResult> HandleAsync(ImportRedemptionsCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("import redemptions");
        new Validation().Required("csv", command.Csv).ThrowIfInvalid();
        using var parser = new TextFieldParser(new StringReader(command.Csv!)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()?.Select(name => name.Trim().ToLowerInvariant()).ToList() ?? [];
        var missing = Columns.Where(column => !header.Contains(column)).ToList();
        if (missing.Count > 0)
        {
            throw ValidationFailedException.For("csv", $"The first line must name the columns {string.Join(", ", Columns)}; missing: {string.Join(", ", missing)}.");
        }

        var outcomes = new List<RedemptionLineOutcome>();
        while (!parser.EndOfData)
        {
            var line = (int)parser.LineNumber;
            outcomes.Add(new RedemptionLineOutcome(line, await ReadLineAsync(parser, header, cancellationToken)));
        }

        await db.SaveChangesAsync(cancellationToken);
        int Count(string status) => outcomes.Count(outcome => outcome.Outcome.Status == status);
        var recorded = Count(RedemptionStatus.Recorded);
        var repeated = Count(RedemptionStatus.AlreadyRecorded);
        return new ImportRedemptionsResult(outcomes.Count, recorded, repeated, outcomes.Count - recorded - repeated, outcomes);
    }

    private async Task<RedemptionOutcome> ReadLineAsync(TextFieldParser parser, List<string> header, CancellationToken cancellationToken)
    {
        string[] fields;
        try
        {
            fields = parser.ReadFields() ?? [];
        }
        catch (MalformedLineException malformed)
        {
            return new RedemptionOutcome(RedemptionStatus.Invalid, null, null, "csv", $"Unreadable CSV: {malformed.Message}", null);
        }

        string? Field(string column) => header.IndexOf(column) is var index && index < fields.Length ? fields[index] : null;
        var redeemedAt = Field("redeemed_at");
        var value = Field("value");
        if (!TryParseInstant(redeemedAt, out var at))
        {
            return new RedemptionOutcome(RedemptionStatus.Invalid, Field("redemption_id"), Field("code"), "redeemed_at", $"'{redeemedAt}' is not a time with a UTC offset, e.g. 2026-11-23T14:05:00Z.", null);
        }

        if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return new RedemptionOutcome(RedemptionStatus.Invalid, Field("redemption_id"), Field("code"), "value", $"'{value}' is not a number such as 25.00.", null);
        }

        return await ledger.RecordAsync(new RedemptionInput(Field("redemption_id"), Field("code"), at, amount, Field("currency")), "csv", cancellationToken);
    }

    /// <summary>ISO 8601 with an explicit offset or Z: a time without one would be read in the server's zone and land on the wrong day.</summary>
    private static bool TryParseInstant(string? text, out DateTimeOffset at)
    {
        at = default;
        return !string.IsNullOrWhiteSpace(text) && (text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > 10)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out at);
    }
}

using System.Globalization;
using CareDesk.Application.Cases;
using CareDesk.Domain.Triage;

namespace CareDesk.Cli.Cases;

/// <summary>The case queue as an aligned text table, one case per line, in the queue's order.</summary>
internal static class CaseTable
{
    public const int SummaryWidth = 60;

    private static readonly string[] Headers = ["Case", "Due (UTC)", "Priority", "Status", "Labels", "Channel", "Author", "Summary"];

    public static void Write(IReadOnlyList<CaseSummaryDto> cases, TextWriter output)
    {
        if (cases.Count == 0)
        {
            output.WriteLine("No cases.");
            return;
        }

        var rows = cases.Select(Row).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, column) => column == row.Length - 1 ? cell : cell.PadRight(widths[column]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }

    private static string[] Row(CaseSummaryDto item) =>
    [
        item.Number.ToString(CultureInfo.InvariantCulture),
        item.NextDueAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-",
        CaseFilters.NameOf(item.Priority),
        CaseFilters.NameOf(item.Status),
        item.Labels.Count == 0 ? "-" : string.Join(",", item.Labels.Select(label => label.ToName())),
        item.ChannelKey,
        OneLine(item.Author),
        Truncate(OneLine(item.Summary)),
    ];

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Truncate(string text)
    {
        if (text.Length <= SummaryWidth)
        {
            return text;
        }

        var cut = SummaryWidth - 3;
        return string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut), "...");
    }
}

using System.Globalization;
using System.Text;

namespace CareDesk.Application.Roi;

/// <summary>The ROI report as CSV: one "total" row, then a row per channel, template and agent (section column says which).</summary>
public static class RoiReportCsv
{
    public static readonly string[] Columns =
        ["brand", "from", "to", "section", "key", "conversations", "clicks", "redemptions", "return_value", "currency", "total_cost", "net_return", "roi"];

    public static string Write(RoiReportDto report)
    {
        var csv = new StringBuilder().AppendJoin(',', Columns).Append("\r\n");
        var total = new RoiBreakdownRow("all", report.Conversations, report.Clicks, report.Redemptions, report.ReturnValue);
        Append(csv, report, "total", total, report.TotalCost, report.NetReturn, report.ReturnOnInvestment);
        foreach (var (section, rows) in new[] { ("channel", report.ByChannel), ("template", report.ByTemplate), ("agent", report.ByAgent) })
        {
            foreach (var row in rows)
            {
                Append(csv, report, section, row, null, null, null);
            }
        }

        return csv.ToString();
    }

    private static void Append(StringBuilder csv, RoiReportDto report, string section, RoiBreakdownRow row, decimal? cost, decimal? net, decimal? roi)
    {
        string?[] fields =
        [
            report.Brand, Day(report.From), Day(report.To), section, row.Key, Number(row.Conversations), Number(row.Clicks), Number(row.Redemptions),
            Money(row.ReturnValue), report.Currency, Money(cost), Money(net), roi?.ToString("0.####", CultureInfo.InvariantCulture),
        ];
        csv.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Two decimals always, so a column of amounts reads and sorts alike whatever scale the stored value had.</summary>
    private static string? Money(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so a spreadsheet never runs a key as a formula.</summary>
    private static string Quote(string? field)
    {
        if (field is null)
        {
            return string.Empty;
        }

        var safe = field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal) && !decimal.TryParse(field, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            ? "'" + field : field;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}

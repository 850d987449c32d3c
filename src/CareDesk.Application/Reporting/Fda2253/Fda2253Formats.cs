using System.Globalization;
using System.Text;
using CareDesk.Application.Common;

namespace CareDesk.Application.Reporting.Fda2253;

/// <summary>The package as one CSV with a record type per line: the sites, the monthly URL listing and the communications.</summary>
public static class Fda2253Formats
{
    public static readonly string[] Columns = ["record", "brand", "month", "channel", "url_or_job_code", "template_version", "category", "first_used_utc", "in_month_utc", "count", "text"];

    public static string ToCsv(Fda2253Package package)
    {
        var month = $"{package.Year:D4}-{package.Month:D2}";
        var csv = new StringBuilder().AppendJoin(',', Columns).Append("\r\n");
        void Line(params string?[] fields) => csv.AppendJoin(',', fields.Select(CsvText.Quote)).Append("\r\n");
        foreach (var site in package.Sites)
        {
            Line("site", package.Brand, month, site.ChannelKey, site.Name, null, site.Public ? "public" : "private", null, null, Count(site.RepliesInMonth), site.Kind);
        }

        foreach (var thread in package.Threads)
        {
            Line("thread", package.Brand, month, thread.ChannelKey, thread.Url, null, thread.Promotional ? "promotional" : "service", null, Utc(thread.FirstReplyInMonth),
                Count(thread.Replies), string.Join(';', thread.JobCodes));
        }

        foreach (var communication in package.Communications)
        {
            Line("communication", package.Brand, month, null, communication.JobCode, Count(communication.TemplateVersion), communication.Category.ToLowerInvariant(),
                Utc(communication.FirstUsedAt), Utc(communication.FirstUsedInMonthAt), Count(communication.TimesUsedInMonth), communication.Text);
        }

        return csv.ToString();
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

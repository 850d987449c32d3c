using System.Globalization;
using System.Text.Json;
using CareDesk.Application.Connectors;

namespace CareDesk.Connectors.Meta.Graph;

/// <summary>
/// Meta's usage headers: X-App-Usage / X-Page-Usage {"call_count","total_cputime","total_time"} in percent of the
/// allowance, and X-Business-Use-Case-Usage {business-id: [{type, call_count, ..., estimated_time_to_regain_access}]}
/// where the estimate is in minutes. Meta sends no absolute limit, so the snapshot is in percent (Limit = 100).
/// </summary>
internal sealed record GraphUsage(double? PercentUsed, TimeSpan? RegainAccessIn)
{
    public static readonly string[] HeaderNames = ["X-App-Usage", "X-Page-Usage", "X-Business-Use-Case-Usage"];

    public static GraphUsage? From(IEnumerable<KeyValuePair<string, string>> headers)
    {
        double? percent = null;
        TimeSpan? regain = null;
        foreach (var (name, value) in headers)
        {
            if (!HeaderNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(value);
                foreach (var counters in Counters(document.RootElement))
                {
                    percent = Max(percent, Percent(counters));
                    if (counters.Property("estimated_time_to_regain_access") is { ValueKind: JsonValueKind.Number } minutes && minutes.GetDouble() > 0)
                    {
                        regain = Max(regain, TimeSpan.FromMinutes(minutes.GetDouble()));
                    }
                }
            }
            catch (JsonException)
            {
                // A usage header is advice for the health page; a malformed one must not fail the call it came with.
            }
        }

        return percent is null && regain is null ? null : new GraphUsage(percent, regain);
    }

    public RateLimitSnapshot ToSnapshot(DateTimeOffset now) =>
        new(100, PercentUsed is { } used ? Math.Max(0, 100 - used) : null, RegainAccessIn is { } wait ? now + wait : null);

    private static IEnumerable<JsonElement> Counters(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        if (root.TryGetProperty("call_count", out _))
        {
            yield return root;
            yield break;
        }

        // Business-use-case form: one array of counters per business id.
        foreach (var business in root.EnumerateObject())
        {
            if (business.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var counters in business.Value.EnumerateArray())
                {
                    yield return counters;
                }
            }
        }
    }

    private static double? Percent(JsonElement counters)
    {
        double? highest = null;
        foreach (var name in (string[])["call_count", "total_cputime", "total_time"])
        {
            if (counters.Text(name) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                highest = Max(highest, value);
            }
        }

        return highest;
    }

    private static T? Max<T>(T? current, T? candidate)
        where T : struct, IComparable<T> =>
        current is null ? candidate : candidate is null ? current : current.Value.CompareTo(candidate.Value) >= 0 ? current : candidate;
}

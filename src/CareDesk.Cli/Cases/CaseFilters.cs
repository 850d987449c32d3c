using System.Text.Json;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Triage;

namespace CareDesk.Cli.Cases;

/// <summary>Parses --status and --label by their wire names (snake_case, case-insensitive).</summary>
internal static class CaseFilters
{
    private static readonly Dictionary<string, CaseStatus> Statuses =
        Enum.GetValues<CaseStatus>().ToDictionary(NameOf, status => status, StringComparer.OrdinalIgnoreCase);

    public static string AllowedStatuses { get; } = string.Join(", ", Statuses.Keys);

    public static string AllowedLabels { get; } = string.Join(", ", TriageLabelNames.All);

    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static bool TryParseStatus(string? value, out CaseStatus? status)
    {
        status = null;
        if (value is null)
        {
            return true;
        }

        if (!Statuses.TryGetValue(value.Trim(), out var parsed))
        {
            return false;
        }

        status = parsed;
        return true;
    }

    public static bool TryParseLabel(string? value, out TriageLabel? label)
    {
        label = null;
        if (value is null)
        {
            return true;
        }

        if (!TriageLabelNames.TryParse(value, out var parsed))
        {
            return false;
        }

        label = parsed;
        return true;
    }
}

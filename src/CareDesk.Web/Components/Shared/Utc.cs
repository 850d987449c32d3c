using System.Globalization;

namespace CareDesk.Web.Components.Shared;

public static class Utc
{
    public static string Show(DateTimeOffset? instant) =>
        instant is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : "-";
}

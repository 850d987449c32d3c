using CareDesk.Domain.Common;

namespace CareDesk.Domain.Sla.Rules;

/// <summary>
/// The time zone must be an IANA id this host resolves. A Windows id such as "Eastern Standard Time" may resolve
/// too, but it is refused so that stored calendars mean the same on every host.
/// </summary>
public sealed class CalendarTimeZoneMustBeKnownRule(string? timeZoneId) : IBusinessRule
{
    public string? Field => "timeZoneId";

    public string Message => string.IsNullOrWhiteSpace(timeZoneId)
        ? "Time zone must not be empty."
        : $"Time zone '{timeZoneId}' is not a known IANA time zone.";

    public bool IsBroken() =>
        string.IsNullOrWhiteSpace(timeZoneId)
        || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)
        || !(zone.HasIanaId || TimeZoneInfo.TryConvertIanaIdToWindowsId(timeZoneId, out _));
}

using CareDesk.Domain.Common;

namespace CareDesk.Domain.Privacy.Rules;

/// <summary>The person must be told of an extension, and why, within the first deadline (GDPR Art 12(3), CCPA §1798.130(a)(2)).</summary>
public sealed class ExtensionIsToldWithinTheFirstDeadlineRule(DataSubjectRequest request, DateTimeOffset toldAt, DateTimeOffset now) : IBusinessRule
{
    // Compared by UTC calendar day: a person told "on the 23rd" was told in time for a request received on the 23rd at 14:00.
    public bool IsBroken() => Day(toldAt) < Day(request.ReceivedAt) || toldAt > now || Day(toldAt) > Day(request.FirstDueAt);

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    public string Message => toldAt > now
        ? "The date the person was told cannot be in the future."
        : $"The person must be told between receipt ({request.ReceivedAt:yyyy-MM-dd}) and the first deadline ({request.FirstDueAt:yyyy-MM-dd}).";

    public string? Field => "toldAt";
}

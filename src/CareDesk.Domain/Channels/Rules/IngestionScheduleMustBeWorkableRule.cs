using CareDesk.Domain.Common;

namespace CareDesk.Domain.Channels.Rules;

/// <summary>
/// A screening interval of at least a minute (networks rate-limit faster polling) and a maximum gap longer than the
/// interval (otherwise every normal wait between two reads would raise a screening-gap alert).
/// </summary>
public sealed class IngestionScheduleMustBeWorkableRule(TimeSpan screeningInterval, TimeSpan maxScreeningGap) : IBusinessRule
{
    public bool IsBroken() => screeningInterval < TimeSpan.FromMinutes(1) || maxScreeningGap <= screeningInterval || maxScreeningGap > TimeSpan.FromDays(7);

    public string? Field => screeningInterval < TimeSpan.FromMinutes(1) ? "screeningInterval" : "maxScreeningGap";

    public string Message => screeningInterval < TimeSpan.FromMinutes(1)
        ? $"The screening interval must be at least 1 minute (got {screeningInterval})."
        : $"The maximum screening gap must be longer than the screening interval ({screeningInterval}) and at most 7 days (got {maxScreeningGap}).";
}

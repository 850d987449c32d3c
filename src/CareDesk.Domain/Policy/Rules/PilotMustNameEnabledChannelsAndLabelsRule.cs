using CareDesk.Domain.Common;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Policy.Rules;

/// <summary>A pilot names at least one of the brand's enabled channels and at least one label.</summary>
public sealed class PilotMustNameEnabledChannelsAndLabelsRule(IReadOnlyCollection<string> channels, IReadOnlyCollection<TriageLabel> labels, IReadOnlyCollection<string> enabled) : IBusinessRule
{
    public bool IsBroken() => channels.Count == 0 || labels.Count == 0 || channels.Any(channel => !enabled.Contains(channel));

    public string Message => channels.Count == 0 || labels.Count == 0
        ? "A pilot needs at least one channel and one label."
        : $"Pilot channels must be enabled for the brand: {string.Join(", ", channels.Where(channel => !enabled.Contains(channel)))} is not.";

    public string? Field => channels.Count == 0 || labels.Count > 0 ? "pilotChannels" : "pilotLabels";
}

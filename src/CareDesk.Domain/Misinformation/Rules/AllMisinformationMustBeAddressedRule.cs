using CareDesk.Domain.Common;

namespace CareDesk.Domain.Misinformation.Rules;

/// <summary>
/// R26: the agent attests that all misinformation in the defined portion of the forum is addressed, positive and
/// negative alike; an item left out needs a documented rationale. Corrections may not be selective.
/// </summary>
public sealed class AllMisinformationMustBeAddressedRule(MisinformationCorrection correction) : IUnprocessableRule
{
    public bool IsBroken() => !correction.CanAttest;

    public string Message => correction.CorrectionText is null
        ? "Select the approved correction before attesting."
        : "Not all misinformation in the defined portion is addressed: " + string.Join("; ", correction.Items.Where(item => !item.Settled)
            .Select(item => $"item {item.Number} ({item.Direction.ToString().ToLowerInvariant()}) has no correction and no documented rationale")) + ".";

    public string? Field => "attestation";
}

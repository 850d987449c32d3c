using CareDesk.Domain.Common;

namespace CareDesk.Domain.Misinformation.Rules;

public sealed class CorrectionMustBeAttestedBeforeDeliveryRule(MisinformationCorrectionStatus status) : ISequencingRule
{
    public bool IsBroken() => status != MisinformationCorrectionStatus.Attested;

    public string Message => status == MisinformationCorrectionStatus.Open
        ? "Sequencing: attest that all misinformation in the defined portion is addressed before posting the correction."
        : "The correction was already posted or sent.";

    public string? Field => "status";
}

using CareDesk.Domain.Common;

namespace CareDesk.Domain.Misinformation.Rules;

public sealed class CorrectionMustBeOpenRule(MisinformationCorrectionStatus status) : ISequencingRule
{
    public bool IsBroken() => status != MisinformationCorrectionStatus.Open;

    public string Message => $"The correction is {status}: it can no longer be changed.";

    public string? Field => "status";
}

namespace CareDesk.Classification.Evidence;

/// <summary>The four minimum criteria of a valid ICSR (GVP VI.B.2, requirement R5), each with its evidence.</summary>
public sealed record FourCriteria(Criterion Reporter, Criterion Patient, Criterion Product, Criterion Event)
{
    public bool AllMet => Reporter.Met && Patient.Met && Product.Met && Event.Met;
}

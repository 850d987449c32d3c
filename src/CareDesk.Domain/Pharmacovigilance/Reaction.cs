namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>One further reaction/event of a case (E2B E.i), in the reporter's words, with its own seriousness (R7, R9).</summary>
public sealed record Reaction(string Verbatim, Seriousness Seriousness)
{
    public const int MaxVerbatimLength = 250;
}

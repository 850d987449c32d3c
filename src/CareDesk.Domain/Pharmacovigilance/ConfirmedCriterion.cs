namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>One of the four minimum criteria as a human confirmed it, with the text from the post that supports it (R5).</summary>
public sealed record ConfirmedCriterion(bool Confirmed, string? Evidence)
{
    public const int MaxEvidenceLength = 500;

    public static ConfirmedCriterion Unconfirmed { get; } = new(false, null);
}

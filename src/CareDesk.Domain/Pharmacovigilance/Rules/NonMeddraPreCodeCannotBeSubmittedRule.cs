using CareDesk.Domain.Common;
using CareDesk.Domain.Pharmacovigilance.Meddra;

namespace CareDesk.Domain.Pharmacovigilance.Rules;

/// <summary>An open-vocabulary pre-code is a suggestion only; it never goes out in place of a MedDRA LLT (R11).</summary>
public sealed class NonMeddraPreCodeCannotBeSubmittedRule(PreCode? preCode, MeddraCoding? meddra) : IUnprocessableRule
{
    public bool IsBroken() => preCode is not null && meddra is null;

    public string Message => "non-MedDRA pre-code cannot be submitted";

    public string? Field => "meddra";
}

using CareDesk.Domain.Common;
using CareDesk.Domain.Pharmacovigilance.Meddra;

namespace CareDesk.Domain.Pharmacovigilance.Rules;

/// <summary>
/// Once the customer has loaded a MedDRA release, the event goes out coded to an LLT with its version (E.i.2.1a/b, R11).
/// Without any release (a vendor or demo install) the verbatim alone goes out and the safety database codes it (ADR-025).
/// </summary>
public sealed class EventMustBeMeddraCodedRule(bool meddraLoaded, MeddraCoding? meddra) : IUnprocessableRule
{
    public bool IsBroken() => meddraLoaded && meddra is null;

    public string Message => "Code the event to a MedDRA LLT before it is sent.";

    public string? Field => "meddra";
}

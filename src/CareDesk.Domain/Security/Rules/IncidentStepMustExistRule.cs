using CareDesk.Domain.Common;

namespace CareDesk.Domain.Security.Rules;

public sealed class IncidentStepMustExistRule(bool exists, string name) : IBusinessRule
{
    public bool IsBroken() => !exists;

    public string Message => $"The incident has no step \"{name}\".";

    public string? Field => "step";
}

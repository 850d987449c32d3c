using CareDesk.Domain.Common;

namespace CareDesk.Domain.Security.Rules;

public sealed class IncidentNeedsATitleRule(string? title) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(title) || title.Trim().Length > SecurityIncident.MaxTitleLength;

    public string Message => $"An incident needs a title of at most {SecurityIncident.MaxTitleLength} characters.";

    public string? Field => "title";
}

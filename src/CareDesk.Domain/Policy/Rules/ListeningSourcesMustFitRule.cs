using CareDesk.Domain.Common;

namespace CareDesk.Domain.Policy.Rules;

public sealed class ListeningSourcesMustFitRule(IReadOnlyCollection<string> sources) : IBusinessRule
{
    public bool IsBroken() => sources.Any(source => source.Length > EngagementScope.MaxSourceLength);

    public string Message => $"A listening source name is at most {EngagementScope.MaxSourceLength} characters.";

    public string? Field => "listeningSources";
}

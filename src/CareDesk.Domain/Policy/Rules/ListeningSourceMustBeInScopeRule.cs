using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Policy.Rules;

/// <summary>A keyword search may only listen on a source the brand's engagement scope enables (the "where" of issue 9).</summary>
public sealed class ListeningSourceMustBeInScopeRule(EngagementScope? scope, ChannelKind source) : IUnprocessableRule
{
    public bool IsBroken() => scope is not null && !scope.AllowsListeningOn(source);

    public string Message => $"Listening source '{EngagementScope.SourceName(source)}' is not enabled in this brand's engagement scope.";

    public string? Field => "listeningQuery";
}

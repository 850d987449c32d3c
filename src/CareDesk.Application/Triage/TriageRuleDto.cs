using CareDesk.Domain.Channels;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Triage;

/// <summary>A rule as the API shows and accepts it. Unset lists mean "none" / "all channels".</summary>
public sealed record TriageRuleRequest(
    string? Name, TriageLabel? Label, Priority? Priority, TriageMatchKind? MatchKind, IReadOnlyList<string>? Terms,
    IReadOnlyList<string>? ExcludeTerms = null, IReadOnlyList<ChannelKind>? ChannelKinds = null, bool PublicOnly = false, bool Enabled = true)
{
    public TriageRuleDefinition ToDefinition()
    {
        new Common.Validation().Required("name", Name).Required("label", Label).Required("matchKind", MatchKind).ThrowIfInvalid();
        return new(Name!, Label!.Value, Priority ?? Domain.Triage.Priority.Normal, MatchKind!.Value, Terms ?? [], ExcludeTerms, ChannelKinds, PublicOnly);
    }
}

public sealed record TriageRuleDto(Guid Id, string Name, TriageLabel Label, Priority Priority, TriageMatchKind MatchKind, IReadOnlyList<string> Terms,
    IReadOnlyList<string> ExcludeTerms, IReadOnlyList<ChannelKind> ChannelKinds, bool PublicOnly, bool Enabled, int Version, DateTimeOffset UpdatedAt)
{
    public static TriageRuleDto Of(TriageRule rule) => new(rule.Id, rule.Name, rule.Label, rule.Priority, rule.MatchKind, rule.Terms, rule.ExcludeTerms,
        rule.ChannelKinds, rule.PublicOnly, rule.Enabled, rule.Version, rule.UpdatedAt);
}

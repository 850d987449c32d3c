using CareDesk.Domain.Common;
using CareDesk.Domain.Policy.Rules;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Policy;

/// <summary>
/// The "where" of a brand's engagement policy: the channels its team may reply on and the listening sources it may
/// use, and pilot mode ("test the waters"), which narrows replies to chosen channels and labels until the switch to
/// full scope. Scope limits engagement only: every post is still ingested, screened and routed (R12, R13).
/// A brand without a scope row engages on all its channels.
/// </summary>
public sealed class EngagementScope
{
    public const int MaxSourceLength = 64;

    private EngagementScope()
    {
        EnabledChannelKeys = [];
        EnabledListeningSources = [];
        PilotChannelKeys = [];
        PilotLabels = [];
        ChangedBy = string.Empty;
    }

    public Guid BrandId { get; private set; }

    /// <summary>Channels (keys) the brand replies on; a channel not listed is ingested and routed, never answered.</summary>
    public List<string> EnabledChannelKeys { get; private set; }

    /// <summary>Listening sources the brand may use (e.g. "x", "reddit", "news").</summary>
    public List<string> EnabledListeningSources { get; private set; }

    public bool PilotMode { get; private set; }

    public List<string> PilotChannelKeys { get; private set; }

    public List<TriageLabel> PilotLabels { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>The source name a scope lists for a network, e.g. "x", "reddit".</summary>
    public static string SourceName(Channels.ChannelKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Whether a public keyword search on <paramref name="kind"/> is allowed; a scope that lists no source allows none.</summary>
    public bool AllowsListeningOn(Channels.ChannelKind kind) => EnabledListeningSources.Contains(SourceName(kind));

    public static EngagementScope Create(Guid brandId, IEnumerable<string> enabledChannelKeys, IEnumerable<string> listeningSources, string changedBy, DateTimeOffset at)
    {
        var scope = new EngagementScope { BrandId = brandId };
        scope.Enable(enabledChannelKeys, listeningSources, changedBy, at);
        return scope;
    }

    public void Enable(IEnumerable<string> enabledChannelKeys, IEnumerable<string> listeningSources, string changedBy, DateTimeOffset at)
    {
        EnabledChannelKeys = Clean(enabledChannelKeys);
        EnabledListeningSources = Clean(listeningSources).Select(source => source.ToLowerInvariant()).Distinct().ToList();
        BusinessRules.Check(new ListeningSourcesMustFitRule(EnabledListeningSources));
        PilotChannelKeys = PilotChannelKeys.Where(EnabledChannelKeys.Contains).ToList();
        Touch(changedBy, at);
    }

    /// <summary>Limits replies to <paramref name="channelKeys"/> (all enabled) and <paramref name="labels"/>.</summary>
    public void StartPilot(IEnumerable<string> channelKeys, IEnumerable<TriageLabel> labels, string changedBy, DateTimeOffset at)
    {
        var channels = Clean(channelKeys);
        var pilotLabels = labels.Distinct().ToList();
        BusinessRules.Check(new PilotMustNameEnabledChannelsAndLabelsRule(channels, pilotLabels, EnabledChannelKeys));
        PilotMode = true;
        PilotChannelKeys = channels;
        PilotLabels = pilotLabels;
        Touch(changedBy, at);
    }

    public void SwitchToFullScope(string changedBy, DateTimeOffset at)
    {
        BusinessRules.Check(new FullScopeNeedsAPilotRule(PilotMode));
        PilotMode = false;
        PilotChannelKeys = [];
        PilotLabels = [];
        Touch(changedBy, at);
    }

    /// <summary>Why a reply on <paramref name="channelKey"/> to a case with <paramref name="labels"/> is outside the scope, or null when it is inside.</summary>
    public string? RefusalFor(string channelKey, IReadOnlyCollection<TriageLabel> labels)
    {
        if (!EnabledChannelKeys.Contains(channelKey))
        {
            return $"Replies on '{channelKey}' are not enabled for this brand; route the case instead.";
        }

        if (PilotMode && !PilotChannelKeys.Contains(channelKey))
        {
            return $"The brand is in pilot mode: replies only on {string.Join(", ", PilotChannelKeys)}.";
        }

        var outside = labels.Where(label => !PilotLabels.Contains(label)).ToList();
        return PilotMode && outside.Count > 0
            ? $"The brand is in pilot mode: replies only for {string.Join(", ", PilotLabels)}; this case is also {string.Join(", ", outside)}."
            : null;
    }

    private void Touch(string changedBy, DateTimeOffset at)
    {
        ChangedBy = changedBy;
        ChangedAt = at;
    }

    private static List<string> Clean(IEnumerable<string> values) => values.Select(value => value.Trim()).Where(value => value.Length > 0).Distinct().ToList();
}

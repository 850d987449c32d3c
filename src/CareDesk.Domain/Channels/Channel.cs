using CareDesk.Domain.Channels.Rules;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Channels;

/// <summary>An owned channel (page, handle, inbox) posts arrive on; its market picks the SLA calendar.</summary>
public sealed class Channel
{
    public const int MaxKeyLength = 64;
    public const int MaxNameLength = 100;

    private Channel()
    {
        Key = string.Empty;
        Name = string.Empty;
        CalendarCode = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Stable key clients use when they post, e.g. "x-cardiozen-us".</summary>
    public string Key { get; private set; }

    public string Name { get; private set; }

    public ChannelKind Kind { get; private set; }

    public Guid BrandId { get; private set; }

    /// <summary>The business calendar (market) whose hours SLA clocks on this channel follow.</summary>
    public string CalendarCode { get; private set; }

    public const int MaxMarketLength = 8;

    /// <summary>The country (ISO code) whose rules apply to what is said here, e.g. "US", "UK" (R25): templates must be approved for it.</summary>
    public string Market { get; private set; } = string.Empty;

    /// <summary>Organic, or a company-run collection (survey, chatbot flow, PSP, market research) whose AEs are solicited (R2).</summary>
    public DataCollectionSource Source { get; private set; }

    public void SetSource(DataCollectionSource source) => Source = source;

    /// <summary>Whether posts are public unless the payload says otherwise (a DM inbox is not).</summary>
    public bool PublicByDefault { get; private set; }

    public const int MaxAccountIdLength = 200;
    public const int MaxListeningQueryLength = 1000;

    /// <summary>The owned account a connector reads: X user id, Page id, IG user id, YouTube channel id, subreddit, mailbox.</summary>
    public string? AccountId { get; private set; }

    /// <summary>A public keyword search run on the network as well (listening); null when the channel only reads what it owns.</summary>
    public string? ListeningQuery { get; private set; }

    /// <summary>Bumped whenever <see cref="ListeningQuery"/> changes, so every listening hit can name the query version that found it.</summary>
    public int ListeningQueryVersion { get; private set; }

    /// <summary>Whether a connector ingests this channel (polling or webhooks); off for channels fed only through the API.</summary>
    public bool IngestionEnabled { get; private set; }

    /// <summary>How often the poller reads the network (R1: the screening frequency, configurable and recorded).</summary>
    public TimeSpan ScreeningInterval { get; private set; } = DefaultScreeningInterval;

    /// <summary>The longest time without a successful ingestion before a screening-gap alert is raised (R1).</summary>
    public TimeSpan MaxScreeningGap { get; private set; } = DefaultMaxScreeningGap;

    /// <summary>When ingestion was last switched on: the gap clock's start until the first successful read.</summary>
    public DateTimeOffset? IngestionEnabledAt { get; private set; }

    public static readonly TimeSpan DefaultScreeningInterval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan DefaultMaxScreeningGap = TimeSpan.FromHours(4);

    /// <summary>Sets what and how often a connector screens; returns whether the listening query got a new version.</summary>
    public bool ConfigureIngestion(bool enabled, string? accountId, string? listeningQuery, TimeSpan screeningInterval, TimeSpan maxScreeningGap, DateTimeOffset at)
    {
        BusinessRules.Check(new IngestionScheduleMustBeWorkableRule(screeningInterval, maxScreeningGap));
        var query = string.IsNullOrWhiteSpace(listeningQuery) ? null : listeningQuery.Trim();
        var queryChanged = !string.Equals(query, ListeningQuery, StringComparison.Ordinal);
        if (queryChanged)
        {
            ListeningQueryVersion++;
        }

        if (enabled && !IngestionEnabled)
        {
            IngestionEnabledAt = at;
        }

        IngestionEnabled = enabled;
        AccountId = string.IsNullOrWhiteSpace(accountId) ? null : accountId.Trim();
        ListeningQuery = query;
        ScreeningInterval = screeningInterval;
        MaxScreeningGap = maxScreeningGap;
        return queryChanged;
    }

    /// <summary>
    /// The live character limit of this account's posts when it is lower than the network's (a profile, an ad format or a
    /// platform change); promotional posts must fit it with benefit and risk (R23). Null: the network's limit.
    /// </summary>
    public int? PostCharacterLimit { get; private set; }

    public int EffectiveCharacterLimit => PostCharacterLimit ?? Templates.ChannelCharacterLimits.For(Kind);

    public void SetPostCharacterLimit(int? limit)
    {
        BusinessRules.Check(new PostCharacterLimitMustBePositiveRule(limit));
        PostCharacterLimit = limit;
    }

    public static Channel Create(string key, string name, ChannelKind kind, Guid brandId, string calendarCode, bool publicByDefault, string? market = null)
    {
        BusinessRules.Check(new ChannelKeyMustBeValidRule(key));
        return new Channel
        {
            Id = Guid.NewGuid(),
            Key = key.Trim().ToLowerInvariant(),
            Name = name.Trim(),
            Kind = kind,
            BrandId = brandId,
            CalendarCode = calendarCode,
            PublicByDefault = publicByDefault,
            Market = Templates.TemplateMarkets.Normalize(market ?? calendarCode),
        };
    }
}

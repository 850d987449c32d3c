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

    /// <summary>Whether posts are public unless the payload says otherwise (a DM inbox is not).</summary>
    public bool PublicByDefault { get; private set; }

    public static Channel Create(string key, string name, ChannelKind kind, Guid brandId, string calendarCode, bool publicByDefault)
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
        };
    }
}

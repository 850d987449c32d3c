using CareDesk.Domain.Channels;

namespace CareDesk.Application.Channels;

public sealed record ChannelDto(Guid Id, string Key, string Name, ChannelKind Kind, string Brand, string CalendarCode, bool PublicByDefault);

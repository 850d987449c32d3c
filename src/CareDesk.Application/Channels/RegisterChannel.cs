using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Channels;

public sealed record RegisterChannelCommand(string? Key, string? Name, ChannelKind? Kind, string? Brand, string? CalendarCode, bool? PublicByDefault);

/// <summary>Adds an owned channel; posts on it are accepted from then on. Its brand is created on first use.</summary>
public sealed class RegisterChannelHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor)
{
    public async Task<ChannelDto> HandleAsync(RegisterChannelCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("register channels");
        new Validation().Required("key", command.Key).Required("name", command.Name).Required("kind", command.Kind)
            .Required("brand", command.Brand).Required("calendarCode", command.CalendarCode).ThrowIfInvalid();
        var key = command.Key!.Trim().ToLowerInvariant();
        if (await db.Channels.AnyAsync(channel => channel.Key == key, cancellationToken))
        {
            throw ValidationFailedException.For("key", $"A channel with key '{key}' already exists.");
        }

        if (!await db.Calendars.AnyAsync(calendar => calendar.Code == command.CalendarCode, cancellationToken))
        {
            throw ValidationFailedException.For("calendarCode", $"There is no business calendar '{command.CalendarCode}'.");
        }

        var brandName = command.Brand!.Trim();
        var brand = await db.Brands.SingleOrDefaultAsync(item => item.Name == brandName, cancellationToken);
        if (brand is null)
        {
            brand = Brand.Create(brandName);
            db.Brands.Add(brand);
        }

        var channel = Channel.Create(key, command.Name!, command.Kind!.Value, brand.Id, command.CalendarCode!, command.PublicByDefault ?? true);
        db.Channels.Add(channel);
        var dto = new ChannelDto(channel.Id, channel.Key, channel.Name, channel.Kind, brand.Name, channel.CalendarCode, channel.PublicByDefault);
        audit.Record("channel.registered", nameof(Channel), channel.Id, null, dto);
        await db.SaveChangesAsync(cancellationToken);
        return dto;
    }
}

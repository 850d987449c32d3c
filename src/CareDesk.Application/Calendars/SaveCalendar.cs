using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Sla;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Calendars;

public sealed record SaveCalendarCommand(string? Code, string? Name, string? TimeZoneId, TimeSpan? OpensAt, TimeSpan? ClosesAt,
    IReadOnlyList<DayOfWeek>? WorkingDays, IReadOnlyList<DateOnly>? Holidays);

/// <summary>Creates or updates a market's business calendar. Changing hours affects clocks started afterwards only.</summary>
public sealed class SaveCalendarHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor)
{
    public async Task<CalendarDto> HandleAsync(SaveCalendarCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("change business calendars");
        new Validation().Required("code", command.Code).Required("name", command.Name).Required("timeZoneId", command.TimeZoneId)
            .Required("opensAt", command.OpensAt).Required("closesAt", command.ClosesAt).ThrowIfInvalid();
        var code = command.Code!.Trim();
        var calendar = await db.Calendars.SingleOrDefaultAsync(item => item.Code == code, cancellationToken);
        var before = calendar is null ? null : CalendarDto.Of(calendar);
        if (calendar is null)
        {
            calendar = BusinessCalendar.Create(code, command.Name!, command.TimeZoneId!, command.OpensAt!.Value, command.ClosesAt!.Value, command.WorkingDays ?? [], command.Holidays ?? []);
            db.Calendars.Add(calendar);
        }
        else
        {
            calendar.Update(command.Name!, command.TimeZoneId!, command.OpensAt!.Value, command.ClosesAt!.Value, command.WorkingDays ?? [], command.Holidays ?? []);
        }

        audit.Record(before is null ? "calendar.created" : "calendar.updated", nameof(BusinessCalendar), calendar.Code, before, CalendarDto.Of(calendar));
        await db.SaveChangesAsync(cancellationToken);
        return CalendarDto.Of(calendar);
    }
}

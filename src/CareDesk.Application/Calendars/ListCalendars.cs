using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Calendars;

public sealed class ListCalendarsHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<CalendarDto>> HandleAsync(CancellationToken cancellationToken) =>
        (await db.Calendars.AsNoTracking().OrderBy(calendar => calendar.Code).ToListAsync(cancellationToken)).Select(CalendarDto.Of).ToList();
}

using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Sla;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Cases;

internal static class CaseLookup
{
    public static async Task<Case> LoadCaseAsync(this IAppDbContext db, int number, CancellationToken cancellationToken) =>
        await db.Cases.Include(item => item.Clocks).SingleOrDefaultAsync(item => item.Number == number, cancellationToken)
        ?? throw new NotFoundException("Case", number);

    public static async Task<BusinessCalendar> LoadCalendarForAsync(this IAppDbContext db, Case subject, CancellationToken cancellationToken)
    {
        var code = await db.Channels.Where(channel => channel.Id == subject.ChannelId).Select(channel => channel.CalendarCode).SingleAsync(cancellationToken);
        return await db.Calendars.SingleAsync(calendar => calendar.Code == code, cancellationToken);
    }
}

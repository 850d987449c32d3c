using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Contacts;

internal static class ContactLookup
{
    public static async Task<ContactProfile> LoadProfileAsync(this IAppDbContext db, int number, CancellationToken cancellationToken) =>
        await db.ContactProfiles.SingleOrDefaultAsync(profile => profile.Number == number, cancellationToken)
        ?? throw new NotFoundException("Contact", number);

    public static void RequireReason(string? reason) =>
        new Validation().Required("reason", reason).MaxLength("reason", reason, ContactMerge.MaxReasonLength).ThrowIfInvalid();
}

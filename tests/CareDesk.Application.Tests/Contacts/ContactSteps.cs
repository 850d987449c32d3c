using CareDesk.Application.Contacts;
using CareDesk.Application.Posts;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Contacts;

internal static class ContactSteps
{
    public static Task<IngestPostResult> PostAsAsync(this ApplicationTestHost host, string author, string text, string channel = ApplicationTestHost.DefaultChannel) =>
        host.RunAsync((IngestPostHandler handler, CancellationToken ct) =>
            handler.HandleAsync(ApplicationTestHost.NewPost(text, host.Time.GetUtcNow(), channel) with { Author = author }, ct));

    /// <summary>The number of the profile that holds this identity.</summary>
    public static Task<int> ProfileOfAsync(this ApplicationTestHost host, string channel, string value) =>
        host.QueryAsync((db, ct) => (from identity in db.ContactIdentities
                                     where identity.Channel == channel && identity.Value == value
                                     join profile in db.ContactProfiles on identity.ProfileId equals profile.Id
                                     select profile.Number).SingleAsync(ct));

    public static Task<ContactProfileDto> ProfileAsync(this ApplicationTestHost host, int number) =>
        host.RunAsync((GetContactProfileHandler handler, CancellationToken ct) => handler.HandleAsync(new GetContactProfileQuery(number), ct));

    public static Task<ContactMergeDto> MergeAsync(this ApplicationTestHost host, int number, int into, string? reason = "Same person: confirmed by phone") =>
        host.RunAsync((MergeContactProfilesHandler handler, CancellationToken ct) => handler.HandleAsync(new MergeContactProfilesCommand(number, into, reason), ct));

    public static Task<ContactMergeDto> UnmergeAsync(this ApplicationTestHost host, int number, string? reason = "Different people after all") =>
        host.RunAsync((UnmergeContactProfileHandler handler, CancellationToken ct) => handler.HandleAsync(new UnmergeContactProfileCommand(number, reason), ct));

    public static Task<ContactIdentityDto> AddIdentityAsync(this ApplicationTestHost host, int number, string channel, ContactIdentityKind kind, string value) =>
        host.RunAsync((AddContactIdentityHandler handler, CancellationToken ct) => handler.HandleAsync(new AddContactIdentityCommand(number, channel, kind, value), ct));
}

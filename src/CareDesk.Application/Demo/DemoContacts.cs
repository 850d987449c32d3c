using CareDesk.Application.Abstractions;
using CareDesk.Application.Contacts;
using CareDesk.Application.Csat;
using CareDesk.Domain.Contacts;
using CareDesk.Domain.Csat;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Demo;

/// <summary>
/// Demo rows for contact profiles and CSAT: an e-mail given in web chat that matches the medical-information inbox's
/// sender (a proposed match for staff), and two answered satisfaction surveys so /reports shows a score.
/// </summary>
internal static class DemoContacts
{
    public static async Task SeedAsync(IAppDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var inbox = await db.ContactIdentities.SingleOrDefaultAsync(identity => identity.Channel == "email" && identity.Value == "priya shah", cancellationToken);
        var chat = await db.ContactIdentities.SingleOrDefaultAsync(identity => identity.Channel == "webchat" && identity.Value == "guest 4471", cancellationToken);
        if (inbox is not null && chat is not null)
        {
            var email = ContactIdentity.Add(inbox.ProfileId, "email", ContactIdentityKind.Email, "priya.shah@example.org", "demo", now);
            db.ContactIdentities.Add(email);
            await db.SaveChangesAsync(cancellationToken);
            var chatProfile = await db.ContactProfiles.SingleAsync(profile => profile.Id == chat.ProfileId, cancellationToken);
            var given = ContactIdentity.Add(chat.ProfileId, "webchat", ContactIdentityKind.Email, "priya.shah@example.org", "demo", now);
            db.ContactIdentities.Add(given);
            await ContactResolver.ProposeMatchesAsync(db, chatProfile, given, now, cancellationToken);
        }

        var cases = await (from item in db.Cases
                           join channel in db.Channels on item.ChannelId equals channel.Id
                           where channel.Key == "email-medinfo-uk" || channel.Key == "webchat-respiro-uk"
                           orderby item.Number
                           select new { item.Id, channel.Key }).Take(3).ToListAsync(cancellationToken);
        var scores = new int?[] { 5, 4, null };
        foreach (var (found, score) in cases.Zip(scores))
        {
            var survey = CsatSurvey.Create(found.Id, found.Key, CsatTokens.Hash(CsatTokens.New()), CsatDelivery.SentPrivately, now.AddDays(-1));
            if (score is { } value)
            {
                survey.Answer(value, value == 5 ? "Quick and clear, thank you." : null, now.AddHours(-20));
            }

            db.CsatSurveys.Add(survey);
        }
    }
}

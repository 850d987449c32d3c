using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Csat;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Csat;

/// <summary>
/// After a case is resolved, sends its author one survey link through the channel's private path (an outbound message
/// like any reply); on a public-only channel, or for a person who asked not to be contacted, records why it was not
/// sent. One survey per case: a case resolved again after reopening is not asked twice.
/// </summary>
public sealed class CsatSurveySender(IAppDbContext db, IOutboundChannel outbound, AuditTrail audit, IOptions<CsatOptions> options, TimeProvider time)
{
    public async Task SendAfterResolutionAsync(Case subject, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || await db.CsatSurveys.AnyAsync(survey => survey.CaseId == subject.Id, cancellationToken))
        {
            return;
        }

        var channel = await db.Channels.SingleAsync(found => found.Id == subject.ChannelId, cancellationToken);
        var token = CsatTokens.New();
        var delivery = !CsatPrivatePath.Exists(channel.Kind) ? CsatDelivery.NotSentNoPrivateChannel
            : await DoNotContactAsync(subject, cancellationToken) ? CsatDelivery.NotSentDoNotContact
            : CsatDelivery.SentPrivately;
        var survey = CsatSurvey.Create(subject.Id, channel.Key, CsatTokens.Hash(token), delivery, time.GetUtcNow());
        db.CsatSurveys.Add(survey);
        if (survey.WasSent)
        {
            var lastPost = await db.Posts.Where(post => post.CaseId == subject.Id).OrderByDescending(post => post.ReceivedAt)
                .Select(post => post.ExternalId).FirstAsync(cancellationToken);
            await outbound.SendSurveyAsync(new OutboundSurvey(survey.Id, channel, lastPost, SurveyText(token)), cancellationToken);
        }

        audit.Record(survey.WasSent ? "csat.survey_sent" : "csat.survey_not_sent", nameof(CsatSurvey), survey.Id, null,
            new { caseNumber = subject.Number, channel = channel.Key, survey.Delivery, survey.ExpiresAt },
            survey.Delivery switch
            {
                CsatDelivery.NotSentNoPrivateChannel => "not sent: no private channel",
                CsatDelivery.NotSentDoNotContact => "not sent: do not contact",
                _ => null,
            });
    }

    public string LinkFor(string token) => $"{options.Value.PublicBaseUrl.TrimEnd('/')}/csat/{token}";

    private string SurveyText(string token) =>
        $"Thank you for contacting us. How satisfied are you with our help? Please rate us from 1 to 5 (takes 10 seconds, link valid for 14 days): {LinkFor(token)}";

    private async Task<bool> DoNotContactAsync(Case subject, CancellationToken cancellationToken) =>
        await (from link in db.ContactPostLinks
               where link.CaseId == subject.Id
               join identity in db.ContactIdentities on link.IdentityId equals identity.Id
               join profile in db.ContactProfiles on identity.ProfileId equals profile.Id
               select profile.DoNotContact).AnyAsync(flag => flag, cancellationToken);
}

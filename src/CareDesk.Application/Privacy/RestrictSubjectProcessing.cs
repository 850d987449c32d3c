using System.Globalization;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Application.Listening;
using CareDesk.Domain.Listening;
using CareDesk.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Privacy;

/// <param name="RequestId">A request logged on receipt; a new one received now when absent (then Subject and Regime are used).</param>
public sealed record RestrictSubjectProcessingCommand(Guid? RequestId, string? Subject, PrivacyRegime Regime, DataSubjectRequestDecision? Decision, string? Reason);

/// <summary>
/// A restriction request (GDPR Art 18, R42), decided with a reason. Granted, the person's posts leave listening analytics
/// and anomaly detection (the same per-author flag as a CCPA limit request, R44) while intake still screens them and PV
/// records stay, as Art 18(2) allows for legal obligations. Each case is logged with what happened to it.
/// </summary>
public sealed class RestrictSubjectProcessingHandler(IAppDbContext db, AuditTrail audit, AuthorPseudonyms pseudonyms, ICurrentActor actor, TimeProvider time)
{
    public async Task<DataSubjectRequestDto> HandleAsync(RestrictSubjectProcessingCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("restrict processing of personal data");
        var validation = new Validation().Required("decision", command.Decision).Required("reason", command.Reason)
            .MaxLength("reason", command.Reason, DataSubjectRequest.MaxReasonLength);
        if (command.RequestId is null)
        {
            validation.Required("subject", command.Subject).MaxLength("subject", command.Subject, DataSubjectRequest.MaxSubjectLength);
        }

        validation.ThrowIfInvalid();
        var now = time.GetUtcNow();
        var request = await db.LoggedOrNewAsync(command.RequestId, command.Subject ?? string.Empty, DataSubjectRequestKind.Restriction, command.Regime,
            actor.UserName, now, cancellationToken);
        var found = await db.FindSubjectDataAsync(request.Subject, cancellationToken);
        var granted = command.Decision == DataSubjectRequestDecision.Granted;
        if (granted)
        {
            await LimitAnalyticsAsync(found, now, cancellationToken);
        }

        var items = found.Posts.GroupBy(post => post.CaseNumber).OrderBy(group => group.Key).Select(group =>
        {
            var number = group.Key.ToString(CultureInfo.InvariantCulture);
            return !granted
                ? new DataSubjectRequestItem("Case", number, $"Case {number}", DataSubjectRequestOutcome.Refused, command.Reason!.Trim())
                : new DataSubjectRequestItem("Case", number, $"Case {number}", DataSubjectRequestOutcome.Restricted, group.Any(post => post.AdverseEventRecord)
                    ? "Art 18: out of analytics; kept and processed for PV, Art 18(2) legal obligation"
                    : "Art 18: stored only, out of listening analytics and anomaly detection");
        }).ToList();

        request.Decide(command.Decision!.Value, command.Reason!, null, items, now);
        audit.Record("dsar.completed", nameof(DataSubjectRequest), request.Id, null,
            new { request.Kind, request.Regime, request.DueAt, request.Decision, restricted = items.Count(item => item.Outcome == DataSubjectRequestOutcome.Restricted) },
            request.DecisionReason);
        await db.SaveChangesAsync(cancellationToken);
        return DataSubjectRequestDto.Of(request);
    }

    private async Task LimitAnalyticsAsync(SubjectDataDto found, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var kinds = await db.Channels.AsNoTracking().ToDictionaryAsync(channel => channel.Key, channel => channel.Kind, cancellationToken);
        var authors = found.Posts.Select(post => pseudonyms.Of(kinds[post.Channel], post.Author)).Distinct(StringComparer.Ordinal).ToList();
        var preferences = await db.AuthorUsePreferences.Where(preference => authors.Contains(preference.AuthorPseudonym)).ToListAsync(cancellationToken);
        foreach (var pseudonym in authors)
        {
            var preference = preferences.SingleOrDefault(found => found.AuthorPseudonym == pseudonym);
            if (preference is null)
            {
                preference = AuthorUsePreference.For(pseudonym);
                db.AuthorUsePreferences.Add(preference);
            }

            var before = preference.ChangedAt == default ? null : new { preference.LimitSensitiveDataUse };
            if (preference.Set(true, now))
            {
                // The pseudonym, not the handle: the audit trail must not become the place the handle is kept.
                audit.Record("privacy.sensitive_data_use_limit_set", nameof(AuthorUsePreference), pseudonym, before,
                    new { preference.LimitSensitiveDataUse }, "Data-subject restriction request");
            }
        }
    }
}

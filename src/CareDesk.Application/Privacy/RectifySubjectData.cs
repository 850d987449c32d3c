using System.Globalization;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Privacy;

/// <param name="RequestId">A request logged on receipt; a new one received now when absent (then Subject and Regime are used).</param>
/// <param name="Correction">What the person says is accurate.</param>
public sealed record RectifySubjectDataCommand(
    Guid? RequestId, string? Subject, PrivacyRegime Regime, DataSubjectRequestDecision? Decision, string? Correction, string? Reason);

/// <summary>
/// A rectification request (GDPR Art 16, R42), decided with a reason. Posts are records as received and are never
/// rewritten (ALCOA+); a granted correction is added to each of the person's cases as a supplementary statement, which
/// Art 16 allows, so PV and agents work from the corrected data. Refusals are logged record by record.
/// </summary>
public sealed class RectifySubjectDataHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<DataSubjectRequestDto> HandleAsync(RectifySubjectDataCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("rectify personal data");
        var validation = new Validation().Required("decision", command.Decision).Required("reason", command.Reason)
            .MaxLength("reason", command.Reason, DataSubjectRequest.MaxReasonLength).Required("correction", command.Correction)
            .MaxLength("correction", command.Correction, DataSubjectRequest.MaxCorrectionLength);
        if (command.RequestId is null)
        {
            validation.Required("subject", command.Subject).MaxLength("subject", command.Subject, DataSubjectRequest.MaxSubjectLength);
        }

        validation.ThrowIfInvalid();
        var now = time.GetUtcNow();
        var request = await db.LoggedOrNewAsync(command.RequestId, command.Subject ?? string.Empty, DataSubjectRequestKind.Rectification, command.Regime,
            actor.UserName, now, cancellationToken);
        var found = await db.FindSubjectDataAsync(request.Subject, cancellationToken);
        var granted = command.Decision == DataSubjectRequestDecision.Granted;
        var items = new List<DataSubjectRequestItem>();
        foreach (var caseNumber in found.Posts.Select(post => post.CaseNumber).Distinct().Order())
        {
            var number = caseNumber.ToString(CultureInfo.InvariantCulture);
            if (!granted)
            {
                items.Add(new("Case", number, $"Case {number}", DataSubjectRequestOutcome.Refused, command.Reason!.Trim()));
                continue;
            }

            var caseId = await db.Cases.Where(item => item.Number == caseNumber).Select(item => item.Id).SingleAsync(cancellationToken);
            var note = CaseNote.Write(caseId, actor.UserName, $"Data-subject rectification (Art 16): {command.Correction!.Trim()}", now);
            db.CaseNotes.Add(note);
            audit.Record("case.note_added", "Case", caseId, null, new { note.Id, note.Text }, "Data-subject rectification request");
            items.Add(new("Case", number, $"Case {number}", DataSubjectRequestOutcome.Rectified,
                "Art 16: supplementary statement added to the case; the posts stay as received (ALCOA+)"));
        }

        request.Decide(command.Decision!.Value, command.Reason!, command.Correction, items, now);
        audit.Record("dsar.completed", nameof(DataSubjectRequest), request.Id, null,
            new { request.Kind, request.Regime, request.DueAt, request.Decision, rectified = items.Count(item => item.Outcome == DataSubjectRequestOutcome.Rectified) },
            request.DecisionReason);
        await db.SaveChangesAsync(cancellationToken);
        return DataSubjectRequestDto.Of(request);
    }
}

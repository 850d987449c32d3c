using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Application.Security;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Cases;

public sealed record GetCaseDetailsQuery(int CaseNumber);

/// <summary>
/// Everything an agent needs on one screen: the thread, labels and evidence, clocks, replies, notes and history. A person's
/// first view is recorded (R3); every read goes to the access log, and roles without the "PV data" permission get the
/// masked view (R39).
/// </summary>
public sealed class GetCaseDetailsHandler(IAppDbContext db, FirstHumanView firstHumanView, CaseAccessLog accessLog, ICurrentActor actor, IAuditKeyStore keys)
{
    public async Task<CaseDetailsDto> HandleAsync(GetCaseDetailsQuery query, CancellationToken cancellationToken)
    {
        var subject = await db.LoadCaseAsync(query.CaseNumber, cancellationToken);
        if (subject.IsMedicalInformationRequest)
        {
            actor.RequireMedicalInformationAccess();
        }

        var masked = !actor.CanSeePvData();
        await firstHumanView.RecordAsync(subject, cancellationToken);
        await accessLog.RecordAsync(subject, CaseAccessLog.CaseDetails, masked, cancellationToken);
        var channel = await db.Channels.AsNoTracking().SingleAsync(item => item.Id == subject.ChannelId, cancellationToken);
        var posts = await db.Posts.AsNoTracking().Where(post => post.CaseId == subject.Id).OrderBy(post => post.ReceivedAt).ToListAsync(cancellationToken);
        var replies = await db.Replies.AsNoTracking().Where(reply => reply.CaseId == subject.Id).OrderBy(reply => reply.SentAt).ToListAsync(cancellationToken);
        var notes = await db.CaseNotes.AsNoTracking().Where(note => note.CaseId == subject.Id).OrderBy(note => note.CreatedAt).ToListAsync(cancellationToken);
        var entityIds = new[] { subject.Id.ToString() }
            .Concat(posts.Select(post => post.Id.ToString()))
            .Concat(replies.Select(reply => reply.Id.ToString()))
            .ToList();
        var history = await db.AuditEntries.AsNoTracking().Where(entry => entityIds.Contains(entry.EntityId)).OrderBy(entry => entry.Sequence)
            .Select(entry => new HistoryDto(entry.Sequence, entry.At, entry.Actor, entry.Via, entry.Action, entry.Before, entry.After, entry.Reason))
            .ToListAsync(cancellationToken);
        if (!masked)
        {
            history = await keys.RevealAsync(history, cancellationToken);
        }

        var details = new CaseDetailsDto(
            ListCasesHandler.ToSummary(subject, channel), channel.Name, subject.EscalatedTo, subject.FirstRepliedAt, subject.ResolvedAt,
            posts.Select(post => new PostDto(post.Id, post.ExternalId, post.Author, post.Text, post.PostedAt, post.ReceivedAt, post.IsPublic,
                post.Labels, post.Priority, post.Evidence, post.Classifier, post.AdverseEvent, post.Signals)).ToList(),
            replies.Select(reply => new ReplyDto(reply.Id, reply.Text, reply.JobCode, reply.TemplateVersion, reply.SentBy, reply.SentAt)).ToList(),
            notes.Select(note => new NoteDto(note.Id, note.Author, note.Text, note.CreatedAt)).ToList(),
            history);
        return masked ? MinimumNecessaryView.Mask(details) : details;
    }
}

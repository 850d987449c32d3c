using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Cases;

namespace CareDesk.Application.Cases;

public sealed record AddCaseNoteCommand(int CaseNumber, string? Text);

public sealed class AddCaseNoteHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<Guid> HandleAsync(AddCaseNoteCommand command, CancellationToken cancellationToken)
    {
        new Validation().Required("text", command.Text).MaxLength("text", command.Text, CaseNote.MaxTextLength).ThrowIfInvalid();
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        var note = CaseNote.Write(subject.Id, actor.UserName, command.Text!, time.GetUtcNow());
        db.CaseNotes.Add(note);
        audit.Record("case.note_added", "Case", subject.Id, null, new { note.Id, note.Text });
        await db.SaveChangesAsync(cancellationToken);
        return note.Id;
    }
}

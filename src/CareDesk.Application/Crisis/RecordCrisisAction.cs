using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Listening.Crisis;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Crisis;

/// <param name="TemplateId">For <see cref="CrisisActionKind.HoldingStatementUsed"/>: the approved Crisis template that was used.</param>
public sealed record RecordCrisisActionCommand(int RoomNumber, CrisisActionKind? Kind, string? Text, Guid? TemplateId = null);

/// <summary>Adds a line to a crisis room's timeline (any signed-in user; closing needs a supervisor) and audits it.</summary>
public sealed class RecordCrisisActionHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time, GetCrisisRoomHandler rooms)
{
    public async Task<CrisisRoomDto> HandleAsync(RecordCrisisActionCommand command, CancellationToken cancellationToken)
    {
        new Validation().Required("kind", command.Kind).ThrowIfInvalid();
        if (command.Kind is CrisisActionKind.Opened)
        {
            throw ValidationFailedException.For("kind", "A room is opened from its alert, not by a timeline entry.");
        }

        if (command.Kind is CrisisActionKind.Closed)
        {
            actor.RequireContentManager("close crisis rooms");
        }

        var room = await db.CrisisRooms.Include(found => found.Timeline).SingleOrDefaultAsync(found => found.Number == command.RoomNumber, cancellationToken)
            ?? throw new NotFoundException("Crisis room", command.RoomNumber);
        var text = await TextAsync(command, room, cancellationToken);
        var action = room.Record(command.Kind!.Value, text, actor.UserName, time.GetUtcNow());
        audit.Record($"crisis.{command.Kind.Value.ToString().ToLowerInvariant()}", nameof(CrisisRoom), room.Id, null, new { room.Number, action.Kind, action.Text, action.At });
        await db.SaveChangesAsync(cancellationToken);
        return await rooms.HandleAsync(room.Id, cancellationToken);
    }

    /// <summary>A holding statement must be one of the approved Crisis templates; its material id goes on the timeline.</summary>
    private async Task<string> TextAsync(RecordCrisisActionCommand command, CrisisRoom room, CancellationToken cancellationToken)
    {
        if (command.Kind != CrisisActionKind.HoldingStatementUsed)
        {
            return command.Text ?? string.Empty;
        }

        var playbook = await CrisisPlaybookLookup.LoadAsync(db, room.BrandId, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), cancellationToken);
        var statement = playbook.HoldingStatements.SingleOrDefault(found => found.TemplateId == command.TemplateId)
            ?? throw ValidationFailedException.For("templateId", "Pick one of the brand's current approved holding statements.");
        return $"{statement.Name} ({statement.MaterialId}){(string.IsNullOrWhiteSpace(command.Text) ? string.Empty : ": " + command.Text.Trim())}";
    }
}

using CareDesk.Application.Abstractions;

namespace CareDesk.Application.Contacts;

/// <param name="Number">The profile that is merged away (it stays, inactive, so the merge can be undone).</param>
/// <param name="IntoNumber">The profile that keeps both people's identities.</param>
public sealed record MergeContactProfilesCommand(int Number, int IntoNumber, string? Reason);

/// <summary>Staff merge two profiles of the same person; audited with the reason and the exact identities moved.</summary>
public sealed class MergeContactProfilesHandler(IAppDbContext db, ContactMerging merging)
{
    public async Task<ContactMergeDto> HandleAsync(MergeContactProfilesCommand command, CancellationToken cancellationToken)
    {
        ContactLookup.RequireReason(command.Reason);
        var merged = await db.LoadProfileAsync(command.Number, cancellationToken);
        var survivor = await db.LoadProfileAsync(command.IntoNumber, cancellationToken);
        var merge = await merging.MergeAsync(merged, survivor, command.Reason!, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new ContactMergeDto(merge.Id, survivor.Number, merged.Number, merge.IdentityIds.Count, merge.Reason, merge.MergedBy, merge.MergedAt, null, null);
    }
}

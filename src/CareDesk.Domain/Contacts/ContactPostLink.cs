namespace CareDesk.Domain.Contacts;

/// <summary>
/// Which identity wrote a post, recorded at ingest. A profile's conversations are the posts of its identities, so a
/// merge or unmerge carries them along without touching the post (the source document never changes).
/// </summary>
public sealed class ContactPostLink
{
    private ContactPostLink()
    {
    }

    public Guid PostId { get; private set; }

    public Guid IdentityId { get; private set; }

    public Guid CaseId { get; private set; }

    public static ContactPostLink Of(Guid postId, Guid identityId, Guid caseId) => new() { PostId = postId, IdentityId = identityId, CaseId = caseId };
}

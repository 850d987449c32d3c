namespace CareDesk.Connectors.Meta.Facebook;

/// <summary>
/// https://www.facebook.com/{page}/posts/{post}/?comment_id={c}[&amp;reply_comment_id={r}] names a comment as
/// {post}_{c} (or {post}_{r} for a reply, whose parent is {post}_{c}) — the same ids Graph and webhooks use.
/// </summary>
internal sealed record CommentPermalink(string PostId, string CommentId, string? ParentCommentId)
{
    public static CommentPermalink? Parse(string? permalink)
    {
        if (!Uri.TryCreate(permalink, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Trim('/').Split('/');
        var postsAt = Array.IndexOf(segments, "posts");
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => Uri.UnescapeDataString(pair[1]), StringComparer.Ordinal);
        if (postsAt < 0 || postsAt + 1 >= segments.Length || !query.TryGetValue("comment_id", out var comment))
        {
            return null;
        }

        var post = segments[postsAt + 1];
        return query.TryGetValue("reply_comment_id", out var reply)
            ? new CommentPermalink(post, $"{post}_{reply}", $"{post}_{comment}")
            : new CommentPermalink(post, $"{post}_{comment}", null);
    }
}

using CareDesk.Application.Posts;

namespace CareDesk.Cli.Ingest;

/// <summary>One normalized post as a JSON line (camelCase, postedAt in ISO-8601); the use case validates the fields.</summary>
internal sealed record IngestLine(
    string? Channel,
    string? ExternalId,
    string? Author,
    string? Text,
    DateTimeOffset? PostedAt,
    string? ThreadId,
    string? ParentId,
    bool? IsPublic)
{
    public IngestPostCommand ToCommand(DateTimeOffset receivedAt) =>
        new(Channel, ExternalId, Author, Text, PostedAt, ThreadId, ParentId, IsPublic, receivedAt);
}

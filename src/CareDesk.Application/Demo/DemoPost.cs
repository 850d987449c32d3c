namespace CareDesk.Application.Demo;

/// <summary>A hand-written demo post; <paramref name="ReceivedAgo"/> places it relative to seeding time.</summary>
public sealed record DemoPost(string Channel, string ExternalId, string Author, string Text, TimeSpan ReceivedAgo, string? ThreadId = null, string? ParentId = null, bool? IsPublic = null);

namespace CareDesk.Web.Infrastructure;

/// <summary>Bound from "Demo": whether an empty database is filled with the demo organisation on start.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    public bool Seed { get; set; } = true;

    /// <summary>Whether the demo posts are ingested too (tests turn this off to start from an empty queue).</summary>
    public bool IncludePosts { get; set; } = true;
}

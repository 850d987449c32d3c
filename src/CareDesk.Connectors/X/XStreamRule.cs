namespace CareDesk.Connectors.X;

/// <summary>A filtered-stream rule: the query value and an optional tag naming what it listens for; Id is X's once saved.</summary>
public sealed record XStreamRule(string? Id, string Value, string? Tag = null);

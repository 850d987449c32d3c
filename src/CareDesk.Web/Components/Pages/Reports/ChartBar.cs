namespace CareDesk.Web.Components.Pages.Reports;

/// <summary>One bar of a server-rendered chart; Color is any SVG colour, the default blue when null.</summary>
public sealed record ChartBar(string Label, double Value, string? Color = null);

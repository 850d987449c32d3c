namespace CareDesk.Cli;

/// <summary>The streams a command reads and writes; the real console in production, string writers in tests.</summary>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error);

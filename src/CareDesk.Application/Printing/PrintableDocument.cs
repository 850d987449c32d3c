namespace CareDesk.Application.Printing;

/// <summary>How a printed line looks: a section heading or body text.</summary>
public enum PrintStyle
{
    Body,
    Heading,
}

public sealed record PrintLine(string Text, PrintStyle Style = PrintStyle.Body)
{
    public static PrintLine Heading(string text) => new(text, PrintStyle.Heading);
}

/// <summary>
/// A human-readable copy for inspectors (R30) as plain lines; <see cref="Abstractions.IPdfRenderer"/> lays it out on
/// pages. <paramref name="Footer"/> is printed on every page next to the page number.
/// </summary>
public sealed record PrintableDocument(string Title, string Footer, IReadOnlyList<PrintLine> Lines);

/// <summary>A rendered copy, ready to download or write to a file.</summary>
public sealed record PrintedFile(string FileName, string ContentType, byte[] Content);

using System.Globalization;
using System.Text;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Printing;

namespace CareDesk.Infrastructure.Documents;

/// <summary>
/// Writes a <see cref="PrintableDocument"/> as a PDF 1.4 file: A4 pages, the standard Helvetica fonts (nothing to
/// embed, so no font files are needed on the server), word-wrapped lines, a footer with "page i of n", and
/// uncompressed content streams so the text can be searched and checked byte for byte. Why not a PDF library: ADR-015.
/// </summary>
public sealed class TextPdfWriter : IPdfRenderer
{
    private const double PageWidth = 595, PageHeight = 842, Margin = 50, FooterY = 28;
    private const double BodySize = 9, BodyLeading = 12, HeadingSize = 11, HeadingLeading = 18, TitleSize = 14;

    public byte[] Render(PrintableDocument document)
    {
        var pages = Paginate(document);
        var objects = new List<byte[]>();
        var firstPageObject = 6;
        var kids = string.Join(' ', pages.Select((_, index) => $"{firstPageObject + (index * 2)} 0 R"));
        objects.Add(Ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.Add(Ascii($"<< /Type /Pages /Kids [{kids}] /Count {pages.Count} >>"));
        objects.Add(Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
        objects.Add(Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"));
        objects.Add([.. Ascii("<< /Title "), .. LiteralString(document.Title), .. Ascii(" /Producer (CareDesk) >>")]);
        for (var index = 0; index < pages.Count; index++)
        {
            var content = PageContent(pages[index], document.Footer, index + 1, pages.Count);
            objects.Add(Ascii(string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {firstPageObject + (index * 2) + 1} 0 R >>")));
            objects.Add([.. Ascii($"<< /Length {content.Length} >>\nstream\n"), .. content, .. Ascii("\nendstream")]);
        }

        return Assemble(objects);
    }

    private static byte[] Assemble(List<byte[]> objects)
    {
        using var output = new MemoryStream();
        // The second line's bytes above 127 tell transfer tools the file is binary (PDF 1.4, 3.4.1).
        output.Write([.. Ascii("%PDF-1.4\n%"), 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
        var offsets = new List<long>();
        for (var index = 0; index < objects.Count; index++)
        {
            offsets.Add(output.Position);
            output.Write(Ascii($"{index + 1} 0 obj\n"));
            output.Write(objects[index]);
            output.Write(Ascii("\nendobj\n"));
        }

        var xref = output.Position;
        var table = new StringBuilder().Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Ascii(table.ToString()));
        return output.ToArray();
    }

    private sealed record PlacedLine(string Text, double Size, bool Bold, double Y);

    private static List<List<PlacedLine>> Paginate(PrintableDocument document)
    {
        var pages = new List<List<PlacedLine>> { new() };
        var y = PageHeight - Margin - TitleSize;
        pages[0].Add(new PlacedLine(document.Title, TitleSize, true, y));
        y -= HeadingLeading;
        foreach (var line in document.Lines)
        {
            var heading = line.Style == PrintStyle.Heading;
            var size = heading ? HeadingSize : BodySize;
            var leading = heading ? HeadingLeading : BodyLeading;
            foreach (var piece in TextWrapper.Wrap(line.Text, PageWidth - (2 * Margin), size, heading))
            {
                // A heading needs room for at least one body line under it, or it moves to the next page.
                var needed = heading ? leading + BodyLeading : leading;
                if (y - needed < Margin)
                {
                    pages.Add([]);
                    y = PageHeight - Margin;
                }

                y -= leading;
                pages[^1].Add(new PlacedLine(piece, size, heading, y));
            }
        }

        return pages;
    }

    private static byte[] PageContent(List<PlacedLine> lines, string footer, int pageNumber, int pageCount)
    {
        using var content = new MemoryStream();
        foreach (var line in lines.Append(new PlacedLine($"{footer}    Page {pageNumber} of {pageCount}", 8, false, FooterY)))
        {
            content.Write(Ascii(string.Create(CultureInfo.InvariantCulture, $"BT /{(line.Bold ? "F2" : "F1")} {line.Size} Tf {Margin} {line.Y:0.##} Td ")));
            content.Write(LiteralString(line.Text));
            content.Write(Ascii(" Tj ET\n"));
        }

        return content.ToArray();
    }

    /// <summary>A PDF literal string: backslash, parentheses and bytes outside printable ASCII are escaped.</summary>
    internal static byte[] LiteralString(string text)
    {
        var bytes = new List<byte> { (byte)'(' };
        foreach (var code in text.Select(WinAnsi.Encode))
        {
            if (code is (byte)'(' or (byte)')' or (byte)'\\')
            {
                bytes.Add((byte)'\\');
                bytes.Add(code);
            }
            else if (code is < 32 or > 126)
            {
                bytes.AddRange(Ascii("\\" + Convert.ToString(code, 8).PadLeft(3, '0')));
            }
            else
            {
                bytes.Add(code);
            }
        }

        bytes.Add((byte)')');
        return [.. bytes];
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}

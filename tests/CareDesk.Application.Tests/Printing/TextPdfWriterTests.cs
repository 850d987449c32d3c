using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CareDesk.Application.Printing;
using CareDesk.Infrastructure.Documents;

namespace CareDesk.Application.Tests.Printing;

public sealed class TextPdfWriterTests
{
    private readonly TextPdfWriter _writer = new();

    [Fact]
    public void Render_WhenTextHasPdfDelimitersAndAccents_ReadsBackExactly()
    {
        const string tricky = @"Dose (2x) \ daily: café, 5 µg, “quoted” – 10 € … done";

        var pdf = _writer.Render(new PrintableDocument("Title (draft)", "footer", [new PrintLine(tricky)]));

        PdfText.Lines(pdf).ShouldContain(tricky);
        PdfText.Lines(pdf).ShouldContain("Title (draft)");
        Encoding.Latin1.GetString(pdf).ShouldContain(@"Dose \(2x\) \\ daily: caf\351");
    }

    [Fact]
    public void Render_WhenCharacterHasNoHelveticaGlyph_PrintsAQuestionMarkInsteadOfDroppingIt()
    {
        var pdf = _writer.Render(new PrintableDocument("t", "f", [new PrintLine("头痛 after dose")]));

        PdfText.Lines(pdf).ShouldContain("?? after dose");
    }

    [Fact]
    public void Render_WhenLinesOverflowAPage_PaginatesWithAFooterOnEveryPage()
    {
        var lines = Enumerable.Range(1, 150).Select(number => new PrintLine(string.Create(CultureInfo.InvariantCulture, $"Line {number}"))).ToList();

        var pdf = _writer.Render(new PrintableDocument("Long", "Case 7 copy", lines));

        var text = PdfText.Lines(pdf);
        var raw = Encoding.Latin1.GetString(pdf);
        var pages = int.Parse(Regex.Match(raw, @"/Type /Pages /Kids \[[^\]]*\] /Count (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        pages.ShouldBeGreaterThan(1);
        Regex.Matches(raw, @"/Type /Page ").Count.ShouldBe(pages);
        for (var page = 1; page <= pages; page++)
        {
            text.ShouldContain(string.Create(CultureInfo.InvariantCulture, $"Case 7 copy    Page {page} of {pages}"));
        }

        text.Where(line => line.StartsWith("Line ", StringComparison.Ordinal)).ShouldBe(lines.Select(line => line.Text));
    }

    [Fact]
    public void Render_WhenALineIsWiderThanThePage_WrapsItAtSpacesWithoutLosingWords()
    {
        var words = Enumerable.Range(1, 120).Select(number => string.Create(CultureInfo.InvariantCulture, $"word{number}")).ToList();

        var pdf = _writer.Render(new PrintableDocument("t", "f", [new PrintLine(string.Join(' ', words))]));

        var body = PdfText.Lines(pdf).Where(line => line.StartsWith("word", StringComparison.Ordinal)).ToList();
        body.Count.ShouldBeGreaterThan(1);
        string.Join(' ', body).ShouldBe(string.Join(' ', words));
        // 495 pt of 9 pt Helvetica holds at most 99 of these glyphs (556/1000 em each).
        body.ShouldAllBe(line => line.Length <= 99);
    }

    [Fact]
    public void Render_WritesAPdf14FileWhoseCrossReferenceTablePointsAtEachObject()
    {
        var pdf = _writer.Render(new PrintableDocument("t", "f", [PrintLine.Heading("Section"), new PrintLine("body")]));

        var raw = Encoding.Latin1.GetString(pdf);
        raw.ShouldStartWith("%PDF-1.4\n");
        raw.TrimEnd().ShouldEndWith("%%EOF");
        var startXref = int.Parse(Regex.Match(raw, @"startxref\n(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        raw[startXref..].ShouldStartWith("xref\n");
        var offsets = Regex.Matches(raw[startXref..], @"(\d{10}) 00000 n ").Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        offsets.Count.ShouldBe(7);
        offsets.Select((offset, index) => raw[offset..].StartsWith(string.Create(CultureInfo.InvariantCulture, $"{index + 1} 0 obj"), StringComparison.Ordinal)).ShouldAllBe(ok => ok);
        foreach (Match stream in Regex.Matches(raw, @"/Length (\d+) >>\nstream\n"))
        {
            var length = int.Parse(stream.Groups[1].Value, CultureInfo.InvariantCulture);
            raw.Substring(stream.Index + stream.Length + length, 10).ShouldBe("\nendstream");
        }
    }
}

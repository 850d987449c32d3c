using System.Text;
using MimeKit.Text;

namespace CareDesk.Connectors.Email;

/// <summary>
/// The readable text of an HTML-only mail, for screening: block elements become line breaks, scripts and styles are
/// dropped, entities are decoded by MimeKit's tokenizer.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> LineBreakingTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol",
    };

    public static string ToPlainText(string html)
    {
        var text = new StringBuilder();
        var tokenizer = new HtmlTokenizer(new StringReader(html));
        var skipping = false;
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when tag.Id is HtmlTagId.Script or HtmlTagId.Style or HtmlTagId.Head:
                    skipping = !tag.IsEndTag && !tag.IsEmptyElement;
                    break;
                case HtmlTagToken tag when LineBreakingTags.Contains(tag.Name):
                    text.Append('\n');
                    break;
                case HtmlDataToken data when !skipping:
                    text.Append(data.Data);
                    break;
            }
        }

        return Normalize(text.ToString());
    }

    /// <summary>Collapses the source's layout whitespace within lines and drops empty lines.</summary>
    private static string Normalize(string text)
    {
        var lines = text.Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }
}

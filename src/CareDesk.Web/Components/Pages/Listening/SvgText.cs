using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;

namespace CareDesk.Web.Components.Pages.Listening;

/// <summary>An SVG &lt;text&gt; element; Razor reads a literal &lt;text&gt; inside a code block as its own text tag.</summary>
public static class SvgText
{
    public static MarkupString At(double x, double y, string content) =>
        new(string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" class=\"axis\">{WebUtility.HtmlEncode(content)}</text>"));
}

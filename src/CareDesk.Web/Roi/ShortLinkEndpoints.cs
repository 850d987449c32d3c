using System.Net;
using CareDesk.Application.Roi;
using CareDesk.Domain.Roi;

namespace CareDesk.Web.Roi;

/// <summary>
/// The public redirect behind every tracked link: GET /l/{code} answers 302 to the tagged destination, 404 for an
/// unknown code and 410 for an expired one. No sign-in, no cookie, and nothing about the visitor is stored (ADR-017).
/// </summary>
public static class ShortLinkEndpoints
{
    public static IEndpointRouteBuilder MapShortLinks(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/l/{code}", [HttpMethods.Get, HttpMethods.Head], FollowAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> FollowAsync(string code, HttpContext context, FollowTrackedLinkHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new FollowTrackedLinkCommand(code, IsAutomated(context.Request)), cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        return result.Outcome switch
        {
            LinkFollowOutcome.Redirect => TypedResults.Redirect(result.Target!.AbsoluteUri),
            LinkFollowOutcome.Expired => Page(StatusCodes.Status410Gone, "This link has expired", "The offer or page this link led to is no longer available."),
            _ => Page(StatusCodes.Status404NotFound, "Link not found", "Please check the link you were given."),
        };
    }

    /// <summary>A robot or preview fetcher by its user agent (matched, never kept), a browser prefetch, or a HEAD probe: redirected, not counted.</summary>
    private static bool IsAutomated(HttpRequest request) =>
        HttpMethods.IsHead(request.Method)
        || BotUserAgents.IsAutomated(request.Headers.UserAgent.ToString())
        || request.Headers["Sec-Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase)
        || request.Headers["Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase);

    private static IResult Page(int status, string title, string text) => TypedResults.Content(
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head>"
        + $"<body><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(text)}</p></body></html>",
        "text/html; charset=utf-8", statusCode: status);
}

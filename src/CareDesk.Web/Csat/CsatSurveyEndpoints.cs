using System.Globalization;
using System.Net;
using CareDesk.Application.Common;
using CareDesk.Application.Csat;
using CareDesk.Domain.Common;
using CareDesk.Domain.Csat;

namespace CareDesk.Web.Csat;

/// <summary>
/// The public survey page behind the link sent after resolution: GET /csat/{token} shows 1-5 and a comment box,
/// POST answers once. No sign-in and no cookie; the unguessable single-use token is the only key, so the form needs no
/// antiforgery token (there is no session to forge). Unknown link 404, expired 410, a second answer 409.
/// </summary>
public static class CsatSurveyEndpoints
{
    public static IEndpointRouteBuilder MapCsatSurveys(this IEndpointRouteBuilder app)
    {
        app.MapGet("/csat/{token}", ShowAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/csat/{token}", AnswerAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ShowAsync(string token, HttpContext context, GetCsatSurveyHandler handler, CancellationToken cancellationToken)
    {
        NoTraces(context);
        try
        {
            var survey = await handler.HandleAsync(new GetCsatSurveyQuery(token), cancellationToken);
            return survey.State switch
            {
                CsatSurveyState.Expired => Page(StatusCodes.Status410Gone, "This survey has expired", "<p>Survey links are valid for 14 days. Thank you all the same.</p>"),
                CsatSurveyState.Answered => Page(StatusCodes.Status409Conflict, "Already answered", "<p>This survey was already answered. Thank you, only the first answer counts.</p>"),
                _ => Page(StatusCodes.Status200OK, $"How did {survey.Brand} do?", Form(token)),
            };
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    private static async Task<IResult> AnswerAsync(string token, HttpContext context, AnswerCsatSurveyHandler handler, CancellationToken cancellationToken)
    {
        NoTraces(context);
        var form = await context.Request.ReadFormAsync(cancellationToken);
        int? score = int.TryParse(form["score"], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        try
        {
            await handler.HandleAsync(new AnswerCsatSurveyCommand(token, score, form["comment"]), cancellationToken);
            return Page(StatusCodes.Status200OK, "Thank you", "<p data-testid=\"csat-thanks\">Your answer was recorded.</p>");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (BusinessRuleViolationException violation) when (violation.Rule is ISequencingRule)
        {
            return Page(StatusCodes.Status409Conflict, "Already answered", $"<p role=\"alert\">{WebUtility.HtmlEncode(violation.Message)}</p>");
        }
        catch (BusinessRuleViolationException violation) when (violation.Rule is IGoneRule)
        {
            return Page(StatusCodes.Status410Gone, "This survey has expired", $"<p role=\"alert\">{WebUtility.HtmlEncode(violation.Message)}</p>");
        }
        catch (Exception exception) when (exception is BusinessRuleViolationException or ValidationFailedException)
        {
            return Page(StatusCodes.Status400BadRequest, "Please choose a score", $"<p role=\"alert\">{WebUtility.HtmlEncode(exception.Message)}</p>{Form(token)}");
        }
    }

    private static IResult NotFound() => Page(StatusCodes.Status404NotFound, "Survey not found", "<p>Please check the link you were given.</p>");

    private static string Form(string token)
    {
        var choices = string.Concat(Enumerable.Range(1, 5).Select(score =>
            $"<label><input type=\"radio\" name=\"score\" value=\"{score}\" required> {score}</label> "));
        return $"<form method=\"post\" action=\"/csat/{Uri.EscapeDataString(token)}\"><fieldset><legend>1 = very dissatisfied, 5 = very satisfied</legend>{choices}</fieldset>"
            + $"<p><label>Anything to add? (optional)<br><textarea name=\"comment\" maxlength=\"{CsatSurvey.MaxCommentLength}\" rows=\"4\" cols=\"50\"></textarea></label></p>"
            + "<p><button type=\"submit\">Send</button></p></form>";
    }

    /// <summary>The token is in the address: keep it out of caches, search engines and the next site's Referer.</summary>
    private static void NoTraces(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
    }

    private static IResult Page(int status, string title, string body) => TypedResults.Content(
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{WebUtility.HtmlEncode(title)}</title></head>"
        + $"<body><main><h1>{WebUtility.HtmlEncode(title)}</h1>{body}</main></body></html>",
        "text/html; charset=utf-8", statusCode: status);
}

using CareDesk.Domain.Users;

namespace CareDesk.Web.Infrastructure;

/// <summary>
/// R35 authority check in one place: a Viewer may read everything it can see but change nothing, so every state-changing
/// request (classifying an item, changing triage labels, sending, signing) answers 403. Signing in and out stays open.
/// </summary>
public sealed class ViewerIsReadOnlyMiddleware(RequestDelegate next)
{
    private static readonly PathString[] SessionPaths = ["/api/auth", "/account", "/login"];

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (!context.User.IsInRole(nameof(UserRole.Viewer)) || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            || HttpMethods.IsOptions(context.Request.Method) || SessionPaths.Any(path => context.Request.Path.StartsWithSegments(path)))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status403Forbidden, Title = "Forbidden.", Detail = "The Viewer role is read-only: it cannot classify, triage, send or sign." },
        });
    }
}

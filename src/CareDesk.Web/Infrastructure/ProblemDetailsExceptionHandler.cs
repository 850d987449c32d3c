using System.Text.Json;
using CareDesk.Application.Common;
using CareDesk.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace CareDesk.Web.Infrastructure;

/// <summary>The one place exceptions become RFC 9457 problem details; field errors name the request field.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, errors) = exception switch
        {
            ValidationFailedException validation => (StatusCodes.Status400BadRequest, "The request is invalid.", validation.Errors),
            BusinessRuleViolationException { Rule: ISequencingRule } rule => (StatusCodes.Status409Conflict, "The request conflicts with the record's state.",
                new Dictionary<string, string[]> { [rule.Rule.Field ?? "request"] = [rule.Message] }),
            BusinessRuleViolationException { Rule: IAuthorityRule } rule => (StatusCodes.Status403Forbidden, "Forbidden.",
                new Dictionary<string, string[]> { [rule.Rule.Field ?? "request"] = [rule.Message] }),
            BusinessRuleViolationException { Rule: IUnprocessableRule } rule => (StatusCodes.Status422UnprocessableEntity, "The request cannot be carried out for this target.",
                new Dictionary<string, string[]> { [rule.Rule.Field ?? "request"] = [rule.Message] }),
            BusinessRuleViolationException { Rule: IGoneRule } rule => (StatusCodes.Status410Gone, "The record is no longer available.",
                new Dictionary<string, string[]> { [rule.Rule.Field ?? "request"] = [rule.Message] }),
            BusinessRuleViolationException rule => (StatusCodes.Status400BadRequest, "The request breaks a business rule.",
                new Dictionary<string, string[]> { [rule.Rule.Field ?? "request"] = [rule.Message] }),
            BadHttpRequestException bad => (bad.StatusCode, "The request body could not be read.", BodyErrors(bad)),
            NotFoundException => (StatusCodes.Status404NotFound, "Not found.", null),
            ForbiddenException => (StatusCodes.Status403Forbidden, "Forbidden.", null),
            _ => (0, string.Empty, null),
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        var details = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = exception.Message };
        if (errors is not null)
        {
            details.Extensions["errors"] = errors;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }

    /// <summary>A malformed body names the JSON path that failed, e.g. "postedAt" for "$.postedAt".</summary>
    private static IReadOnlyDictionary<string, string[]> BodyErrors(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException { Path: { Length: > 2 } path } json)
        {
            var field = path.TrimStart('$', '.');
            return new Dictionary<string, string[]> { [field] = [json.Message] };
        }

        return new Dictionary<string, string[]> { ["body"] = [exception.InnerException?.Message ?? exception.Message] };
    }
}

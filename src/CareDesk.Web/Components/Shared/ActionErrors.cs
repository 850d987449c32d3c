using CareDesk.Application.Common;
using CareDesk.Domain.Common;

namespace CareDesk.Web.Components.Shared;

/// <summary>Runs a form action; expected refusals become a message on the page instead of an error page.</summary>
public static class ActionErrors
{
    public static async Task<string?> TryAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (ValidationFailedException exception)
        {
            return string.Join(" ", exception.Errors.SelectMany(error => error.Value));
        }
        catch (Exception exception) when (exception is BusinessRuleViolationException or ForbiddenException or NotFoundException)
        {
            return exception.Message;
        }
    }
}

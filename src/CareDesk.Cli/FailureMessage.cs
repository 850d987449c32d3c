using System.Data.Common;

namespace CareDesk.Cli;

/// <summary>Turns an unexpected exception into one line for stderr, with a hint for the usual cause.</summary>
internal static class FailureMessage
{
    public static string Describe(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        var message = "error: " + innermost.Message;
        if (innermost is DbException && innermost.Message.Contains("no such table", StringComparison.OrdinalIgnoreCase))
        {
            message += " (has the database been created? Run 'caredesk db migrate'.)";
        }

        return message;
    }
}

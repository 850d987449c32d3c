using System.Net.Sockets;
using CareDesk.Application.Connectors;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace CareDesk.Connectors.Email;

/// <summary>Turns MailKit and socket failures into the port's exceptions; messages name the server, never the password.</summary>
internal static class EmailFailures
{
    public static async Task<T> TranslateAsync<T>(string server, Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation();
        }
        catch (AuthenticationException exception)
        {
            throw new ChannelAuthorizationException($"{server} rejected the mailbox user name or password: fix Connectors:Email credentials.", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ChannelUnavailableException($"{server} did not answer in time.", null, exception);
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            throw new ChannelUnavailableException($"{server} cannot be used right now: {exception.Message}", null, exception);
        }
    }

    private static bool IsUnavailable(Exception exception) => exception is SocketException or IOException or TimeoutException
        or ProtocolException or SslHandshakeException or ServiceNotConnectedException or ServiceNotAuthenticatedException
        or ImapCommandException or FolderNotFoundException or SmtpCommandException;
}

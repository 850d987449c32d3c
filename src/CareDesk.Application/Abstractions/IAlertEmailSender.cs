namespace CareDesk.Application.Abstractions;

/// <summary>Mails a listening alert to one address. Throws on failure; the dispatcher records it and retries.</summary>
public interface IAlertEmailSender
{
    /// <returns>What the mail server answered, with the Message-ID, for the log.</returns>
    Task<string> SendAsync(string recipient, AlertMessage message, CancellationToken cancellationToken);
}

/// <summary>An alert could not be delivered (the relay refused it or could not be reached); the dispatcher records it and retries.</summary>
public sealed class AlertDeliveryFailedException(string message, Exception? inner = null) : Exception(message, inner);

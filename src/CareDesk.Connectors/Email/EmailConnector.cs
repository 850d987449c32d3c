using CareDesk.Application.Connectors;
using CareDesk.Domain.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace CareDesk.Connectors.Email;

/// <summary>
/// A mailbox as a private channel: new mails are read over IMAP by UID, replies go out over SMTP threaded under the
/// customer's mail. Each call opens and closes its own connection: polls are minutes apart and a held IMAP
/// connection would go stale unnoticed.
/// </summary>
internal sealed class EmailConnector : IChannelConnector
{
    private readonly EmailOptions _options;
    private readonly ImapMailbox _mailbox;
    private readonly SmtpReplySender _sender;
    private readonly ResiliencePipeline _pollPipeline;
    private readonly ILogger<EmailConnector> _logger;

    public EmailConnector(IOptions<EmailOptions> options, TimeProvider time, ILogger<EmailConnector> logger)
    {
        _options = options.Value;
        _mailbox = new ImapMailbox(_options);
        _sender = new SmtpReplySender(_options, time);
        _logger = logger;
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (_options.PollRetries > 0)
        {
            // A dropped connection is worth another try; a wrong password is not.
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = _options.PollRetries,
                Delay = _options.PollRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                ShouldHandle = new PredicateBuilder().Handle<ChannelUnavailableException>(exception => exception is not ChannelAuthorizationException),
            });
        }

        _pollPipeline = builder.Build();
    }

    public ChannelKind Kind => ChannelKind.Email;

    public async Task<ChannelPollResult> PollAsync(ChannelPollRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureConfigured(_options.ImapHost, "ImapHost");
        var result = await _pollPipeline.ExecuteAsync(
            async token => await EmailFailures.TranslateAsync(_mailbox.ServerName, () => _mailbox.ReadNewAsync(request.Checkpoint, token), token),
            cancellationToken);
        _logger.LogInformation("E-mail channel {Channel}: {Count} new mail(s) in {Folder}", request.ChannelKey, result.Events.Count, _options.Folder);
        return result;
    }

    public async Task<ChannelActionResult> ExecuteAsync(ChannelAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Kind is not (ChannelActionKind.Reply or ChannelActionKind.PrivateMessage))
        {
            throw new NotSupportedException($"E-mail has no '{action.Kind}': a received mail cannot be hidden or removed from the sender's side.");
        }

        EnsureConfigured(_options.SmtpHost, "SmtpHost");
        var original = action.TargetExternalId.StartsWith("sha256:", StringComparison.Ordinal)
            ? null
            : await EmailFailures.TranslateAsync(_mailbox.ServerName, () => _mailbox.FindAsync(action.TargetExternalId, cancellationToken), cancellationToken);
        var reply = _sender.BuildReply(action, original);
        await EmailFailures.TranslateAsync(_sender.ServerName, async () =>
        {
            await _sender.SendAsync(reply, cancellationToken);
            return true;
        }, cancellationToken);
        _logger.LogInformation("E-mail channel {Channel}: reply {MessageId} sent in reply to {Target}", action.ChannelKey, reply.MessageId, action.TargetExternalId);
        return new ChannelActionResult(true, reply.MessageId);
    }

    private void EnsureConfigured(string? host, string key)
    {
        if (string.IsNullOrWhiteSpace(host) || string.IsNullOrWhiteSpace(_options.UserName) || _options.Password is null)
        {
            throw new ChannelAuthorizationException($"The e-mail connector is not configured: set Connectors:Email:{key}, UserName and Password.");
        }
    }
}

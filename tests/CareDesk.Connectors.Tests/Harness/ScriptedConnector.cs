using CareDesk.Application.Connectors;
using CareDesk.Domain.Channels;

namespace CareDesk.Connectors.Tests.Harness;

/// <summary>
/// A stand-in network for testing what CareDesk does with a connector's answers (storage, checkpoints, health, gaps);
/// the real connectors are tested against recorded traffic. Each poll takes the next scripted answer and returns
/// only the items after the checkpoint it is given, as a real network does.
/// </summary>
internal sealed class ScriptedConnector(ChannelKind kind) : IChannelConnector
{
    private readonly Queue<Func<ChannelPollRequest, ChannelPollResult>> _answers = new();

    public ChannelKind Kind { get; } = kind;

    public List<ChannelPollRequest> Requests { get; } = [];

    /// <summary>The network's timeline: items with increasing numeric ids; a poll returns those after the checkpoint.</summary>
    public List<ChannelEvent> Timeline { get; } = [];

    public void ThenRefuse(ChannelUnavailableException refusal) => _answers.Enqueue(_ => throw refusal);

    public void ThenAnswer(params ChannelEvent[] events) => _answers.Enqueue(_ => new ChannelPollResult(events, null));

    public Task<ChannelPollResult> PollAsync(ChannelPollRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        if (_answers.TryDequeue(out var answer))
        {
            return Task.FromResult(answer(request));
        }

        var since = long.TryParse(request.Checkpoint, out var checkpoint) ? checkpoint : 0;
        var fresh = Timeline.Where(item => long.Parse(item.ExternalId, System.Globalization.CultureInfo.InvariantCulture) > since).ToList();
        return Task.FromResult(new ChannelPollResult(fresh, fresh.Count == 0 ? null : fresh[^1].ExternalId, new RateLimitSnapshot(450, 449, null)));
    }

    /// <summary>Actions the network accepted, in order.</summary>
    public List<ChannelAction> Actions { get; } = [];

    /// <summary>Refusals to answer the next actions with (an outage, a rate limit).</summary>
    public Queue<ChannelUnavailableException> ActionRefusals { get; } = new();

    public Task<ChannelActionResult> ExecuteAsync(ChannelAction action, CancellationToken cancellationToken)
    {
        if (ActionRefusals.TryDequeue(out var refusal))
        {
            throw refusal;
        }

        Actions.Add(action);
        return Task.FromResult(new ChannelActionResult(true, "reply-to-" + action.TargetExternalId));
    }
}

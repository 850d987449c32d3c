using System.Threading.Channels;
using CareDesk.Web.Tests.Infrastructure;
using CareDesk.Web.WebChat;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace CareDesk.Web.Tests.WebChat;

/// <summary>A site visitor's chat client, talking to the real hub over SignalR (long polling through the test server).</summary>
internal sealed class WebChatVisitor : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<(string Id, string Text)> _agentMessages = System.Threading.Channels.Channel.CreateUnbounded<(string, string)>();

    private WebChatVisitor(HubConnection connection)
    {
        _connection = connection;
        _connection.On<string, string, DateTimeOffset>(WebChatHub.AgentMessage, (id, text, _) => _agentMessages.Writer.TryWrite((id, text)));
    }

    public static async Task<WebChatVisitor> ConnectAsync(CareDeskApplicationFactory factory)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, WebChatHub.Path), options =>
            {
                options.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        await connection.StartAsync(TestContext.Current.CancellationToken);
        return new WebChatVisitor(connection);
    }

    public Task<WebChatSettings> GetSettingsAsync(string channel) =>
        _connection.InvokeAsync<WebChatSettings>("GetSettings", channel, TestContext.Current.CancellationToken);

    public Task<WebChatSessionStarted> StartAsync(string channel, bool noticeAccepted = true, string? resume = null) =>
        _connection.InvokeAsync<WebChatSessionStarted>("StartSession", channel, noticeAccepted, resume, TestContext.Current.CancellationToken);

    public Task<WebChatMessageAccepted> SayAsync(string text) =>
        _connection.InvokeAsync<WebChatMessageAccepted>("SendMessage", text, TestContext.Current.CancellationToken);

    /// <summary>The next message an agent pushed to this visitor, or OperationCanceledException after the wait (10 s by default).</summary>
    public async Task<(string Id, string Text)> NextAgentMessageAsync(TimeSpan? wait = null)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(wait ?? TimeSpan.FromSeconds(10));
        return await _agentMessages.Reader.ReadAsync(timeout.Token);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}

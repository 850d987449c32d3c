using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareDesk.Connectors.Tests.Fixtures;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, random port) that answers with recorded responses, so connectors are
/// tested through their real HttpClient, resilience pipeline and JSON parsing. Responses are queued; each request
/// takes the first queued response with the same method and path. A request nothing was queued for gets 501 and is
/// listed in <see cref="Unmatched"/>, so a test sees exactly which call the connector made that the recording lacks.
/// </summary>
internal sealed class FakeApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<QueuedResponse> _queue = [];
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly ConcurrentQueue<ReceivedRequest> _unmatched = new();

    private FakeApiServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    public IReadOnlyList<ReceivedRequest> Unmatched => [.. _unmatched];

    public static async Task<FakeApiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeApiServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Queues every response of a recorded exchange, in recording order.</summary>
    public FakeApiServer Replay(Cassette cassette)
    {
        foreach (var interaction in cassette.Interactions)
        {
            Replay(interaction);
        }

        return this;
    }

    public FakeApiServer Replay(RecordedInteraction interaction) =>
        Respond(interaction.Method, interaction.Uri.AbsolutePath, interaction.Status, interaction.ResponseBody, interaction.ResponseHeaders);

    /// <summary>Queues one response, e.g. a recorded sample body served under the endpoint it came from.</summary>
    public FakeApiServer Respond(string method, string path, int status, string body, IReadOnlyDictionary<string, string>? headers = null)
    {
        lock (_queue)
        {
            _queue.Add(new QueuedResponse(method.ToUpperInvariant(), Uri.UnescapeDataString(path), status, body, headers ?? new Dictionary<string, string>()));
        }

        return this;
    }

    /// <summary>How many queued responses no request has taken yet.</summary>
    public int Pending
    {
        get
        {
            lock (_queue)
            {
                return _queue.Count;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var received = new ReceivedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "/",
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body);
        _requests.Enqueue(received);
        var response = Take(received);
        if (response is null)
        {
            _unmatched.Enqueue(received);
            context.Response.StatusCode = StatusCodes.Status501NotImplemented;
            await context.Response.WriteAsJsonAsync(new { error = $"no recorded response queued for {received.Method} {received.Path}" }, context.RequestAborted);
            return;
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (!response.Headers.ContainsKey("content-type") && response.Body.Length > 0)
        {
            context.Response.ContentType = response.Body.TrimStart().StartsWith('{') || response.Body.TrimStart().StartsWith('[') ? "application/json" : "text/plain";
        }

        await context.Response.WriteAsync(response.Body, context.RequestAborted);
    }

    private QueuedResponse? Take(ReceivedRequest request)
    {
        lock (_queue)
        {
            var index = _queue.FindIndex(item => item.Method == request.Method && string.Equals(item.Path, request.Path, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var found = _queue[index];
            _queue.RemoveAt(index);
            return found;
        }
    }

    private sealed record QueuedResponse(string Method, string Path, int Status, string Body, IReadOnlyDictionary<string, string> Headers);
}

/// <summary>A request the connector made, for asserting what was sent (query, auth header present, body).</summary>
internal sealed record ReceivedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body);

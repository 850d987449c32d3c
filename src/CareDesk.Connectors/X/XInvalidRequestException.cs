using CareDesk.Application.Connectors;

namespace CareDesk.Connectors.X;

/// <summary>
/// X rejected the request itself (400 invalid-request, 404, too many ids): retrying the same call cannot help, so the
/// message carries X's own explanation for whoever reads the channel's health.
/// </summary>
public sealed class XInvalidRequestException(string message, int statusCode) : ChannelUnavailableException(message)
{
    public int StatusCode { get; } = statusCode;
}

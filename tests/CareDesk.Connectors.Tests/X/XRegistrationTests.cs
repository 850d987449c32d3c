using CareDesk.Application.Connectors;
using CareDesk.Connectors.X;
using CareDesk.Domain.Channels;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.Tests.X;

public sealed class XRegistrationTests
{
    [Fact]
    public async Task AddConnectors_registers_the_x_connector_and_webhook()
    {
        await using var x = await XHarness.StartAsync();

        x.Get<IEnumerable<IChannelConnector>>().ShouldContain(connector => connector.Kind == ChannelKind.X);
        x.Get<IEnumerable<IWebhookConnector>>().ShouldContain(webhook => webhook.Network == "x");
    }

    [Fact]
    public async Task Options_never_print_their_secrets()
    {
        await using var x = await XHarness.StartAsync();

        var printed = x.Get<IOptions<XOptions>>().Value.ToString();

        printed.ShouldNotContain("test-app-token");
        printed.ShouldNotContain("test-user-token");
        printed.ShouldNotContain(XHarness.ConsumerSecret);
        printed.ShouldContain("BearerToken = ***");
    }
}

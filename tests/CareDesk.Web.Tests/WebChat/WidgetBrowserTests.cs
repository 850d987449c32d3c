using System.Net;
using System.Net.Sockets;
using System.Text;
using CareDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.WebChat;

/// <summary>
/// The widget as a visitor meets it: embedded with one script tag on a brand's site (another origin, served by
/// Playwright), notice first, then a message that lands in the agents' queue. Debian's Chromium, as in Browser/.
/// </summary>
public sealed class WidgetBrowserTests : IAsyncLifetime
{
    // The brand's site: another origin than CareDesk's 127.0.0.1, served by a real loopback server, because Chromium
    // refuses a page whose address it does not know (a Playwright route) access to the loopback address space.
    private readonly BrandSite _brandSite = new();
    private readonly BrandSiteFactory _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri _caredesk = default!;

    public WidgetBrowserTests() => _factory = new BrandSiteFactory(_brandSite.Origin);

    public async ValueTask InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _caredesk = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        var executable = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium not found at {executable}. Run 'bash eng/test.sh' (installs Debian chromium) or set CHROMIUM_PATH.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
        _brandSite.Dispose();
    }

    [Fact]
    public async Task Visitor_on_the_brand_site_accepts_the_notice_then_chats_and_the_message_is_triaged()
    {
        var page = await _browser!.NewPageAsync();
        var widget = new Uri(_caredesk, "/webchat/widget.js");
        _brandSite.Serve($"<!doctype html><html><head><title>Respiro UK</title></head><body><h1>Respiro</h1>"
            + $"<script src=\"{widget}\" data-channel=\"webchat-respiro-uk\"></script></body></html>");

        await page.GotoAsync(_brandSite.Origin + "/");
        await page.ClickAsync("[data-caredesk-webchat] >> .launcher");
        var notice = page.Locator("[data-caredesk-webchat] >> .notice-text");
        await Assertions.Expect(notice).ToContainTextAsync("Messages in this chat are screened for safety reporting");
        var input = page.Locator("[data-caredesk-webchat] >> textarea");
        await Assertions.Expect(input).ToBeDisabledAsync();
        await page.ClickAsync("[data-caredesk-webchat] >> .accept");
        await Assertions.Expect(input).ToBeEnabledAsync();
        await input.FillAsync("My son had a seizure after using the Respiro inhaler yesterday.");
        await page.ClickAsync("[data-caredesk-webchat] >> .send");
        await Assertions.Expect(page.Locator("[data-caredesk-webchat] >> .msg.visitor")).ToHaveTextAsync("My son had a seizure after using the Respiro inhaler yesterday.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "webchat-widget.png") });

        using var agent = await _factory.SignInAsAgentAsync();
        var queued = (await agent.GetQueueAsync("?label=adverse_event")).ShouldHaveSingleItem();
        queued.ChannelKey.ShouldBe("webchat-respiro-uk");
        queued.Summary.ShouldContain("seizure");
    }

    [Fact]
    public async Task R41_visitor_declines_the_notice_and_a_side_effect_report_still_reaches_the_queue()
    {
        var page = await _browser!.NewPageAsync();
        _brandSite.Serve($"<!doctype html><html><head><title>Respiro UK</title></head><body><h1>Respiro</h1>"
            + $"<script src=\"{new Uri(_caredesk, "/webchat/widget.js")}\" data-channel=\"webchat-respiro-uk\"></script></body></html>");

        await page.GotoAsync(_brandSite.Origin + "/");
        await page.ClickAsync("[data-caredesk-webchat] >> .launcher");
        var decline = page.Locator("[data-caredesk-webchat] >> .decline");
        await Assertions.Expect(decline).ToHaveTextAsync("Decline");
        await decline.ClickAsync();
        var input = page.Locator("[data-caredesk-webchat] >> textarea");
        await Assertions.Expect(input).ToBeEnabledAsync();
        await Assertions.Expect(page.Locator("[data-caredesk-webchat] >> .status")).ToContainTextAsync("You declined");
        await input.FillAsync("My son had a seizure after using the Respiro inhaler yesterday.");
        await page.ClickAsync("[data-caredesk-webchat] >> .send");
        await Assertions.Expect(page.Locator("[data-caredesk-webchat] >> .msg.visitor")).ToHaveTextAsync("My son had a seizure after using the Respiro inhaler yesterday.");

        using var agent = await _factory.SignInAsAgentAsync();
        (await agent.GetQueueAsync("?label=adverse_event")).ShouldHaveSingleItem().ChannelKey.ShouldBe("webchat-respiro-uk");
        var session = await page.EvaluateAsync<string>("sessionStorage.getItem('caredesk.webchat.webchat-respiro-uk')");
        using var supervisor = await _factory.SignInAsSupervisorAsync();
        var found = await CareDeskApplicationFactory.ReadAsync<Application.Privacy.SubjectDataDto>(
            await supervisor.GetAsync($"/api/privacy/subjects?subject=visitor-{session[..12]}", TestContext.Current.CancellationToken));
        found.Consents.ShouldHaveSingleItem().Decision.ShouldBe(Domain.Privacy.ConsentDecision.Declined);
    }

    /// <summary>The app with the brand's site allowed to embed the widget (CORS for the hub).</summary>
    private sealed class BrandSiteFactory(string brandOrigin) : CareDeskApplicationFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("WebChat:AllowedOrigins:0", brandOrigin);
        }
    }

    /// <summary>One static page on http://localhost:{free port}, answering every request with it.</summary>
    private sealed class BrandSite : IDisposable
    {
        private readonly HttpListener _listener = new();
        private byte[] _page = [];

        public BrandSite()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            Origin = $"http://localhost:{((IPEndPoint)probe.LocalEndpoint).Port}";
            probe.Stop();
            _listener.Prefixes.Add(Origin + "/");
            _listener.Start();
            _ = AnswerAsync();
        }

        public string Origin { get; }

        public void Serve(string html) => _page = Encoding.UTF8.GetBytes(html);

        public void Dispose() => _listener.Close();

        private async Task AnswerAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.OutputStream.WriteAsync(_page);
                context.Response.Close();
            }
        }
    }
}

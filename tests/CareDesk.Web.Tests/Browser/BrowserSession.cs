using CareDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>
/// The real app on a loopback Kestrel port, driven by Debian's headless Chromium through Playwright.
/// The browser is never downloaded: CHROMIUM_PATH or /usr/bin/chromium (installed by eng/test.sh).
/// </summary>
public class BrowserSession : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BrowserSession()
        : this(new CareDeskApplicationFactory())
    {
    }

    /// <summary>For sessions whose app needs other settings; xUnit needs the fixture's only public constructor to be parameterless.</summary>
    protected BrowserSession(CareDeskApplicationFactory factory) => Factory = factory;

    public CareDeskApplicationFactory Factory { get; }

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public virtual async ValueTask InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));

        var executable = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium not found at {executable}. Run 'bash eng/test.sh' (installs Debian chromium) or set CHROMIUM_PATH.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // Quiet, offline-friendly flags: this machine has no network beyond loopback.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>An HttpClient signed in as <paramref name="userName"/> against the same live server.</summary>
    /// <summary>Signs a demo user in on the page through the real login form.</summary>
    public static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=userName]", userName);
        await page.FillAsync("input[name=password]", Application.Demo.DemoCatalog.DemoPassword);
        await page.ClickAsync("button[type=submit]");
    }

    public async Task<HttpClient> ApiAsync(string userName)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = BaseAddress };
        var response = await client.PostJsonAsync("/api/auth/login", new { userName, password = Application.Demo.DemoCatalog.DemoPassword });
        response.EnsureSuccessStatusCode();
        return client;
    }
}

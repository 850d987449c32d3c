using CareDesk.Web.Tests.Browser;
using CareDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CareDesk.Web.Tests.Registration;

/// <summary>The real OpenID Connect provider started first, then CareDesk configured with its authority for Respiro's forms.</summary>
public sealed class SocialSignInSession() : BrowserSession(new SocialSignInFactory())
{
    public const string ProviderKey = "testid";

    public TestOpenIdProvider Provider => ((SocialSignInFactory)Factory).Provider;

    public override async ValueTask InitializeAsync()
    {
        await Provider.StartAsync();
        await base.InitializeAsync();
        Provider.RedirectUri = new Uri(BaseAddress, $"/forms/_signin/respiro/{ProviderKey}").ToString();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }

    private sealed class SocialSignInFactory : CareDeskApplicationFactory
    {
        public TestOpenIdProvider Provider { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Plain http on loopback only; production keeps RequireHttps (the default).
            builder.UseSetting("SocialSignIn:RequireHttps", "false");
            builder.UseSetting("SocialSignIn:Providers:0:Brand", "respiro");
            builder.UseSetting("SocialSignIn:Providers:0:Key", ProviderKey);
            builder.UseSetting("SocialSignIn:Providers:0:DisplayName", "Test ID");
            builder.UseSetting("SocialSignIn:Providers:0:Kind", "OpenIdConnect");
            builder.UseSetting("SocialSignIn:Providers:0:Authority", Provider.Issuer.ToString());
            builder.UseSetting("SocialSignIn:Providers:0:ClientId", TestOpenIdProvider.ClientId);
            builder.UseSetting("SocialSignIn:Providers:0:ClientSecret", TestOpenIdProvider.ClientSecret);
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

public sealed class HostApiTests(CareDeskApplicationFactory factory) : IClassFixture<CareDeskApplicationFactory>
{
    [Fact]
    public async Task Health_WhenDatabaseIsReachable_Returns200()
    {
        var response = await factory.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OpenApi_WhenRequestedAnonymously_DescribesThePostsEndpoint()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        document.ShouldContain("\"/api/posts\"");
        document.ShouldContain("\"/api/cases/{number}\"");
    }

    [Fact]
    public async Task Api_WhenNotSignedIn_Returns401InsteadOfARedirect()
    {
        var response = await factory.CreateClient().GetAsync("/api/cases", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Ui_WhenNotSignedIn_RedirectsToSignIn()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/login");
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_Returns401Problem()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "alice", password = "guess" }, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Me_AfterSignIn_ShowsUserAndRole()
    {
        var client = await factory.SignInAsAgentAsync();

        var me = await client.GetStringAsync("/api/auth/me", TestContext.Current.CancellationToken);

        me.ShouldContain("\"userName\":\"alice\"");
        me.ShouldContain("\"role\":\"Agent\"");
    }
}

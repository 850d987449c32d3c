namespace CareDesk.Web.Tests.Infrastructure;

/// <summary>The web app with the production session idle timeout (15 minutes), for the R33 session tests.</summary>
public sealed class Part11SessionFactory : CareDeskApplicationFactory
{
    protected override TimeSpan IdleTimeout => TimeSpan.FromMinutes(15);
}

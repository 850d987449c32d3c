using CareDesk.Application.Common;
using CareDesk.Application.Demo;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Users;
using CareDesk.Application.Users.Administration;
using Microsoft.EntityFrameworkCore;
using static CareDesk.Application.Tests.Users.IdentityFlow;

namespace CareDesk.Application.Tests.Users;

public sealed class ContinuousSessionSigningTests
{
    private const string NewPassword = "Mira-chose-this-2026";

    [Fact]
    public async Task R33_first_signing_needs_user_id_and_password_the_next_within_the_session_only_the_password_and_after_16_idle_minutes_everything_again()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var (a, b, c) = await ThreeAsync(host);
        await SignInAsync(host, "mira");

        var passwordOnly = await Should.ThrowAsync<ValidationFailedException>(() => ApproveAsync(host, a, null, DemoCatalog.DemoPassword));
        passwordOnly.Errors.Keys.ShouldBe(["userName"]);
        (await ApproveAsync(host, a, "mira", DemoCatalog.DemoPassword)).SignerUserName.ShouldBe("mira");

        host.AdvanceTime(TimeSpan.FromMinutes(5));
        (await ApproveAsync(host, b, null, DemoCatalog.DemoPassword)).SignerUserName.ShouldBe("mira");

        host.AdvanceTime(TimeSpan.FromMinutes(16));
        (await Should.ThrowAsync<ValidationFailedException>(() => ApproveAsync(host, c, null, DemoCatalog.DemoPassword))).Errors.Keys.ShouldBe(["userName"]);
        (await SessionIsValidAsync(host)).ShouldBeFalse("the idle timeout also ends the web session");
    }

    [Fact]
    public async Task R33_logout_or_lock_breaks_the_continuous_session()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var (a, b, _) = await ThreeAsync(host);
        await SignInAsync(host, "mira");
        await ApproveAsync(host, a, "mira", DemoCatalog.DemoPassword);

        await host.RunAsync((EndSessionHandler handler, CancellationToken ct) => handler.HandleAsync(host.Actor.SessionId, SessionEndReasons.Lock, ct));

        (await Should.ThrowAsync<ValidationFailedException>(() => ApproveAsync(host, b, null, DemoCatalog.DemoPassword))).Errors.Keys.ShouldBe(["userName"]);
        (await SessionIsValidAsync(host)).ShouldBeFalse();
    }

    [Fact]
    public async Task R33_an_admin_cannot_sign_as_another_user()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var (a, _, _) = await ThreeAsync(host);
        await AsAdminAsync(host);

        var refusal = await Should.ThrowAsync<ValidationFailedException>(() => ApproveAsync(host, a, "mira", DemoCatalog.DemoPassword));

        refusal.Errors.Keys.ShouldBe(["userName"]);
        (await host.QueryAsync((db, ct) => db.Signatures.CountAsync(ct))).ShouldBe(0);
    }

    [Fact]
    public async Task R33_after_an_admin_reset_the_user_must_choose_a_password_before_signing_and_the_temporary_one_never_signs()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var (a, _, _) = await ThreeAsync(host);
        await AsAdminAsync(host);
        await host.RunAsync((ResetUserPasswordHandler handler, CancellationToken ct) => handler.HandleAsync("mira", "Temporary-2026-x", ct));

        var signIn = await SignInAsync(host, "mira", "Temporary-2026-x");
        signIn.MustChangePassword.ShouldBeTrue();
        var refusal = await Should.ThrowAsync<ValidationFailedException>(() => ApproveAsync(host, a, "mira", "Temporary-2026-x"));
        refusal.Errors["password"].Single().ShouldContain("Change your password");

        await host.RunAsync((ChangePasswordHandler handler, CancellationToken ct) => handler.HandleAsync(new ChangePasswordCommand("Temporary-2026-x", NewPassword), ct));
        await Should.ThrowAsync<ValidationFailedException>(() => ApproveAsync(host, a, "mira", "Temporary-2026-x"));
        (await ApproveAsync(host, a, "mira", NewPassword)).SignerUserName.ShouldBe("mira");
    }

    private static async Task<(Guid A, Guid B, Guid C)> ThreeAsync(ApplicationTestHost host)
    {
        var ids = await ThreeTemplatesInReviewAsync(host);
        return (ids[0], ids[1], ids[2]);
    }

    private static Task<bool> SessionIsValidAsync(ApplicationTestHost host) =>
        host.RunAsync((ValidateSessionHandler handler, CancellationToken ct) => handler.HandleAsync(host.Actor.SessionId!.Value, host.Actor.UserName, 1, ct));
}

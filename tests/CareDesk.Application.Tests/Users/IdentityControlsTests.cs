using CareDesk.Application.Common;
using CareDesk.Application.Demo;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Users;
using CareDesk.Application.Users.Administration;
using CareDesk.Domain.Common;
using CareDesk.Domain.Users;
using CareDesk.Domain.Users.Rules;
using Microsoft.EntityFrameworkCore;
using static CareDesk.Application.Tests.Users.IdentityFlow;

namespace CareDesk.Application.Tests.Users;

public sealed class IdentityControlsTests
{
    [Fact]
    public async Task R34_a_deleted_user_id_is_retired_and_creating_it_again_is_rejected()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await AsAdminAsync(host);
        await CreateJdoeAsync(host);
        await host.RunAsync((DeactivateUserAccountHandler handler, CancellationToken ct) => handler.HandleAsync("jdoe", "Left the company", ct));

        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => CreateJdoeAsync(host));

        refusal.RuleName.ShouldBe(nameof(UserIdMustNeverBeReusedRule));
        refusal.Message.ShouldContain("retired");
        (await SignInAsync(host, "jdoe", "Temporary-2026-x")).Outcome.ShouldBe(SignInOutcome.Failed);
        (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(entry => entry.Action == "user.deactivated", ct))).ShouldBe(1);
    }

    [Fact]
    public async Task R34_five_wrong_signature_passwords_lock_the_account_and_raise_a_security_alert()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = (await ThreeTemplatesInReviewAsync(host))[0];
        await SignInAsync(host, "mira");

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            (await Should.ThrowAsync<ValidationFailedException>(() => ApproveAsync(host, template, "mira", "wrong"))).Errors["password"].Single().ShouldNotContain("locked");
        }

        (await Should.ThrowAsync<ValidationFailedException>(() => ApproveAsync(host, template, "mira", "wrong"))).Errors["password"].Single().ShouldContain("locked");
        await Should.ThrowAsync<ValidationFailedException>(() => ApproveAsync(host, template, "mira", DemoCatalog.DemoPassword));
        (await SignInAsync(host, "mira")).Outcome.ShouldBe(SignInOutcome.Locked);

        await AsAdminAsync(host);
        var alert = (await host.RunAsync((ListSecurityAlertsHandler handler, CancellationToken ct) => handler.HandleAsync(ct))).ShouldHaveSingleItem();
        (alert.UserName, alert.Kind).ShouldBe(("mira", SecurityAlert.AccountLocked));
        (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(entry => entry.Action == "user.locked", ct))).ShouldBe(1);

        await host.RunAsync((UnlockUserAccountHandler handler, CancellationToken ct) => handler.HandleAsync("mira", "Identity confirmed by phone", ct));
        (await SignInAsync(host, "mira")).Outcome.ShouldBe(SignInOutcome.SignedIn);
    }

    [Fact]
    public async Task R34_five_wrong_sign_in_passwords_lock_the_account_too()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var outcomes = new List<SignInOutcome>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            outcomes.Add((await SignInAsync(host, "bob", "wrong")).Outcome);
        }

        outcomes.ShouldBe([SignInOutcome.Failed, SignInOutcome.Failed, SignInOutcome.Failed, SignInOutcome.Failed, SignInOutcome.Locked]);
        (await host.QueryAsync((db, ct) => db.SecurityAlerts.SingleAsync(ct))).UserName.ShouldBe("bob");
    }

    [Fact]
    public async Task R34_mark_device_lost_revokes_every_session_of_the_user()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var laptop = (await SignInAsync(host, "mira")).SessionId!.Value;
        var phone = (await SignInAsync(host, "mira")).SessionId!.Value;
        (await IsValidAsync(host, laptop)).ShouldBeTrue();

        await AsAdminAsync(host);
        await host.RunAsync((MarkDeviceLostHandler handler, CancellationToken ct) => handler.HandleAsync("mira", "Phone stolen", ct));

        (await IsValidAsync(host, laptop)).ShouldBeFalse();
        (await IsValidAsync(host, phone)).ShouldBeFalse();
        (await host.QueryAsync((db, ct) => db.SignInSessions.Where(session => session.UserName == "mira").Select(session => session.EndReason).ToListAsync(ct)))
            .ShouldAllBe(reason => reason == SessionEndReasons.DeviceLost);
        (await host.QueryAsync((db, ct) => db.SecurityAlerts.SingleAsync(ct))).Kind.ShouldBe(SecurityAlert.DeviceLost);
        (await SignInAsync(host, "mira")).Outcome.ShouldBe(SignInOutcome.SignedIn);
        (await IsValidAsync(host, host.Actor.SessionId!.Value, version: 2)).ShouldBeTrue("a fresh sign-in carries the new session version");
    }

    [Fact]
    public async Task R34_an_aged_password_must_be_changed_before_signing()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = (await ThreeTemplatesInReviewAsync(host))[0];
        await SignInAsync(host, "mira");
        await host.RunAsync((ChangePasswordHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ChangePasswordCommand(DemoCatalog.DemoPassword, "Mira-chose-this-2026"), ct));

        host.AdvanceTime(TimeSpan.FromDays(91));

        (await SignInAsync(host, "mira", "Mira-chose-this-2026")).MustChangePassword.ShouldBeTrue();
        (await Should.ThrowAsync<ValidationFailedException>(() => ApproveAsync(host, template, "mira", "Mira-chose-this-2026"))).Errors["password"].Single()
            .ShouldContain("Change your password");
    }

    [Fact]
    public async Task R34_only_admins_administer_accounts()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("sam", UserRole.Supervisor);

        await Should.ThrowAsync<ForbiddenException>(() => host.RunAsync((MarkDeviceLostHandler handler, CancellationToken ct) => handler.HandleAsync("mira", "x", ct)));
    }

    private static Task<UserAccountView> CreateJdoeAsync(ApplicationTestHost host) =>
        host.RunAsync((CreateUserAccountHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new CreateUserAccountCommand("jdoe", "John Doe", UserRole.Agent, "Care team US", "Temporary-2026-x"), ct));

    private static Task<bool> IsValidAsync(ApplicationTestHost host, Guid sessionId, int version = 1) =>
        host.RunAsync((ValidateSessionHandler handler, CancellationToken ct) => handler.HandleAsync(sessionId, "mira", version, ct));
}

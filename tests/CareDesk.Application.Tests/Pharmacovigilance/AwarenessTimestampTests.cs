using CareDesk.Application.Common;
using CareDesk.Application.Pharmacovigilance;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Pharmacovigilance;

public sealed class AwarenessTimestampTests
{
    private static readonly DateTimeOffset SaturdayLate = new(2026, 11, 28, 23, 50, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task R3_day0_is_the_saturday_the_complete_post_arrived_although_the_agent_opened_it_monday()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.AdvanceTime(SaturdayLate - host.Time.GetUtcNow());
        var post = await host.PostAsync(PvSteps.MumRash, postedAt: SaturdayLate.AddMinutes(-1));
        host.AdvanceTime(MondayMorning - SaturdayLate);

        await host.OpenCaseAsync(post.CaseNumber);
        host.AdvanceTime(TimeSpan.FromMinutes(20));
        await host.ReviewAsync(post.CaseNumber, PvSteps.ConfirmAll(new Seriousness(false, false, true, false, false, false)));
        var intake = await host.OpenPvAsync(post.CaseNumber);

        intake.Awareness.PlatformPostedAt.ShouldBe(SaturdayLate.AddMinutes(-1));
        intake.Awareness.IngestedAt.ShouldBe(SaturdayLate);
        intake.Awareness.FirstSeenByHumanAt.ShouldBe(MondayMorning);
        intake.Awareness.MinimumCriteriaMetAt.ShouldBe(SaturdayLate);
        intake.Awareness.CriteriaConfirmedAt.ShouldBe(MondayMorning.AddMinutes(20));
        intake.Deadline!.Day0.ShouldBe(new DateOnly(2026, 11, 28));
        intake.Deadline.DueOn.ShouldBe(new DateOnly(2026, 12, 13));
        intake.Deadline.Expedited.ShouldBeTrue();
    }

    [Fact]
    public async Task R3_first_human_view_is_recorded_once_and_never_by_the_system()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsync(PvSteps.MumRash);
        host.Actor.SignInAs("system", null, ActorVia.System);
        await host.OpenCaseAsync(post.CaseNumber);
        host.SignInAs("alice", UserRole.Agent);
        host.AdvanceTime(TimeSpan.FromHours(1));
        await host.OpenCaseAsync(post.CaseNumber);
        var firstSeen = host.Time.GetUtcNow();
        host.AdvanceTime(TimeSpan.FromHours(1));
        await host.OpenCaseAsync(post.CaseNumber);

        var intake = await host.OpenPvAsync(post.CaseNumber);

        intake.Awareness.FirstSeenByHumanAt.ShouldBe(firstSeen);
        (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(entry => entry.Action == "case.first_seen", ct))).ShouldBe(1);
    }

    [Fact]
    public async Task R3_day0_correction_is_audited_with_old_value_new_value_user_and_reason()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsync(PvSteps.MumRash);
        await host.ReviewAsync(post.CaseNumber, PvSteps.ConfirmAll());
        var original = (await host.OpenPvAsync(post.CaseNumber)).Awareness.MinimumCriteriaMetAt!.Value;
        var corrected = original.AddDays(-1);

        await Should.ThrowAsync<ForbiddenException>(() => host.RunAsync((CorrectDay0Handler handler, CancellationToken ct) =>
            handler.HandleAsync(new CorrectDay0Command(post.CaseNumber, corrected, "vendor saw it first"), ct)));
        host.SignInAs("sam", UserRole.Supervisor);
        await host.RunAsync((CorrectDay0Handler handler, CancellationToken ct) =>
            handler.HandleAsync(new CorrectDay0Command(post.CaseNumber, corrected, "Vendor agent saw the post a day earlier"), ct));

        var intake = await host.OpenPvAsync(post.CaseNumber);
        intake.Awareness.MinimumCriteriaMetAt.ShouldBe(corrected);
        intake.Awareness.OriginalMinimumCriteriaMetAt.ShouldBe(original);
        var entry = await host.QueryAsync((db, ct) => db.AuditEntries.SingleAsync(item => item.Action == "pv.day0_corrected", ct));
        entry.Actor.ShouldBe("sam");
        entry.Reason.ShouldBe("Vendor agent saw the post a day earlier");
        entry.Before!.ShouldContain(original.UtcDateTime.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        entry.After!.ShouldContain(corrected.UtcDateTime.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }
}

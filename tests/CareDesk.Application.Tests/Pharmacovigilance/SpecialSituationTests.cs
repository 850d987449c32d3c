using CareDesk.Application.Pharmacovigilance;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Pharmacovigilance;

/// <summary>R6: special situations are flagged, routed to PV even without an AE, and listed for aggregate review.</summary>
public sealed class SpecialSituationTests
{
    [Fact]
    public async Task R6_double_dose_by_mistake_without_an_ae_is_routed_to_pv_as_special_situation_and_listed_for_aggregate_review()
    {
        await using var host = await ApplicationTestHost.StartAsync(configure: ShippedModelScreening.Use);

        var post = await host.PostAsync("Took double dose of Cardiozen by mistake, felt fine.");

        post.Labels.ShouldContain(TriageLabel.AdverseEvent); // PV's queue
        var intake = await host.QueryAsync((db, ct) => db.PvIntakes.SingleAsync(item => item.CaseNumber == post.CaseNumber, ct));
        intake.SpecialSituations.ShouldBe([SpecialSituation.Overdose, SpecialSituation.MedicationError], ignoreOrder: true);
        intake.HasAdverseEvent.ShouldBeFalse();
        intake.Classification.ShouldBe("special situation – no AE");

        var review = await host.RunAsync((GetAggregateReviewHandler handler, CancellationToken ct) => handler.HandleAsync(new GetAggregateReviewQuery(null, null), ct));
        var row = review.ShouldHaveSingleItem();
        row.CaseNumber.ShouldBe(post.CaseNumber);
        row.Classification.ShouldBe("special situation – no AE");
        row.Tag.ShouldBe("non-ICSR, for aggregate/PSUR review");
        GetAggregateReviewHandler.ToCsv(review).ShouldContain($"{post.CaseNumber},{intake.SafetyReportId}");
    }

    [Fact]
    public async Task R6_pregnancy_exposure_sets_the_pregnancy_flag_and_a_pregnancy_outcome_follow_up_with_a_due_date()
    {
        await using var host = await ApplicationTestHost.StartAsync(configure: ShippedModelScreening.Use);

        var post = await host.PostAsync("I'm 8 weeks pregnant and on Cardiozen");

        var intake = await host.OpenPvAsync(post.CaseNumber);
        intake.SpecialSituations.ShouldContain(SpecialSituation.PregnancyMaternalExposure);
        var task = intake.FollowUps.Where(item => item.Purpose == "pregnancy outcome").ShouldHaveSingleItem();
        task.DueAt.ShouldBe(ApplicationTestHost.Start.AddDays(30));
        task.IsDone.ShouldBeFalse();
    }

    [Fact]
    public async Task R6_an_ae_with_a_special_situation_stays_an_adverse_event_case_and_is_not_in_the_aggregate_list()
    {
        await using var host = await ApplicationTestHost.StartAsync(configure: ShippedModelScreening.Use);

        var post = await host.PostAsync("Took double dose of Cardiozen by mistake and got a terrible headache and vomiting all night");

        var intake = await host.OpenPvAsync(post.CaseNumber);
        intake.SpecialSituations.ShouldContain(SpecialSituation.Overdose);
        intake.HasAdverseEvent.ShouldBeTrue();
        intake.Classification.ShouldBe("adverse event");
        (await host.RunAsync((GetAggregateReviewHandler handler, CancellationToken ct) => handler.HandleAsync(new GetAggregateReviewQuery(null, null), ct)))
            .ShouldBeEmpty();
    }

    [Fact]
    public async Task R6_the_pv_reviewer_selects_flags_independently_and_the_change_is_audited()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsync(PvSteps.MumRash);
        await host.OpenPvAsync(post.CaseNumber);

        var saved = await host.RunAsync((RecordSpecialSituationsHandler handler, CancellationToken ct) => handler.HandleAsync(
            new RecordSpecialSituationsCommand(post.CaseNumber, [SpecialSituation.ElderlyUse, SpecialSituation.DrugInteraction, SpecialSituation.PregnancyPaternalExposure],
                HasAdverseEvent: true, Reason: "mother is 72; also takes warfarin"), ct));

        saved.SpecialSituations.ShouldBe([SpecialSituation.PregnancyPaternalExposure, SpecialSituation.ElderlyUse, SpecialSituation.DrugInteraction]);
        saved.FollowUps.ShouldContain(task => task.Purpose == "pregnancy outcome");
        var entry = await host.QueryAsync((db, ct) => db.AuditEntries.SingleAsync(item => item.Action == "pv.special_situations_recorded", ct));
        entry.Actor.ShouldBe(host.Actor.UserName);
        entry.Reason.ShouldBe("mother is 72; also takes warfarin");
        entry.Before.ShouldNotBeNull().ShouldNotContain("drug_interaction", Case.Insensitive);
        entry.After.ShouldNotBeNull().ShouldContain("drug_interaction", Case.Insensitive);
    }
}

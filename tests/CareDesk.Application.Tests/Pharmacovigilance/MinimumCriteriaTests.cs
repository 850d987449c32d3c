using CareDesk.Application.Common;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Common;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Pharmacovigilance.Rules;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Pharmacovigilance;

public sealed class MinimumCriteriaTests
{
    [Fact]
    public async Task R5_four_criteria_confirmed_with_evidence_make_a_valid_icsr_and_the_defaults_are_logged()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsync(PvSteps.MumRash, author: "@user");
        var opened = await host.OpenPvAsync(post.CaseNumber);
        opened.IsValidIcsr.ShouldBeFalse();
        opened.Reporter.Evidence.ShouldBe("@user");

        await host.ReviewAsync(post.CaseNumber, PvSteps.ConfirmAll() with { Reporter = new(true, "@user") });
        var intake = await host.OpenPvAsync(post.CaseNumber);

        intake.IsValidIcsr.ShouldBeTrue();
        intake.Patient.ShouldBe(new ConfirmedCriterion(true, "my mum (72)"));
        intake.ReporterQualification.ShouldBe(ReporterQualification.Consumer);
        intake.QualificationDefaulted.ShouldBeTrue();
        intake.ReporterCountry.ShouldBe("US");
        intake.CountryDefaulted.ShouldBeTrue();
        var review = await host.QueryAsync((db, ct) => db.AuditEntries.SingleAsync(entry => entry.Action == "pv.intake_reviewed", ct));
        review.Reason!.ShouldContain("defaulted to consumer");
        review.Reason!.ShouldContain("defaulted to US");
    }

    [Fact]
    public async Task R5_without_an_identifiable_patient_the_case_stays_incomplete_and_cannot_be_sent()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsync("Someone I know had a rash from Cardiozen");
        await host.ReviewAsync(post.CaseNumber, PvSteps.ConfirmAll() with { Patient = new(false, "someone I know") });

        var intake = await host.OpenPvAsync(post.CaseNumber);
        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => host.HandOffAsync(post.CaseNumber));

        intake.IsValidIcsr.ShouldBeFalse();
        intake.Awareness.MinimumCriteriaMetAt.ShouldBeNull();
        intake.HandoffBlockers.ShouldHaveSingleItem().ShouldContain("patient");
        intake.FollowUps.Count.ShouldBe(3);
        refusal.RuleName.ShouldBe(nameof(MinimumCriteriaMustBeConfirmedRule));
    }

    [Fact]
    public async Task R5_a_confirmed_criterion_needs_its_supporting_text()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsync(PvSteps.MumRash);

        var failure = await Should.ThrowAsync<ValidationFailedException>(() =>
            host.ReviewAsync(post.CaseNumber, PvSteps.ConfirmAll() with { Event = new(true, " ") }));

        failure.Errors.Keys.ShouldBe(["event.evidence"]);
    }
}

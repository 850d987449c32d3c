using CareDesk.Application.MedicalInformation;
using CareDesk.Application.Quality;
using CareDesk.Application.Templates;
using CareDesk.Application.Tests.Approvals;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Common;
using CareDesk.Domain.Quality.Rules;
using CareDesk.Domain.Replies.Rules;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Regulatory;

public sealed class EscalationPathTests
{
    private static readonly Dictionary<string, string> MedInfoUrl = new() { ["url"] = "https://medinfo.cardiozen.example" };

    [Fact]
    public async Task R19_product_complaint_reaches_quality_with_the_minimum_and_a_field_alert_clock_due_wednesday_end_of_day()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.AdvanceTime(new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.Zero) - host.Time.GetUtcNow()); // Friday 10:00 in New York
        var post = await host.IngestAsync("My Cardiozen pills are discoloured and smell odd");

        var recorded = await host.RunAsync((RecordProductComplaintHandler handler, CancellationToken ct) => handler.HandleAsync(
            new RecordProductComplaintCommand(post.CaseNumber, "Cardiozen", "10 mg", null, null, PossibleFieldAlert: true), ct));

        // 3 working days from Friday: Monday, Tuesday, Wednesday 2026-12-09, until the US desk closes at 20:00 New York time.
        recorded.FieldAlertDueAt.ShouldBe(new DateTimeOffset(2026, 12, 10, 1, 0, 0, TimeSpan.Zero));
        var complaint = await host.QueryAsync((db, ct) => db.ProductComplaints.SingleAsync(ct));
        complaint.Product.ShouldBe("Cardiozen");
        complaint.Strength.ShouldBe("10 mg");
        complaint.Complainant.ShouldBe("@patient");
        complaint.ContactRoute.ShouldBe("x-cardiozen-us @patient");
        complaint.Description.ShouldBe("My Cardiozen pills are discoloured and smell odd");
        complaint.AwareAt.ShouldBe(host.Time.GetUtcNow());
        var subject = await host.QueryAsync((db, ct) => db.Cases.Include(item => item.Clocks).SingleAsync(ct));
        subject.EscalatedTo.ShouldContain(EscalationTarget.Quality);
        subject.Clocks.ShouldContain(clock => clock.Kind == SlaClockKind.FieldAlert && clock.IsOpen);
    }

    [Fact]
    public async Task R19_a_complaint_closes_only_with_a_lot_number_or_a_documented_absence()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("My Cardiozen pills are discoloured and smell odd");
        var recorded = await host.RunAsync((RecordProductComplaintHandler handler, CancellationToken ct) => handler.HandleAsync(
            new RecordProductComplaintCommand(post.CaseNumber, "Cardiozen", null, null, null, PossibleFieldAlert: true), ct));

        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => host.RunAsync((CloseProductComplaintHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new CloseProductComplaintCommand(recorded.ComplaintId, null, null, null), ct)));
        await host.RunAsync((CloseProductComplaintHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new CloseProductComplaintCommand(recorded.ComplaintId, null, "Lot unavailable after 3 attempts", "QA: no FAR needed"), ct));

        refusal.RuleName.ShouldBe(nameof(ComplaintNeedsLotOrDocumentedAbsenceRule));
        (await host.QueryAsync((db, ct) => db.ProductComplaints.SingleAsync(ct))).ClosedAt.ShouldNotBeNull();
        (await host.QueryAsync((db, ct) => db.Cases.Include(item => item.Clocks).SingleAsync(ct))).HasOpenClock(SlaClockKind.FieldAlert).ShouldBeFalse();
    }

    [Fact]
    public async Task R20_a_medical_inquiry_is_routed_to_medical_information_with_its_own_clock_and_response_package()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Can I take Cardiozen for weight loss?");

        var routed = await host.RunAsync((RouteMedicalInquiryHandler handler, CancellationToken ct) => handler.HandleAsync(new RouteMedicalInquiryCommand(post.CaseNumber), ct));
        host.AdvanceTime(TimeSpan.FromHours(3));
        await host.RunAsync((RecordMedicalInformationResponseHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new RecordMedicalInformationResponseCommand(routed.RequestId, "SRD-123 v4", null), ct));

        routed.IsOffLabel.ShouldBeTrue();
        routed.Warning.ShouldBeNull();
        var request = await host.QueryAsync((db, ct) => db.MedicalInformationRequests.SingleAsync(ct));
        request.Question.ShouldBe("Can I take Cardiozen for weight loss?");
        request.Requester.ShouldBe("@patient");
        request.IsSolicited.ShouldBeFalse();
        request.AnswerReference.ShouldBe("SRD-123 v4");
        request.AnsweredBy.ShouldBe("alice");
        request.SentAt.ShouldBe(ApplicationTestHost.Start.AddHours(3));
        var clock = (await host.QueryAsync((db, ct) => db.Cases.Include(item => item.Clocks).SingleAsync(ct))).Clocks.Single(item => item.Kind == SlaClockKind.MedInfoResponse);
        clock.Status.ShouldBe(SlaClockStatus.Met);
    }

    [Fact]
    public async Task R20_a_request_prompted_by_a_company_post_is_flagged_as_solicited()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Can I take Cardiozen with alcohol?");

        var routed = await host.RunAsync((RouteMedicalInquiryHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new RouteMedicalInquiryCommand(post.CaseNumber, IsSolicited: true, "prompted by company post #456"), ct));

        routed.Warning.ShouldBe(RouteMedicalInquiryHandler.SolicitedWarning);
        (await host.QueryAsync((db, ct) => db.MedicalInformationRequests.SingleAsync(ct))).IsSolicited.ShouldBeTrue();
    }

    [Fact]
    public async Task R21_a_public_off_label_question_gets_only_a_redirect_to_medical_information_template()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Can I take Cardiozen for weight loss? Where can I buy it cheaper?");
        post.Labels.ShouldContain(TriageLabel.OffLabel);

        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => ReplyApprovalPathTests.ReplyAsync(host, post.CaseNumber, "CZ-US-0160",
            new Dictionary<string, string> { ["first_name"] = "Jo", ["url"] = "https://cardiozen.example/savings" }));
        var redirect = await ReplyApprovalPathTests.ReplyAsync(host, post.CaseNumber, "CZ-US-0150", MedInfoUrl);

        refusal.RuleName.ShouldBe(nameof(OffLabelQuestionGetsOnlyRedirectTemplatesRule));
        redirect.AwaitsApproval.ShouldBeFalse();
        var reply = (await host.QueryAsync((db, ct) => db.Replies.ToListAsync(ct))).ShouldHaveSingleItem();
        reply.JobCode.ShouldBe("CZ-US-0150");
    }

    [Fact]
    public async Task R21_the_composer_offers_only_redirect_templates_for_a_public_off_label_question()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var offLabel = await host.IngestAsync("Can I take Cardiozen for weight loss?");
        var general = await host.IngestAsync("Where can I find the savings card?");

        var forOffLabel = await host.RunAsync((ListTemplatesHandler handler, CancellationToken ct) => handler.HandleAsync(new ListTemplatesQuery(offLabel.CaseNumber), ct));
        var forGeneral = await host.RunAsync((ListTemplatesHandler handler, CancellationToken ct) => handler.HandleAsync(new ListTemplatesQuery(general.CaseNumber), ct));

        forOffLabel.Select(template => template.JobCode).ShouldBe(["CZ-US-0150"]);
        forGeneral.Count.ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task R21_edited_redirect_text_for_an_off_label_question_still_waits_for_approval()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Can I take Cardiozen for weight loss?");

        var held = await ReplyApprovalPathTests.ReplyAsync(host, post.CaseNumber, "CZ-US-0150", MedInfoUrl, "Yes, many people lose weight on it.");

        held.AwaitsApproval.ShouldBeTrue();
        (await host.QueryAsync((db, ct) => db.Outbox.CountAsync(ct))).ShouldBe(0);
    }
}

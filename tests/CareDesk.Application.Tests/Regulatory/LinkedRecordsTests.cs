using CareDesk.Application.LinkedRecords;
using CareDesk.Application.MedicalInformation;
using CareDesk.Application.Quality;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Tests.Pharmacovigilance;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Regulatory;

/// <summary>R14: one post, several labels, one linked record per label in its own queue.</summary>
public sealed class LinkedRecordsTests
{
    private const string CrackedPen =
        "The Cardiozen pen was cracked and I got a skin infection at the injection site, is it OK to use it off-label for my kid?";

    [Fact]
    public async Task R14_one_post_yields_linked_ae_case_quality_complaint_and_off_label_paediatric_mi_request_each_in_its_own_queue()
    {
        await using var host = await ApplicationTestHost.StartAsync(configure: ShippedModelScreening.Use);

        var post = await host.PostAsync(CrackedPen);

        post.Labels.ShouldContain(TriageLabel.AdverseEvent);
        post.Labels.ShouldContain(TriageLabel.ProductComplaint);
        post.Labels.ShouldContain(TriageLabel.OffLabel);
        var linked = await host.RunAsync((GetLinkedRecordsHandler handler, CancellationToken ct) => handler.HandleAsync(new GetLinkedRecordsQuery(post.CaseNumber), ct));
        linked.Records.Select(record => record.Queue).ShouldBe(["Pharmacovigilance", "Quality", "Medical Information"], ignoreOrder: true);
        linked.Records.Single(record => record.Queue == "Pharmacovigilance").Summary.ShouldContain("infection");
        linked.Records.Single(record => record.Queue == "Quality").Summary.ShouldBe("Cardiozen: device_damage; lot requested");
        linked.Records.Single(record => record.Queue == "Medical Information").Summary.ShouldBe("medical question, off-label, paediatric");

        var quality = (await ListAsync(host, ListQueueHandler.Quality)).ShouldHaveSingleItem();
        var medical = (await ListAsync(host, ListQueueHandler.MedicalInformation)).ShouldHaveSingleItem();
        quality.CaseNumber.ShouldBe(post.CaseNumber);
        quality.CrossReferences.Select(record => record.Queue).ShouldBe(["Pharmacovigilance", "Medical Information"], ignoreOrder: true);
        medical.CrossReferences.Select(record => record.Queue).ShouldBe(["Pharmacovigilance", "Quality"], ignoreOrder: true);
        medical.CrossReferences.ShouldContain(record => record.Reference == $"US-CAREDESK-{post.CaseNumber:D6}");
    }

    [Fact]
    public async Task R14_the_agents_record_and_routing_complete_the_screening_drafts_instead_of_adding_second_records()
    {
        await using var host = await ApplicationTestHost.StartAsync(configure: ShippedModelScreening.Use);
        var post = await host.PostAsync(CrackedPen);

        await host.RunAsync((RecordProductComplaintHandler handler, CancellationToken ct) => handler.HandleAsync(
            new RecordProductComplaintCommand(post.CaseNumber, "Cardiozen", "5 mg pen", "LOT-42", null, PossibleFieldAlert: false), ct));
        await host.RunAsync((RouteMedicalInquiryHandler handler, CancellationToken ct) => handler.HandleAsync(new RouteMedicalInquiryCommand(post.CaseNumber), ct));

        var complaint = await host.QueryAsync((db, ct) => db.ProductComplaints.SingleAsync(ct));
        complaint.IsDraft.ShouldBeFalse();
        complaint.Defect.ShouldBe("device_damage");
        complaint.LotStatus.ShouldBe("recorded");
        complaint.RecordedBy.ShouldBe(host.Actor.UserName);
        var request = await host.QueryAsync((db, ct) => db.MedicalInformationRequests.SingleAsync(ct));
        request.IsDraft.ShouldBeFalse();
        request.IsPaediatric.ShouldBeTrue();
        request.IsOffLabel.ShouldBeTrue();
    }

    private static Task<IReadOnlyList<QueueItemDto>> ListAsync(ApplicationTestHost host, string queue) =>
        host.RunAsync((ListQueueHandler handler, CancellationToken ct) => handler.HandleAsync(new ListQueueQuery(queue), ct));
}

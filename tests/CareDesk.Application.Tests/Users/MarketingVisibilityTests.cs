using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Application.MedicalInformation;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Tests.Users;

public sealed class MarketingVisibilityTests
{
    [Fact]
    public async Task R20_a_marketing_user_cannot_open_list_or_answer_a_medical_information_request()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var inquiry = await host.IngestAsync("Can I take Cardiozen for weight loss?");
        var routed = await host.RunAsync((RouteMedicalInquiryHandler handler, CancellationToken ct) => handler.HandleAsync(new RouteMedicalInquiryCommand(inquiry.CaseNumber), ct));
        var service = await host.IngestAsync("Where can I find the savings card?");

        host.SignInAs("mark", UserRole.Marketing);

        await Should.ThrowAsync<ForbiddenException>(() => host.RunAsync((GetCaseDetailsHandler handler, CancellationToken ct) => handler.HandleAsync(new GetCaseDetailsQuery(inquiry.CaseNumber), ct)));
        await Should.ThrowAsync<ForbiddenException>(() => host.RunAsync((RecordMedicalInformationResponseHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new RecordMedicalInformationResponseCommand(routed.RequestId, "SRD-123 v4", null), ct)));
        var visible = await host.RunAsync((ListCasesHandler handler, CancellationToken ct) => handler.HandleAsync(new ListCasesQuery(), ct));
        visible.Select(item => item.Number).ShouldBe([service.CaseNumber]);

        host.SignInAs("alice", UserRole.Agent);
        (await host.RunAsync((GetCaseDetailsHandler handler, CancellationToken ct) => handler.HandleAsync(new GetCaseDetailsQuery(inquiry.CaseNumber), ct))).ShouldNotBeNull();
    }
}

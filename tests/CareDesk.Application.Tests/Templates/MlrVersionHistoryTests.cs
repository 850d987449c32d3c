using CareDesk.Application.Templates;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Users;
using static CareDesk.Application.Tests.Templates.MlrFlow;

namespace CareDesk.Application.Tests.Templates;

public sealed class MlrVersionHistoryTests
{
    [Fact]
    public async Task R48_the_history_keeps_every_version_with_its_approval_record_and_the_diff_shows_the_changed_text()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var v1 = await ApprovedAsync(host);
        host.SignInAs("sam", UserRole.Supervisor);
        var v2 = await host.RunAsync((CreateTemplateVersionHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new CreateTemplateVersionCommand(v1.Id, Input(body: "Thanks {{first_name}}! For heart failure see {{url}}.")), ct));
        await SubmitAsync(host, v2.Id);
        await ApproveByAllAsync(host, v2.Id);

        var history = await host.RunAsync((GetTemplateHistoryHandler handler, CancellationToken ct) => handler.HandleAsync(v2.Id, ct));
        var diff = await host.RunAsync((GetTemplateHistoryHandler handler, CancellationToken ct) => handler.CompareAsync(v2.Id, v1.Id, ct));

        history.Select(version => (version.MaterialId, version.Status)).ShouldBe([("CZ-US-0300 v1", TemplateStatus.Superseded), ("CZ-US-0300 v2", TemplateStatus.Approved)]);
        history.ShouldAllBe(version => version.ApprovedBy == "mira, leo, rita" && version.ApprovedAt != null);
        diff.Older.Id.ShouldBe(v1.Id);
        diff.Body.Where(segment => segment.Kind == DiffKind.Added).Select(segment => segment.Text).ShouldBe(["{{first_name}}! For heart failure "]);
        diff.Body.Where(segment => segment.Kind == DiffKind.Removed).Select(segment => segment.Text).ShouldBe(["{{first_name}}, "]);
    }
}

using CareDesk.Application.Cases;
using CareDesk.Application.Demo;
using CareDesk.Application.Templates;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Tests.Templates;

/// <summary>The MLR workflow as the demo people run it: sam authors, mira, leo and rita sign as medical, legal and regulatory.</summary>
internal static class MlrFlow
{
    public static readonly (string UserName, ReviewerRole Role)[] Reviewers = [("mira", ReviewerRole.Medical), ("leo", ReviewerRole.Legal), ("rita", ReviewerRole.Regulatory)];

    public static TemplateContentInput Input(string jobCode = "CZ-US-0300", string body = "Thanks {{first_name}}, see {{url}}.", string[]? markets = null,
        ChannelKind[]? channels = null, DateOnly? expiresOn = null, Guid? brandId = null) =>
        new("Savings card", jobCode, body, [new("first_name", TemplateVariableKind.FirstName), new("url", TemplateVariableKind.Url)], [], channels ?? [],
            markets ?? ["US"], TemplateCategory.Service, null, null, expiresOn, brandId);

    public static Dictionary<string, string> Values() => new() { ["first_name"] = "Jamie", ["url"] = "https://cardiozen.example/savings" };

    public static async Task<TemplateDto> DraftAsync(ApplicationTestHost host, TemplateContentInput? input = null)
    {
        host.SignInAs("sam", UserRole.Supervisor);
        return await host.RunAsync((CreateTemplateDraftHandler handler, CancellationToken ct) => handler.HandleAsync(input ?? Input(), ct));
    }

    public static async Task<TemplateDto> InReviewAsync(ApplicationTestHost host, TemplateContentInput? input = null)
    {
        var draft = await DraftAsync(host, input);
        return await SubmitAsync(host, draft.Id);
    }

    public static async Task<TemplateDto> SubmitAsync(ApplicationTestHost host, Guid id)
    {
        host.SignInAs("sam", UserRole.Supervisor);
        return await host.RunAsync((SubmitTemplateForReviewHandler handler, CancellationToken ct) => handler.HandleAsync(id, ct));
    }

    public static Task<SignatureDto> ApproveAsync(ApplicationTestHost host, Guid id, string userName, ReviewerRole? role, string? password = DemoCatalog.DemoPassword)
    {
        host.SignInAs(userName, UserRole.Reviewer);
        return host.RunAsync((ApproveTemplateHandler handler, CancellationToken ct) => handler.HandleAsync(new ApproveTemplateCommand(id, role, password, userName), ct));
    }

    public static async Task<TemplateDto> ApprovedAsync(ApplicationTestHost host, TemplateContentInput? input = null)
    {
        var template = await InReviewAsync(host, input);
        await ApproveByAllAsync(host, template.Id);
        return (await ReviewAsync(host, template.Id)).Template;
    }

    public static async Task ApproveByAllAsync(ApplicationTestHost host, Guid id)
    {
        foreach (var (userName, role) in Reviewers)
        {
            await ApproveAsync(host, id, userName, role);
        }

        if ((await ReviewAsync(host, id)).Template.PendingRoles.Contains(ReviewerRole.UkCertifier))
        {
            await ApproveAsync(host, id, "paula", ReviewerRole.UkCertifier);
        }
    }

    public static Task<TemplateReviewDto> ReviewAsync(ApplicationTestHost host, Guid id) =>
        host.RunAsync((GetTemplateReviewHandler handler, CancellationToken ct) => handler.HandleAsync(id, ct));

    public static Task<IReadOnlyList<TemplateDto>> PickerAsync(ApplicationTestHost host, int caseNumber) =>
        host.RunAsync((ListTemplatesHandler handler, CancellationToken ct) => handler.HandleAsync(new ListTemplatesQuery(caseNumber), ct));

    public static Task<SendTemplateReplyResult> SendAsync(ApplicationTestHost host, int caseNumber, Guid templateId)
    {
        host.SignInAs("alice", UserRole.Agent);
        return host.RunAsync((SendTemplateReplyHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new SendTemplateReplyCommand(caseNumber, templateId, Values(), false), ct));
    }
}

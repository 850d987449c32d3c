using CareDesk.Application.Channels;
using CareDesk.Application.Promotion;
using CareDesk.Application.Templates;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Promotion;

/// <summary>Cardiozen's risk library entry and promotional templates built on it, as sam (supervisor) maintains them.</summary>
internal static class PromotionFlow
{
    public const string Claim = "lowers high blood pressure in adults";
    public const string Risks = "Serious risks: dizziness, fainting and very low blood pressure; do not use in pregnancy.";
    public const string RiskUrl = "https://cardiozen.example/risks";
    public const string PiUrl = "https://cardiozen.example/pi";

    /// <summary>Claim, most serious risks, risk link, both names: 265 characters, as in the R23 acceptance test.</summary>
    public static readonly string CompliantBody =
        $"Cardiozen (zenolapril) {Claim}. {Risks} Full risk information: {RiskUrl} Ask your doctor whether Cardiozen is right for you. #BPcheck";

    public static async Task<Guid> BrandIdAsync(ApplicationTestHost host, string brand = "Cardiozen") =>
        await host.QueryAsync((db, ct) => db.Brands.Where(item => item.Name == brand).Select(item => item.Id).SingleAsync(ct));

    public static Task<ProductRiskDto> SetRiskLibraryAsync(ApplicationTestHost host, string brand = "Cardiozen", bool boxedWarning = false)
    {
        host.SignInAs("sam", UserRole.Supervisor);
        var (name, established) = brand == "Cardiozen" ? ("Cardiozen", "zenolapril") : (brand, "respirolide");
        return host.RunAsync((SetProductRiskInformationHandler handler, CancellationToken ct) => handler.HandleAsync(
            new SetProductRiskInformationCommand(brand, name, established, Risks, RiskUrl, PiUrl, "Zenith Pharma Ltd", boxedWarning), ct));
    }

    public static async Task<TemplateContentInput> PromotionalInputAsync(ApplicationTestHost host, string body, string? claim = Claim, string jobCode = "CZ-US-0500",
        ChannelKind[]? channels = null, string[]? markets = null, string brand = "Cardiozen") =>
        new("Cardiozen for high blood pressure", jobCode, body, [], [], channels ?? [ChannelKind.X], markets ?? ["US"], TemplateCategory.Promotional, null, null, null,
            await BrandIdAsync(host, brand), null, Siuu: false, BenefitClaim: claim);

    public static Task<PromotionalCheckDto> CheckAsync(ApplicationTestHost host, Guid templateId) =>
        host.RunAsync((CheckPromotionalTemplateHandler handler, CancellationToken ct) => handler.HandleAsync(templateId, ct));

    public static Task<PromotionalPostDto> ScheduleAsync(ApplicationTestHost host, params Guid[] templateIds)
    {
        host.SignInAs("sam", UserRole.Supervisor);
        return host.RunAsync((SchedulePromotionalPostHandler handler, CancellationToken ct) => handler.HandleAsync(
            new SchedulePromotionalPostCommand(ApplicationTestHost.DefaultChannel, [.. templateIds.Select(id => new PromotionalPostPartInput(id, null))]), ct));
    }

    public static Task<PromotionalPostDto> PublishAsync(ApplicationTestHost host, Guid postId, string? externalId = null)
    {
        host.SignInAs("sam", UserRole.Supervisor);
        return host.RunAsync((PublishPromotionalPostHandler handler, CancellationToken ct) => handler.HandleAsync(new PublishPromotionalPostCommand(postId, externalId), ct));
    }

    public static Task<TemplateDto> RecordSubmissionAsync(ApplicationTestHost host, Guid templateId, DateOnly on)
    {
        host.SignInAs("sam", UserRole.Supervisor);
        return host.RunAsync((RecordFda2253SubmissionHandler handler, CancellationToken ct) => handler.HandleAsync(new RecordFda2253SubmissionCommand(templateId, on), ct));
    }

    public static Task<int> SetCharacterLimitAsync(ApplicationTestHost host, int? limit, string channel = ApplicationTestHost.DefaultChannel)
    {
        host.SignInAs("sam", UserRole.Supervisor);
        return host.RunAsync((SetChannelCharacterLimitHandler handler, CancellationToken ct) => handler.HandleAsync(new SetChannelCharacterLimitCommand(channel, limit), ct));
    }
}

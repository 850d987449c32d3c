using CareDesk.Application.Roi;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Users;
using CareDesk.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Roi;

/// <summary>The steps ROI tests share, named for what a supervisor or agent does.</summary>
internal static class RoiFlow
{
    public static async Task AllowDomainsAsync(this ApplicationTestHost host, string brand, params string[] domains)
    {
        host.SignInAs("sam", UserRole.Supervisor);
        await host.RunAsync((SetAllowedLinkDomainsHandler handler, CancellationToken ct) => handler.HandleAsync(new SetAllowedLinkDomainsCommand(brand, domains), ct));
    }

    public static Task<TrackedLinkDto> CreateLinkAsync(this ApplicationTestHost host, string channel, string destination, Guid? templateId = null, DateTimeOffset? expiresAt = null)
    {
        host.SignInAs("sam", UserRole.Supervisor);
        return host.RunAsync((CreateTrackedLinkHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new CreateTrackedLinkCommand(channel, "winter-savings", destination, templateId, expiresAt), ct));
    }

    public static Task<FollowTrackedLinkResult> FollowAsync(this ApplicationTestHost host, string code, bool automated = false) =>
        host.RunAsync((FollowTrackedLinkHandler handler, CancellationToken ct) => handler.HandleAsync(new FollowTrackedLinkCommand(code, automated), ct));

    public static async Task<string> IssueForCaseAsync(this ApplicationTestHost host, int caseNumber, string agent = "alice", Guid? templateId = null)
    {
        host.SignInAs(agent, UserRole.Agent);
        var codes = await host.RunAsync((IssueRedemptionCodeHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new IssueRedemptionCodeCommand(caseNumber, templateId, "winter-savings"), ct));
        return codes.Single().Code;
    }

    public static Task<ImportRedemptionsResult> ImportAsync(this ApplicationTestHost host, string csv)
    {
        host.SignInAs("sam", UserRole.Supervisor);
        return host.RunAsync((ImportRedemptionsHandler handler, CancellationToken ct) => handler.HandleAsync(new ImportRedemptionsCommand(csv), ct));
    }

    public static Task<Guid> TemplateIdAsync(this ApplicationTestHost host, string jobCode) =>
        host.QueryAsync((AppDbContext db, CancellationToken ct) => db.Templates.Where(template => template.JobCode == jobCode).Select(template => template.Id).SingleAsync(ct));
}

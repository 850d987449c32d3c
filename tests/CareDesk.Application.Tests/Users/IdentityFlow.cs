using CareDesk.Application.Demo;
using CareDesk.Application.Templates;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Tests.Templates;
using CareDesk.Application.Users;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Tests.Users;

/// <summary>Signing in and signing as the web host does it: the actor carries the session the sign-in started.</summary>
internal static class IdentityFlow
{
    public static async Task<SignInResult> SignInAsync(ApplicationTestHost host, string userName, string password = DemoCatalog.DemoPassword)
    {
        var result = await host.RunAsync((AuthenticateUserHandler handler, CancellationToken ct) => handler.HandleAsync(userName, password, ct));
        if (result.User is { } user)
        {
            host.Actor.SignInAs(user.UserName, user.Role);
            host.Actor.SessionId = result.SessionId;
        }

        return result;
    }

    public static Task<SignatureDto> ApproveAsync(ApplicationTestHost host, Guid templateId, string? userName, string? password, ReviewerRole role = ReviewerRole.Medical) =>
        host.RunAsync((ApproveTemplateHandler handler, CancellationToken ct) => handler.HandleAsync(new ApproveTemplateCommand(templateId, role, password, userName), ct));

    /// <summary>Three templates in review, A, B and C, each waiting for a medical signature.</summary>
    public static async Task<Guid[]> ThreeTemplatesInReviewAsync(ApplicationTestHost host)
    {
        var ids = new List<Guid>();
        foreach (var jobCode in new[] { "CZ-US-0301", "CZ-US-0302", "CZ-US-0303" })
        {
            ids.Add((await MlrFlow.InReviewAsync(host, MlrFlow.Input(jobCode))).Id);
        }

        return [.. ids];
    }

    public static async Task AsAdminAsync(ApplicationTestHost host) => await SignInAsync(host, "ada");
}

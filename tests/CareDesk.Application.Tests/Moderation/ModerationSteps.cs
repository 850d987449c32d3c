using CareDesk.Application.Moderation;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Moderation;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Tests.Moderation;

internal static class ModerationSteps
{
    public const string Page = "facebook-cardiozen-us";

    public static async Task ModerateAsync(this ApplicationTestHost host, ModerationMode mode, bool profanityFilter = true, bool spamFilter = true)
    {
        host.SignInAs("sam", UserRole.Supervisor);
        await host.RunAsync((SetCommunityGuidelinesHandler handler, CancellationToken ct) => handler.HandleAsync(new SetCommunityGuidelinesCommand("Cardiozen",
            "Be kind. No swearing, no advertising. We read every comment, including reports of side effects.", null, profanityFilter, ["fuck", "shit"],
            spamFilter, ["buy followers", "crypto giveaway"]), ct));
        await host.RunAsync((SetPageModerationHandler handler, CancellationToken ct) => handler.HandleAsync(new SetPageModerationCommand(Page, mode), ct));
        host.SignInAs("alice", UserRole.Agent);
    }

    public static async Task<ModeratedItemDto> ItemOfCaseAsync(this ApplicationTestHost host, int caseNumber) =>
        (await host.QueueAsync("all")).Single(item => item.CaseNumber == caseNumber);

    public static Task<IReadOnlyList<ModeratedItemDto>> QueueAsync(this ApplicationTestHost host, string? show = null) =>
        host.RunAsync((ListModerationQueueHandler handler, CancellationToken ct) => handler.HandleAsync(new ListModerationQueueQuery(show), ct));

    public static Task<ModeratedItemDto> ScreenAsync(this ApplicationTestHost host, Guid id, bool adverseEvent, bool productComplaint = false, bool medicalInquiry = false) =>
        host.RunAsync((ScreenModeratedItemHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ScreenModeratedItemCommand(id, adverseEvent, productComplaint, medicalInquiry), ct));

    public static Task<ModeratedItemDto> DecideAsync(this ApplicationTestHost host, Guid id, ModerationDecision decision, string? note = "Breaks rule 1: no swearing") =>
        host.RunAsync((ModerateCommentHandler handler, CancellationToken ct) => handler.HandleAsync(new ModerateCommentCommand(id, decision, note), ct));
}

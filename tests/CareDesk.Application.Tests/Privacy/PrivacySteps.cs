using CareDesk.Application.Privacy;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Privacy;

namespace CareDesk.Application.Tests.Privacy;

internal static class PrivacySteps
{
    public const string PrivacyNotice = "We process your messages to answer you and to report side effects. May we contact you privately?";

    public static Task<ConsentRecordDto> ConsentAsync(this ApplicationTestHost host, string handle, ProcessingPurpose purpose, ConsentDecision decision,
        string version = "v2", string source = "web chat pre-chat notice", string channel = ApplicationTestHost.DefaultChannel) =>
        host.RunAsync((CaptureConsentHandler handler, CancellationToken ct) => handler.HandleAsync(
            new CaptureConsentCommand(channel, handle, purpose, decision, PrivacyNotice, version, "private follow-up about my report", source), ct));

    public static Task<WithdrawConsentResult> WithdrawAsync(this ApplicationTestHost host, Guid consentId) =>
        host.RunAsync((WithdrawConsentHandler handler, CancellationToken ct) => handler.HandleAsync(new WithdrawConsentCommand(consentId), ct));
}

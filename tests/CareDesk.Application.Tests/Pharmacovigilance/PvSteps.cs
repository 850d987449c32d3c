using CareDesk.Application.Cases;
using CareDesk.Application.Pharmacovigilance;
using CareDesk.Application.Posts;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Pharmacovigilance;

namespace CareDesk.Application.Tests.Pharmacovigilance;

/// <summary>The PV hand-off journey as use cases, one scope each, as the web layer calls them.</summary>
internal static class PvSteps
{
    public const string MumRash = "my mum (72) got a rash on both arms after starting Cardiozen";

    public static Task<IngestPostResult> PostAsync(this ApplicationTestHost host, string text, string author = "@sam_r",
        string channel = ApplicationTestHost.DefaultChannel, DateTimeOffset? postedAt = null)
    {
        var now = host.Time.GetUtcNow();
        return host.RunAsync((IngestPostHandler handler, CancellationToken ct) => handler.HandleAsync(
            new IngestPostCommand(channel, Guid.NewGuid().ToString("N"), author, text, postedAt ?? now.AddMinutes(-2), null, null, true, now), ct));
    }

    public static Task<PvIntakeDto> OpenPvAsync(this ApplicationTestHost host, int caseNumber) =>
        host.RunAsync((GetPvIntakeHandler handler, CancellationToken ct) => handler.HandleAsync(new GetPvIntakeQuery(caseNumber), ct));

    public static Task<CaseDetailsDto> OpenCaseAsync(this ApplicationTestHost host, int caseNumber) =>
        host.RunAsync((GetCaseDetailsHandler handler, CancellationToken ct) => handler.HandleAsync(new GetCaseDetailsQuery(caseNumber), ct));

    public static PvReview ConfirmAll(Seriousness? seriousness = null, ReportType type = ReportType.Spontaneous, string? causality = null,
        ReporterQualification? qualification = null, string? country = null) => new(
        new(true, "@sam_r"), new(true, "my mum (72)"), new(true, "Cardiozen"), new(true, "rash on both arms"),
        qualification, country, seriousness ?? Seriousness.None, type, causality);

    public static Task ReviewAsync(this ApplicationTestHost host, int caseNumber, PvReview review) =>
        host.RunAsync((ReviewPvIntakeHandler handler, CancellationToken ct) => handler.HandleAsync(new ReviewPvIntakeCommand(caseNumber, review), ct));

    public static Task<HandOffToPvResult> HandOffAsync(this ApplicationTestHost host, int caseNumber) =>
        host.RunAsync((HandOffToPvHandler handler, CancellationToken ct) => handler.HandleAsync(new HandOffToPvCommand(caseNumber), ct));

    public static Task<IcsrFile> ExportAsync(this ApplicationTestHost host, int caseNumber) =>
        host.RunAsync((ExportIcsrHandler handler, CancellationToken ct) => handler.HandleAsync(new ExportIcsrQuery(caseNumber), ct));

    /// <summary>Ingest, open, confirm and hand off: a valid ICSR on its way to PV.</summary>
    public static async Task<(int CaseNumber, HandOffToPvResult Sent)> SendValidReportAsync(this ApplicationTestHost host, string text = MumRash,
        string author = "@sam_r", Seriousness? seriousness = null)
    {
        var post = await host.PostAsync(text, author);
        await host.OpenPvAsync(post.CaseNumber);
        await host.ReviewAsync(post.CaseNumber, ConfirmAll(seriousness));
        return (post.CaseNumber, await host.HandOffAsync(post.CaseNumber));
    }
}

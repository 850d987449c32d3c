using CareDesk.Application.Channels;
using CareDesk.Application.Pharmacovigilance.Meddra;
using CareDesk.Application.Pharmacovigilance.Translation;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

/// <param name="Files">File name (meddra_release.asc, llt.asc, pt.asc) to the file's text, as in the customer's MedDRA ASCII release.</param>
public sealed record MeddraReleaseRequest(Dictionary<string, string>? Files);

public sealed record MeddraCodeRequest(int? LltCode);

public sealed record PreCodeRequest(string? Vocabulary, string? Code, string? Term);

public sealed record EventTranslationRequest(string? Language, string? Translation);

public sealed record MachineTranslationRequest(string? SourceLanguage);

public sealed record ChannelSourceRequest(DataCollectionSource? Source);

/// <summary>
/// The remaining PV obligations: a channel's data-collection source (R2), the customer's MedDRA release and event coding with the
/// open pre-coding fallback (R11), and the verbatim's language with its translation (R17).
/// </summary>
public static class PvCodingEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPut("/channels/{key}/source", SetSource).RequireAuthorization(Policies.ContentManager);
        group.MapPost("/pv/meddra/releases", LoadRelease).RequireAuthorization(Policies.ContentManager);
        group.MapGet("/pv/meddra/terms", SearchTerms);
        group.MapPut("/cases/{number:int}/pv/meddra", Code);
        group.MapPut("/cases/{number:int}/pv/pre-code", PreCode);
        group.MapPut("/cases/{number:int}/pv/translation", Translate);
        group.MapPost("/cases/{number:int}/pv/translation/machine", TranslateByMachine);
    }

    [EndpointSummary("Declare a channel organic or a company-run collection (survey, chatbot flow, PSP, market research); its AEs default to spontaneous or solicited (R2).")]
    public static async Task<NoContent> SetSource(string key, ChannelSourceRequest request, SetChannelSourceHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new SetChannelSourceCommand(key, request.Source), cancellationToken);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Load the customer's MedDRA release (ASCII files); on an upgrade every coded event is re-validated and retired LLTs are flagged (R11).")]
    public static async Task<Ok<LoadMeddraReleaseResult>> LoadRelease(MeddraReleaseRequest request, LoadMeddraReleaseHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new LoadMeddraReleaseCommand(request.Files ?? []), cancellationToken));

    [EndpointSummary("Current LLTs of the current MedDRA release whose name contains the text.")]
    public static async Task<Ok<IReadOnlyList<MeddraTermDto>>> SearchTerms(string? q, SearchMeddraTermsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new SearchMeddraTermsQuery(q), cancellationToken));

    [EndpointSummary("Code the case's event to an LLT of the current MedDRA release (E.i.2.1a/b).")]
    public static async Task<Ok<MeddraTermDto>> Code(int number, MeddraCodeRequest request, CodeEventToMeddraHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new CodeEventToMeddraCommand(number, request.LltCode), cancellationToken));

    [EndpointSummary("Pre-code the event with an open vocabulary (e.g. CTCAE); never exported, it blocks the ICSR until a MedDRA LLT is assigned.")]
    public static async Task<NoContent> PreCode(int number, PreCodeRequest request, PreCodeEventHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new PreCodeEventCommand(number, request.Vocabulary, request.Code, request.Term), cancellationToken);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Record the verbatim's ISO 639-2 language and a human English translation (works offline).")]
    public static async Task<NoContent> Translate(int number, EventTranslationRequest request, RecordEventTranslationHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new RecordEventTranslationCommand(number, request.Language, request.Translation), cancellationToken);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Machine-translate the event verbatim into English through the configured engine; labelled as MT in the history and the export.")]
    public static async Task<Ok<EventTranslation>> TranslateByMachine(int number, MachineTranslationRequest request, TranslateEventByMachineHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new TranslateEventByMachineCommand(number, request.SourceLanguage), cancellationToken));
}

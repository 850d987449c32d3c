using CareDesk.Application.Pharmacovigilance.E2b;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Conversations;
using CareDesk.Domain.Pharmacovigilance;

namespace CareDesk.Application.Pharmacovigilance;

/// <summary>Maps a case and its intake onto the E2B elements (R9); a duplicate keeps the original's C.1.8.1 and links it in C.1.10.r (R16).</summary>
internal static class IcsrContentFactory
{
    public static IcsrContent Create(Case subject, PvIntake intake, IReadOnlyList<Post> posts, PvOptions options, string messageId, DateTimeOffset now)
    {
        var deadline = intake.Deadline(options.Zone, options.Periods);
        var mostRecent = posts.Select(post => post.ReceivedAt).DefaultIfEmpty(intake.IngestedAt).Max();
        return new IcsrContent(
            BatchId: $"{options.SenderId}-{messageId}",
            MessageId: messageId,
            CreatedAt: now,
            SenderId: options.SenderId,
            ReceiverId: options.ReceiverId,
            SenderOrganisation: options.SenderOrganisation,
            SafetyReportId: intake.SafetyReportId,
            WorldwideCaseId: intake.DuplicateOfReportId ?? intake.SafetyReportId,
            LinkedReportIds: intake.DuplicateOfReportId is null ? [] : [intake.DuplicateOfReportId],
            ReportType: intake.ReportType,
            FirstReceivedAt: intake.MinimumCriteriaMetAt ?? intake.IngestedAt,
            MostRecentInformationAt: mostRecent,
            Expedited: deadline?.Expedited ?? intake.IsSerious,
            ReporterHandle: intake.ReporterContactWithheld ? string.Empty : subject.Author,
            ReporterQualification: intake.ReporterQualification,
            ReporterCountry: intake.ReporterCountry,
            PatientDescription: intake.Patient.Evidence,
            Patient: new IcsrPatient(intake.PatientSex, intake.PatientAgeYears, intake.PatientAgeGroup),
            Reactions: [new Reaction(Limit(intake.Event.Evidence ?? "unknown", Reaction.MaxVerbatimLength), intake.Seriousness), .. intake.AdditionalReactions],
            DrugAsReported: Limit(intake.Product.Evidence ?? "unknown", 250),
            Causality: intake.Causality,
            Narrative: Narrative(subject, intake, posts),
            SenderComments: Comments(SpecialSituationComment(intake), TranslationComment(intake)))
        {
            PrimaryEvent = new IcsrEventText(intake.EventLanguage, intake.EventMeddra, intake.EventTranslation?.Text),
        };
    }

    /// <summary>
    /// E2B(R3) has no element per special situation; without MedDRA coding (R11) they travel as the sender's comment (H.4),
    /// so the safety database sees them on import.
    /// </summary>
    private static string? SpecialSituationComment(PvIntake intake) => intake.SpecialSituations.Count == 0 ? null
        : $"Special situations: {string.Join(", ", intake.SpecialSituations.Select(SpecialSituationNames.Display))}." +
          (intake.HasAdverseEvent ? string.Empty : $" No adverse event reported ({PvClassification.NonIcsrTag}).");

    /// <summary>E2B has no "machine translated" flag; the label travels in the sender's comment (H.4) so the receiver sees it (R17).</summary>
    private static string? TranslationComment(PvIntake intake) => intake.EventTranslation is { } translation
        ? $"E.i.1.2 translation from {intake.EventLanguage}: {(translation.ByMachine ? "machine translation, " : string.Empty)}{translation.Label}, {translation.At:yyyy-MM-dd HH:mm} UTC."
        : null;

    private static string? Comments(params string?[] parts) =>
        parts.Any(part => part is not null) ? string.Join(" ", parts.Where(part => part is not null)) : null;

    private static string Narrative(Case subject, PvIntake intake, IReadOnlyList<Post> posts) =>
        $"Social media report received by CareDesk case {subject.Number} from {(intake.ReporterContactWithheld ? "a reporter who declined consent" : subject.Author)}. " +
        $"Patient: {intake.Patient.Evidence ?? "not identified"}. Product: {intake.Product.Evidence}. Event: {intake.Event.Evidence}. " +
        $"Verbatim source text: {string.Join(" / ", posts.Select(post => post.Text))}";

    private static string Limit(string text, int max) => text.Length <= max ? text : text[..max];
}

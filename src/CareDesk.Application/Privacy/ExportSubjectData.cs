using System.Globalization;
using System.Text;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Privacy;

namespace CareDesk.Application.Privacy;

public sealed record ExportSubjectDataCommand(string? Subject, PrivacyRegime Regime);

public sealed record SubjectDataExport(DataSubjectRequestDto Request, string Json, string Readable);

/// <summary>An access request (GDPR Art 15, R42): everything found, as JSON for machines and as text for the person.</summary>
public sealed class ExportSubjectDataHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<SubjectDataExport> HandleAsync(ExportSubjectDataCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("export personal data");
        new Validation().Required("subject", command.Subject).MaxLength("subject", command.Subject, DataSubjectRequest.MaxSubjectLength).ThrowIfInvalid();
        var now = time.GetUtcNow();
        var request = DataSubjectRequest.Open(command.Subject!, DataSubjectRequestKind.Access, command.Regime, actor.UserName, now);
        var found = await db.FindSubjectDataAsync(request.Subject, cancellationToken);
        request.Complete(
            [
                .. found.Posts.Select(post => new DataSubjectRequestItem("Post", post.PostId.ToString(), $"Message in case {post.CaseNumber} on {post.Channel}",
                    DataSubjectRequestOutcome.Exported, "Art 15")),
                .. found.Consents.Select(consent => new DataSubjectRequestItem("Consent", consent.Id.ToString(), $"{consent.Purpose} consent",
                    DataSubjectRequestOutcome.Exported, "Art 15")),
                .. found.Contacts.Select(contact => new DataSubjectRequestItem("Contact", contact.Number.ToString(CultureInfo.InvariantCulture),
                    $"Contact profile {contact.Number} and its {contact.Identities.Count} identities", DataSubjectRequestOutcome.Exported, "Art 15")),
                .. found.Registrations.Select(registration => new DataSubjectRequestItem("Registration", registration.Id.ToString(),
                    $"Registration on {registration.Brand}/{registration.Form} v{registration.FormVersion}", DataSubjectRequestOutcome.Exported, "Art 15")),
                .. found.CsatComments.Select(comment => new DataSubjectRequestItem("CsatComment", comment.SurveyId.ToString(),
                    $"Satisfaction survey comment on case {comment.CaseNumber}", DataSubjectRequestOutcome.Exported, "Art 15")),
            ],
            now);
        db.DataSubjectRequests.Add(request);
        audit.Record("dsar.completed", nameof(DataSubjectRequest), request.Id, null, new { request.Kind, request.Regime, exported = request.Items.Count });
        await db.SaveChangesAsync(cancellationToken);
        return new SubjectDataExport(DataSubjectRequestDto.Of(request), CareDeskJson.Serialize(found), Readable(found));
    }

    private static string Readable(SubjectDataDto found)
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(culture, $"Personal data held about \"{found.Subject}\"");
        text.AppendLine(culture, $"Messages ({found.Posts.Count}):");
        foreach (var post in found.Posts)
        {
            text.AppendLine(culture, $"- {post.PostedAt:yyyy-MM-dd HH:mm} on {post.Channel} as {post.Author} (case {post.CaseNumber}): {post.Text}");
        }

        text.AppendLine(culture, $"Consent answers ({found.Consents.Count}):");
        foreach (var consent in found.Consents)
        {
            var withdrawn = consent.WithdrawnAt is { } at ? string.Create(culture, $", withdrawn {at:yyyy-MM-dd HH:mm}") : string.Empty;
            text.AppendLine(culture, $"- {consent.Purpose}: {consent.Decision} v{consent.TextVersion} on {consent.ChannelKey}, {consent.CapturedAt:yyyy-MM-dd HH:mm}{withdrawn}");
        }

        text.AppendLine(culture, $"Contact profiles ({found.Contacts.Count}):");
        foreach (var contact in found.Contacts)
        {
            var identities = string.Join(", ", contact.Identities.Select(identity => $"{identity.Value} on {identity.Channel}"));
            text.AppendLine(culture, $"- contact {contact.Number}, role {contact.Role}{(contact.DoNotContact ? ", do not contact" : "")}: {identities}");
        }

        text.AppendLine(culture, $"Registrations ({found.Registrations.Count}):");
        foreach (var registration in found.Registrations)
        {
            var answers = string.Join(", ", registration.Answers.Select(answer => $"{answer.Key}: {answer.Value}"));
            text.AppendLine(culture, $"- {registration.SubmittedAt:yyyy-MM-dd HH:mm} {registration.Brand}/{registration.Form} v{registration.FormVersion} as {registration.Email}, consent {registration.Consent}: {answers}");
        }

        text.AppendLine(culture, $"Satisfaction survey comments ({found.CsatComments.Count}):");
        foreach (var comment in found.CsatComments)
        {
            text.AppendLine(culture, $"- case {comment.CaseNumber}, score {comment.Score}: {comment.Comment}");
        }

        return text.ToString();
    }
}

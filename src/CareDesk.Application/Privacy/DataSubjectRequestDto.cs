using CareDesk.Domain.Privacy;

namespace CareDesk.Application.Privacy;

public sealed record DataSubjectRequestDto(Guid Id, string Subject, DataSubjectRequestKind Kind, PrivacyRegime Regime, DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt, int DaysAllowed, bool Extended, DateTimeOffset? CompletedAt, IReadOnlyList<DataSubjectRequestItem> Items, string? ResponseLetter,
    DateTimeOffset FirstDueAt, string? ExtensionReason, DateTimeOffset? ExtensionToldAt, DataSubjectRequestDecision? Decision, string? DecisionReason, string? Correction)
{
    public static DataSubjectRequestDto Of(DataSubjectRequest request) => new(request.Id, request.Subject, request.Kind, request.Regime,
        request.ReceivedAt, request.DueAt, (int)Math.Round((request.DueAt - request.ReceivedAt).TotalDays), request.Extended, request.CompletedAt,
        request.Items, request.ResponseLetter, request.FirstDueAt, request.ExtensionReason, request.ExtensionToldAt, request.Decision, request.DecisionReason,
        request.Correction);
}

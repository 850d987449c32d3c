using CareDesk.Domain.Privacy;

namespace CareDesk.Application.Privacy;

public sealed record DataSubjectRequestDto(Guid Id, string Subject, DataSubjectRequestKind Kind, PrivacyRegime Regime, DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt, int DaysAllowed, bool Extended, DateTimeOffset? CompletedAt, IReadOnlyList<DataSubjectRequestItem> Items, string? ResponseLetter)
{
    public static DataSubjectRequestDto Of(DataSubjectRequest request) => new(request.Id, request.Subject, request.Kind, request.Regime,
        request.ReceivedAt, request.DueAt, (int)Math.Round((request.DueAt - request.ReceivedAt).TotalDays), request.Extended, request.CompletedAt,
        request.Items, request.ResponseLetter);
}

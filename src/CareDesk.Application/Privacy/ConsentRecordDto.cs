using CareDesk.Domain.Privacy;

namespace CareDesk.Application.Privacy;

public sealed record ConsentRecordDto(Guid Id, string ChannelKey, string Handle, ProcessingPurpose Purpose, ConsentDecision Decision, string TextShown,
    string TextVersion, string Scope, string Source, DateTimeOffset CapturedAt, string CapturedBy, DateTimeOffset? WithdrawnAt)
{
    public static ConsentRecordDto Of(ConsentRecord record) => new(record.Id, record.ChannelKey, record.Handle, record.Purpose, record.Decision,
        record.TextShown, record.TextVersion, record.Scope, record.Source, record.CapturedAt, record.CapturedBy, record.WithdrawnAt);
}

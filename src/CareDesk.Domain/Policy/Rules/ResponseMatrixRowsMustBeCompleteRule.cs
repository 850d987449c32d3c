using CareDesk.Domain.Common;

namespace CareDesk.Domain.Policy.Rules;

/// <summary>One row per label and channel kind; a public answer or acknowledgement names its templates; an ignore names its reason.</summary>
public sealed class ResponseMatrixRowsMustBeCompleteRule(IReadOnlyList<ResponseMatrixEntry> entries) : IBusinessRule
{
    private string? _problem;

    public bool IsBroken()
    {
        _problem = entries.GroupBy(entry => (entry.Label, entry.ChannelKind)).Where(group => group.Count() > 1)
                .Select(group => $"{group.Key.Label} on {group.Key.ChannelKind} has more than one row.").FirstOrDefault()
            ?? entries.Where(entry => entry.Action is ResponseAction.AnswerPublicly or ResponseAction.AcknowledgeAndMovePrivate && entry.TemplateJobCodes.Count == 0)
                .Select(entry => $"{entry.Label} on {entry.ChannelKind}: {entry.Action} needs at least one template.").FirstOrDefault()
            ?? entries.Where(entry => entry.Action == ResponseAction.Ignore && entry.Reason is null)
                .Select(entry => $"{entry.Label} on {entry.ChannelKind}: Ignore needs a reason.").FirstOrDefault()
            ?? entries.Where(entry => entry.Reason is { Length: > ResponseMatrixEntry.MaxReasonLength })
                .Select(entry => $"{entry.Label} on {entry.ChannelKind}: the reason is longer than {ResponseMatrixEntry.MaxReasonLength} characters.").FirstOrDefault();
        return _problem is not null;
    }

    public string Message => _problem ?? string.Empty;

    public string? Field => "entries";
}

using CareDesk.Domain.Channels;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Policy;

/// <summary>One row of a response matrix: for a triage label on a kind of channel, the allowed action and its template set (job codes).</summary>
public sealed class ResponseMatrixEntry
{
    public const int MaxReasonLength = 500;

    private ResponseMatrixEntry()
    {
        TemplateJobCodes = [];
    }

    public TriageLabel Label { get; private set; }

    public ChannelKind ChannelKind { get; private set; }

    public ResponseAction Action { get; private set; }

    /// <summary>The job codes of the templates this row allows (every approved version of each); empty for Ignore.</summary>
    public List<string> TemplateJobCodes { get; private set; }

    /// <summary>Required for Ignore: why this kind of post gets no reply.</summary>
    public string? Reason { get; private set; }

    public static ResponseMatrixEntry Create(TriageLabel label, ChannelKind channelKind, ResponseAction action, IEnumerable<string>? templateJobCodes, string? reason) => new()
    {
        Label = label,
        ChannelKind = channelKind,
        Action = action,
        TemplateJobCodes = action == ResponseAction.Ignore ? [] : (templateJobCodes ?? []).Select(code => code.Trim()).Where(code => code.Length > 0).Distinct().ToList(),
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
    };

    public override string ToString() =>
        $"{Label}|{ChannelKind}|{Action}|{string.Join(',', TemplateJobCodes.Order(StringComparer.Ordinal))}|{Reason}";
}

namespace CareDesk.Domain.Policy;

/// <summary>What the approved matrix allows for one case: the action and the job codes of the templates that may go out.</summary>
public sealed record ResponseDecision(ResponseAction Action, IReadOnlyList<string> TemplateJobCodes, int MatrixVersion, string? Reason)
{
    public bool AllowsTemplate(string jobCode) => Action != ResponseAction.Ignore && TemplateJobCodes.Contains(jobCode, StringComparer.Ordinal);
}

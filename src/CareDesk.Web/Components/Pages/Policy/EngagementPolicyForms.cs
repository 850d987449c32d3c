using CareDesk.Application.Policy;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Policy;
using CareDesk.Domain.Triage;

namespace CareDesk.Web.Components.Pages.Policy;

/// <summary>Reads the policy editor's plain form posts into commands; the handlers validate.</summary>
internal static class EngagementPolicyForms
{
    public static SetEngagementScopeCommand Scope(IFormCollection form) => new(
        form["brand"],
        form["enabled"].OfType<string>().ToList(),
        (form["sources"].ToString() ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        form["pilotMode"] == "true",
        form["pilotChannel"].OfType<string>().ToList(),
        form["pilotLabel"].OfType<string>().Select(value => Enum.TryParse<TriageLabel>(value, out var label) ? (TriageLabel?)label : null).OfType<TriageLabel>().ToList());

    public static SaveResponseMatrixCommand Matrix(IFormCollection form)
    {
        var rows = new List<ResponseMatrixRowInput>();
        foreach (var key in form.Keys.Where(key => key.StartsWith("action.", StringComparison.Ordinal)))
        {
            var parts = key["action.".Length..].Split('.');
            if (parts.Length != 2 || !Enum.TryParse<TriageLabel>(parts[0], out var label) || !Enum.TryParse<ChannelKind>(parts[1], out var kind)
                || !Enum.TryParse<ResponseAction>(form[key], out var action))
            {
                continue;
            }

            var suffix = key["action.".Length..];
            rows.Add(new ResponseMatrixRowInput(label, kind, action,
                (form["templates." + suffix].ToString() ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                form["reason." + suffix]));
        }

        return new SaveResponseMatrixCommand(form["brand"], form["market"], rows);
    }
}

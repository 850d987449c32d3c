using System.Text.RegularExpressions;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;
using CareDesk.Domain.Templates.Rules;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Templates;

/// <summary>An MLR-approved reply. Agents fill its declared variables and nothing else.</summary>
public sealed partial class ResponseTemplate
{
    public const int MaxNameLength = 100;
    public const int MaxJobCodeLength = 50;
    public const int MaxBodyLength = 4000;

    private ResponseTemplate()
    {
        Name = string.Empty;
        JobCode = string.Empty;
        Body = string.Empty;
        ApprovedBy = string.Empty;
        Variables = [];
        Labels = [];
        ChannelKinds = [];
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The MLR job code stamped on every reply sent from this version.</summary>
    public string JobCode { get; private set; }

    public int Version { get; private set; }

    public string Body { get; private set; }

    public List<TemplateVariable> Variables { get; private set; }

    /// <summary>Labels this template answers; empty means any.</summary>
    public List<TriageLabel> Labels { get; private set; }

    /// <summary>Channels it is approved for; empty means any.</summary>
    public List<ChannelKind> ChannelKinds { get; private set; }

    public DateOnly ExpiresOn { get; private set; }

    public TemplateStatus Status { get; private set; }

    public string ApprovedBy { get; private set; }

    public DateTimeOffset ApprovedAt { get; private set; }

    public static ResponseTemplate CreateApproved(
        string name, string jobCode, string body, IEnumerable<TemplateVariable> variables,
        IEnumerable<TriageLabel> labels, IEnumerable<ChannelKind> channelKinds, DateOnly expiresOn,
        string approvedBy, DateTimeOffset approvedAt)
    {
        var declared = variables.ToList();
        BusinessRules.Check(new TemplateFieldMustFitRule("name", name, MaxNameLength));
        BusinessRules.Check(new TemplateFieldMustFitRule("jobCode", jobCode, MaxJobCodeLength));
        BusinessRules.Check(new TemplateFieldMustFitRule("body", body, MaxBodyLength));
        BusinessRules.Check(new TemplatePlaceholdersMustBeDeclaredRule(PlaceholdersIn(body), declared));
        return new ResponseTemplate
        {
            Id = Guid.NewGuid(),
            Name = name.Trim(),
            JobCode = jobCode.Trim(),
            Version = 1,
            Body = body,
            Variables = declared,
            Labels = labels.Distinct().ToList(),
            ChannelKinds = channelKinds.Distinct().ToList(),
            ExpiresOn = expiresOn,
            Status = TemplateStatus.Approved,
            ApprovedBy = approvedBy,
            ApprovedAt = approvedAt,
        };
    }

    public bool IsUsableOn(DateOnly today, ChannelKind channel) =>
        Status == TemplateStatus.Approved && today <= ExpiresOn && (ChannelKinds.Count == 0 || ChannelKinds.Contains(channel));

    /// <summary>Renders the approved body with the agent's values; any undeclared, missing or malformed value is refused.</summary>
    public string Render(IReadOnlyDictionary<string, string> values, DateOnly today, ChannelKind channel)
    {
        BusinessRules.Check(new TemplateMustBeUsableRule(this, today, channel));
        BusinessRules.Check(new TemplateValuesMustMatchDeclarationRule(Variables, values));
        return PlaceholderPattern().Replace(Body, match =>
            values.TryGetValue(match.Groups["name"].Value, out var value) ? value.Trim() : string.Empty);
    }

    public static IReadOnlyCollection<string> PlaceholdersIn(string body) =>
        PlaceholderPattern().Matches(body).Select(match => match.Groups["name"].Value).Distinct().ToList();

    /// <summary>Any {{...}}: names that are not lower snake_case are then undeclared and refused, never sent literally.</summary>
    [GeneratedRegex(@"\{\{\s*(?<name>[^{}]*?)\s*\}\}")]
    private static partial Regex PlaceholderPattern();
}

using CareDesk.Domain.Channels;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Templates;

public sealed record TemplateDto(Guid Id, string Name, string JobCode, int Version, string Body, IReadOnlyList<TemplateVariable> Variables,
    IReadOnlyList<TriageLabel> Labels, IReadOnlyList<ChannelKind> ChannelKinds, DateOnly ExpiresOn, TemplateStatus Status, string ApprovedBy)
{
    public static TemplateDto Of(ResponseTemplate template) => new(template.Id, template.Name, template.JobCode, template.Version, template.Body,
        template.Variables, template.Labels, template.ChannelKinds, template.ExpiresOn, template.Status, template.ApprovedBy);
}

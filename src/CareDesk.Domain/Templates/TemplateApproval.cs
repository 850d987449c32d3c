using CareDesk.Domain.Users;

namespace CareDesk.Domain.Templates;

/// <summary>One required reviewer role's approval of a template version, pointing at the e-signature that executed it.</summary>
public sealed record TemplateApproval(ReviewerRole Role, string UserName, Guid SignatureId, DateTimeOffset At);

using CareDesk.Domain.Common;
using CareDesk.Domain.Templates;

namespace CareDesk.Domain.Promotion.Rules;

/// <summary>
/// R22: scientific information on unapproved use goes only in a reactive, private answer to an unsolicited request,
/// never in a company-initiated (proactive) post or a public reply.
/// </summary>
public sealed class SiuuContentMustNotBePublicRule(ResponseTemplate template, bool publicOrProactive) : IUnprocessableRule
{
    public const string NotPermitted = "SIUU content not permitted in public/proactive posts";

    public bool IsBroken() => template.Siuu && publicOrProactive;

    public string Message => NotPermitted;

    public string? Field => "templateId";
}

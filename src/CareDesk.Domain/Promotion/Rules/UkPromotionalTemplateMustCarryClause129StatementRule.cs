using CareDesk.Domain.Common;
using CareDesk.Domain.Templates;

namespace CareDesk.Domain.Promotion.Rules;

/// <summary>
/// R28, ABPI Code Clause 12.9: UK promotional material itself carries "Adverse events should be reported. Reporting forms
/// and information can be found at [Yellow Card URL]. Adverse events should also be reported to [company]".
/// </summary>
public sealed class UkPromotionalTemplateMustCarryClause129StatementRule(ResponseTemplate template) : IUnprocessableRule
{
    public const string Missing = "Clause 12.9 statement missing";

    private static readonly string[] RequiredParts =
    [
        "Adverse events should be reported.",
        "Reporting forms and information can be found at",
        "yellowcard.mhra.gov.uk",
        "Adverse events should also be reported to",
    ];

    public static bool IsPresentIn(string text) => RequiredParts.All(part => PromotionalText.ContainsName(text, part));

    public bool IsBroken() => template.Category == TemplateCategory.Promotional && template.Markets.Any(TemplateMarkets.IsUk) && !IsPresentIn(template.Body);

    public string Message => Missing;

    public string? Field => "body";
}

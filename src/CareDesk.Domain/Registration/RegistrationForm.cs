using CareDesk.Domain.Common;
using CareDesk.Domain.Privacy;
using CareDesk.Domain.Privacy.Rules;
using CareDesk.Domain.Registration.Rules;

namespace CareDesk.Domain.Registration;

/// <summary>
/// One version of a brand-hosted registration form (/forms/{brand}/{form}). Publishing a change adds a new version
/// row; old versions stay, so every submission points at the exact questions and consent text the person saw.
/// </summary>
public sealed class RegistrationForm
{
    public const int MaxSlugLength = 40;
    public const int MaxTitleLength = 200;
    public const int MaxConsentVersionLength = 20;

    private RegistrationForm()
    {
        BrandSlug = FormSlug = Title = ConsentText = ConsentVersion = PublishedBy = string.Empty;
        Fields = [];
    }

    public Guid Id { get; private set; }

    public Guid BrandId { get; private set; }

    /// <summary>The brand's name in lower case, as it appears in the form's address.</summary>
    public string BrandSlug { get; private set; }

    public string FormSlug { get; private set; }

    public int Version { get; private set; }

    public string Title { get; private set; }

    public RegistrationAudience Audience { get; private set; }

    public RegistrationFormStyle Style { get; private set; }

    public IReadOnlyList<FormField> Fields { get; private set; }

    /// <summary>The consent wording shown above the submit button, stored verbatim (GDPR Art 7(1)).</summary>
    public string ConsentText { get; private set; }

    public string ConsentVersion { get; private set; }

    public ProcessingPurpose ConsentPurpose { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public string PublishedBy { get; private set; }

    /// <summary>The address a person opens: /forms/{brand}/{form}.</summary>
    public string Path => $"/forms/{BrandSlug}/{FormSlug}";

    public static RegistrationForm Publish(Guid brandId, string brandSlug, string formSlug, int version, string title, RegistrationAudience audience,
        RegistrationFormStyle style, IReadOnlyList<FormField> fields, string consentText, string consentVersion, ProcessingPurpose consentPurpose,
        string publishedBy, DateTimeOffset at)
    {
        BusinessRules.Check(new FormSlugMustBeValidRule(formSlug));
        BusinessRules.Check(new FormFieldsMustBeWellFormedRule(fields));
        BusinessRules.Check(new ConsentNeedsTheExactTextRule(consentText, consentVersion));
        return new RegistrationForm
        {
            Id = Guid.NewGuid(),
            BrandId = brandId,
            BrandSlug = brandSlug.Trim().ToLowerInvariant(),
            FormSlug = formSlug.Trim().ToLowerInvariant(),
            Version = version,
            Title = title.Trim(),
            Audience = audience,
            Style = style,
            Fields = [.. fields],
            ConsentText = consentText.Trim(),
            ConsentVersion = consentVersion.Trim(),
            ConsentPurpose = consentPurpose,
            PublishedBy = publishedBy,
            PublishedAt = at,
        };
    }

    public IReadOnlyList<FormField> VisibleFields(IReadOnlyDictionary<string, string> answers) => FormFlow.VisibleFields(Fields, answers);

    public FormField? NextQuestion(IReadOnlyDictionary<string, string> answers) => FormFlow.NextQuestion(Fields, answers);

    /// <summary>Only the answers to shown fields, trimmed: what a hidden field held is never stored (minimum necessary).</summary>
    public IReadOnlyDictionary<string, string> KeptAnswers(IReadOnlyDictionary<string, string> answers) =>
        VisibleFields(answers)
            .Where(field => answers.TryGetValue(field.Name, out var answer) && answer.Trim().Length > 0)
            .ToDictionary(field => field.Name, field => answers[field.Name].Trim(), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Validate(IReadOnlyDictionary<string, string> answers) =>
        FormAnswerErrors.Of(VisibleFields(answers), answers);
}

using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Templates.Rules;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Tests.Templates;

public sealed class ResponseTemplateTests
{
    private const string Body = "Hi {{first_name}}, please see {{url}}. Ref {{case_number}}.";

    private static readonly DateOnly ExpiresOn = new(2026, 12, 31);

    private static readonly DateOnly Today = new(2026, 6, 9);

    private static readonly TemplateVariable[] Variables =
    [
        new("first_name", TemplateVariableKind.FirstName),
        new("url", TemplateVariableKind.Url),
        new("case_number", TemplateVariableKind.CaseNumber, Required: false),
    ];

    private static ResponseTemplate Create(string body = Body, IEnumerable<TemplateVariable>? variables = null) =>
        ResponseTemplate.CreateApproved("Medical question", "CZ-US-0150", body, variables ?? Variables,
            [TriageLabel.MedicalInquiry], [ChannelKind.X, ChannelKind.Facebook], ExpiresOn, "mlr.committee",
            new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));

    private static Dictionary<string, string> Values(string firstName = "Ana", string url = "https://medinfo.example/cz") =>
        new() { ["first_name"] = firstName, ["url"] = url, ["case_number"] = "42" };

    private static BusinessRuleViolationException RenderShouldFail(
        IReadOnlyDictionary<string, string> values, DateOnly? today = null, ChannelKind channel = ChannelKind.X) =>
        Should.Throw<BusinessRuleViolationException>(() => Create().Render(values, today ?? Today, channel, "US"));

    [Fact]
    public void CreateApproved_WhenPlaceholderUndeclared_ThrowsNamingVariables()
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() => Create("Hi {{first_name}}, call {{phone}}.", [new("first_name", TemplateVariableKind.FirstName)]));

        ex.Rule.ShouldBeOfType<TemplatePlaceholdersMustBeDeclaredRule>();
        ex.Rule.Field.ShouldBe("variables");
        ex.Message.ShouldContain("Undeclared: [phone]");
    }

    [Fact]
    public void CreateApproved_WhenDeclaredVariableUnused_ThrowsNamingVariables()
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() => Create("Hi {{first_name}}.", Variables));

        ex.Rule.Field.ShouldBe("variables");
        ex.Message.ShouldContain("unused: [url, case_number]");
    }

    [Fact]
    public void CreateApproved_WhenValid_IsApprovedVersionOne()
    {
        var template = Create();

        template.Status.ShouldBe(TemplateStatus.Approved);
        template.Version.ShouldBe(1);
        template.JobCode.ShouldBe("CZ-US-0150");
    }

    [Fact]
    public void Render_WhenDeclaredValuesGiven_FillsPlaceholders() =>
        Create().Render(Values(firstName: " Ana "), Today, ChannelKind.X, "US").ShouldBe("Hi Ana, please see https://medinfo.example/cz. Ref 42.");

    [Fact]
    public void Render_WhenOptionalValueOmitted_LeavesItEmpty()
    {
        var values = Values();
        values.Remove("case_number");

        Create().Render(values, Today, ChannelKind.X, "US").ShouldBe("Hi Ana, please see https://medinfo.example/cz. Ref .");
    }

    [Fact]
    public void Render_WhenKeyUndeclared_Throws()
    {
        var values = Values();
        values["free_text"] = "take two tablets";

        var ex = RenderShouldFail(values);

        ex.Rule.ShouldBeOfType<TemplateValuesMustMatchDeclarationRule>();
        ex.Rule.Field.ShouldBe("variables");
        ex.Message.ShouldStartWith("The template does not declare: free_text.");
    }

    [Fact]
    public void Render_WhenRequiredValueMissing_Throws()
    {
        var values = Values();
        values.Remove("url");

        RenderShouldFail(values).Message.ShouldBe("'url' is required.");
    }

    [Fact]
    public void Render_WhenFirstNameHasDigits_Throws() =>
        RenderShouldFail(Values(firstName: "Ana2")).Message.ShouldStartWith("'first_name' must be a first name");

    [Fact]
    public void Render_WhenUrlIsNotHttps_Throws() =>
        RenderShouldFail(Values(url: "http://medinfo.example/cz")).Message.ShouldBe("'url' must be an https:// address.");

    [Fact]
    public void Render_WhenTodayIsAfterExpiry_Throws()
    {
        var ex = RenderShouldFail(Values(), today: ExpiresOn.AddDays(1));

        ex.Rule.ShouldBeOfType<TemplateMustBeUsableRule>();
        ex.Rule.Field.ShouldBe("templateId");
        ex.Message.ShouldBe("Template 'Medical question' (CZ-US-0150) expired on 2026-12-31.");
    }

    [Fact]
    public void Render_WhenTodayIsExpiryDate_Renders() =>
        Create().Render(Values(), ExpiresOn, ChannelKind.X, "US").ShouldStartWith("Hi Ana");

    [Fact]
    public void Render_WhenChannelNotApproved_Throws() =>
        RenderShouldFail(Values(), channel: ChannelKind.Reddit).Message.ShouldBe("Template not approved for Reddit: 'Medical question' (CZ-US-0150 v1) is approved for X, Facebook.");

    [Fact]
    public void CreateApproved_WhenPlaceholderIsNotLowerSnakeCase_Throws() =>
        Should.Throw<BusinessRuleViolationException>(() => Create("Hi {{FirstName}}, thanks for writing.", []))
            .Rule.Field.ShouldBe("variables");

    [Fact]
    public void Render_WhenExpiredUnderThaiCulture_MessageUsesGregorianDate()
    {
        using var culture = new CultureScope("th-TH");

        RenderShouldFail(Values(), today: ExpiresOn.AddDays(1)).Message.ShouldBe("Template 'Medical question' (CZ-US-0150) expired on 2026-12-31.");
    }
}

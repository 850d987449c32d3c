using CareDesk.Domain.Channels;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Triage;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Demo;

/// <summary>The demo organisation: markets, brands, channels, users and MLR-approved templates.</summary>
public static class DemoCatalog
{
    /// <summary>Every demo user signs in with this password (documented in the README; never use in production).</summary>
    public const string DemoPassword = "CareDesk-demo-2026";

    public static IReadOnlyList<BusinessCalendar> Calendars() =>
    [
        BusinessCalendar.Create("US", "United States (Eastern)", "America/New_York", TimeSpan.FromHours(8), TimeSpan.FromHours(20), Weekdays,
            [new(2026, 11, 26), new(2026, 12, 25), new(2027, 1, 1), new(2027, 1, 18), new(2027, 5, 31), new(2027, 7, 5)]),
        BusinessCalendar.Create("UK", "United Kingdom", "Europe/London", TimeSpan.FromHours(9), TimeSpan.FromHours(17.5), Weekdays,
            [new(2026, 12, 25), new(2026, 12, 28), new(2027, 1, 1), new(2027, 3, 26), new(2027, 3, 29)]),
        BusinessCalendar.AlwaysOpen("24x7", "Always staffed (chat and safety desk)"),
    ];

    public static IReadOnlyList<(string Key, string Name, ChannelKind Kind, string Brand, string Calendar, bool Public, string Market)> Channels { get; } =
    [
        ("x-cardiozen-us", "Cardiozen on X (@CardiozenUS)", ChannelKind.X, "Cardiozen", "US", true, "US"),
        ("facebook-cardiozen-us", "Cardiozen US Facebook page", ChannelKind.Facebook, "Cardiozen", "US", true, "US"),
        ("instagram-cardiozen-us", "Cardiozen US Instagram", ChannelKind.Instagram, "Cardiozen", "US", true, "US"),
        ("youtube-cardiozen", "Cardiozen YouTube channel", ChannelKind.Youtube, "Cardiozen", "US", true, "US"),
        ("reddit-respiro", "r/RespiroInhaler (moderated)", ChannelKind.Reddit, "Respiro", "US", true, "US"),
        ("webchat-respiro-uk", "Respiro UK web chat", ChannelKind.WebChat, "Respiro", "24x7", false, "UK"),
        ("email-medinfo-uk", "Medical information inbox (UK)", ChannelKind.Email, "Respiro", "UK", false, "UK"),
    ];

    public static IReadOnlyList<(string UserName, string DisplayName, UserRole Role, string Team)> Users { get; } =
    [
        ("alice", "Alice Agent", UserRole.Agent, "Care team US"),
        ("bob", "Bob Agent", UserRole.Agent, "Care team UK"),
        ("sam", "Sam Supervisor", UserRole.Supervisor, "Care team US"),
        ("ada", "Ada Admin", UserRole.Admin, "Platform"),
        ("mark", "Mark Marketing", UserRole.Marketing, "Brand marketing"),
        ("vic", "Vic Viewer", UserRole.Viewer, "Quality"),
    ];

    /// <summary>MLR reviewers, one per required role (R47); they sign with the same demo password.</summary>
    public static IReadOnlyList<(string UserName, string DisplayName, ReviewerRole Role)> Reviewers { get; } =
    [
        ("mira", "Dr Mira Patel", ReviewerRole.Medical),
        ("leo", "Leo Marsh", ReviewerRole.Legal),
        ("rita", "Rita Gomez", ReviewerRole.Regulatory),
        ("paula", "Paula Reid MRPharmS", ReviewerRole.Medical),
    ];

    /// <summary>Reviewers flagged "UK nominated signatory (MD/pharmacist)": they certify UK material (R47).</summary>
    public static IReadOnlyList<string> UkNominatedSignatories { get; } = ["paula"];

    public static IReadOnlyList<ResponseTemplate> Templates(DateTimeOffset now)
    {
        var expires = DateOnly.FromDateTime(now.UtcDateTime).AddYears(1);
        var approvedAt = now.AddDays(-30);
        return
        [
            ResponseTemplate.CreateApproved("Adverse event: move to private", "CZ-US-0142",
                "Hi {{first_name}}, we're sorry to hear about your experience. Our Patient Safety team would like to learn more: please call {{phone}} or send us a direct message. Ref {{case_number}}.",
                [new("first_name", TemplateVariableKind.FirstName), new("phone", TemplateVariableKind.PhoneNumber), new("case_number", TemplateVariableKind.CaseNumber)],
                [TriageLabel.AdverseEvent], [], expires, "mlr.committee", approvedAt, Markets),
            ResponseTemplate.CreateApproved("Product complaint: ask for details privately", "CZ-US-0143",
                "Hi {{first_name}}, thank you for letting us know. So our Quality team can look into it, please send us a direct message with the lot number from the pack. Ref {{case_number}}.",
                [new("first_name", TemplateVariableKind.FirstName), new("case_number", TemplateVariableKind.CaseNumber)],
                [TriageLabel.ProductComplaint], [], expires, "mlr.committee", approvedAt, Markets),
            ResponseTemplate.CreateApproved("Medical question: redirect to Medical Information", "CZ-US-0150",
                "Thanks for your question. We can't give medical advice here. Please talk to your doctor or pharmacist, or contact our Medical Information team at {{url}}.",
                [new("url", TemplateVariableKind.Url)],
                [TriageLabel.MedicalInquiry, TriageLabel.OffLabel], [], expires, "mlr.committee", approvedAt, Markets),
            ResponseTemplate.CreateApproved("General inquiry: savings and access", "CZ-US-0160",
                "Hi {{first_name}}, you can find savings and access options at {{url}}. Terms apply.",
                [new("first_name", TemplateVariableKind.FirstName), new("url", TemplateVariableKind.Url)],
                [TriageLabel.GeneralInquiry], [], expires, "mlr.committee", approvedAt, Markets),
            ResponseTemplate.CreateApproved("Praise: thank you", "CZ-US-0170",
                "Thank you for sharing, {{first_name}}! We're glad to hear it.",
                [new("first_name", TemplateVariableKind.FirstName)],
                [TriageLabel.Praise], [ChannelKind.X, ChannelKind.Facebook, ChannelKind.Instagram, ChannelKind.Youtube], expires, "mlr.committee", approvedAt, Markets),
            ResponseTemplate.CreateApproved("Crisis: urgent support resources", "CZ-US-0180",
                "We're concerned about what you shared. If you are in danger, please call 911 now, or call or text 988 (Suicide & Crisis Lifeline) any time. You can also reach us at {{phone}}.",
                [new("phone", TemplateVariableKind.PhoneNumber)],
                [TriageLabel.CrisisSignal], [], expires, "mlr.committee", approvedAt, Markets),
        ];
    }

    /// <summary>The demo templates are service replies approved for both demo markets.</summary>
    private static readonly string[] Markets = ["US", "UK"];

    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
}

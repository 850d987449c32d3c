namespace CareDesk.Web.Api;

public static class ApiEndpointRouteBuilderExtensions
{
    /// <summary>Maps every API group under /api; each group is one feature's endpoints.</summary>
    public static IEndpointRouteBuilder MapCareDeskApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization();
        AuthEndpoints.Map(api.MapGroup("/auth").WithTags("Auth"));
        PostsEndpoints.Map(api.MapGroup("/posts").WithTags("Posts"));
        CasesEndpoints.Map(api.MapGroup("/cases").WithTags("Cases"));
        TriageRulesEndpoints.Map(api.MapGroup("/triage-rules").WithTags("Triage rules"));
        TemplatesEndpoints.Map(api.MapGroup("/templates").WithTags("Templates"));
        ChannelIngestionEndpoints.Map(api.MapGroup("/channels").WithTags("Channel ingestion"));
        IngestEndpoints.Map(api.MapGroup("/ingest").WithTags("Ingestion bus"));
        SetupEndpoints.Map(api.MapGroup("").WithTags("Channels, calendars and users"));
        PharmacovigilanceEndpoints.Map(api.MapGroup("").WithTags("Pharmacovigilance"));
        PvCodingEndpoints.Map(api.MapGroup("").WithTags("Pharmacovigilance coding"));
        SpecialSituationsEndpoints.Map(api.MapGroup("").WithTags("Pharmacovigilance"));
        AuditEndpoints.Map(api.MapGroup("/audit").WithTags("Audit"));
        ReportsEndpoints.Map(api.MapGroup("/reports").WithTags("Reports"));
        PrivacyEndpoints.Map(api.MapGroup("/privacy").WithTags("Privacy"));
        // Handles and health conversations of named people: care staff only, never the marketing role.
        ContactsEndpoints.Map(api.MapGroup("/contacts").WithTags("Contact profiles").RequireAuthorization(Infrastructure.Policies.MedicalInformation));
        ModerationEndpoints.Map(api.MapGroup("/moderation").WithTags("Moderation").RequireAuthorization(Infrastructure.Policies.MedicalInformation));
        RegistrationFormsEndpoints.Map(api.MapGroup("/registration-forms").WithTags("Registration forms"));
        ApprovalsEndpoints.Map(api.MapGroup("/approvals").WithTags("Reply approvals"));
        EscalationRecordsEndpoints.Map(api.MapGroup("").WithTags("Quality and Medical Information"));
        LinkedRecordsEndpoints.Map(api.MapGroup("").WithTags("Quality and Medical Information"));
        UserAdministrationEndpoints.Map(api.MapGroup("/admin").WithTags("User administration").RequireAuthorization(Infrastructure.Policies.Admin));
        ListeningEndpoints.Map(api.MapGroup("/listening").WithTags("Listening"));
        ListeningAlertsEndpoints.Map(api.MapGroup("/listening/alerts").WithTags("Listening alerts"));
        CrisisEndpoints.Map(api.MapGroup("").WithTags("Crisis rooms"));
        RoiEndpoints.Map(api.MapGroup("/roi").WithTags("ROI: tracked links, redemption codes, report"));
        SecurityEndpoints.Map(api.MapGroup("/security").WithTags("Security: access log, configuration, incidents"));
        RetentionEndpoints.Map(api.MapGroup("/retention").WithTags("Retention and backups"));
        PromotionEndpoints.Map(api.MapGroup("/promotion").WithTags("Promotional content rules"));
        MisinformationEndpoints.Map(api.MapGroup("/misinformation").WithTags("Misinformation corrections"));
        TrainingEndpoints.Map(api.MapGroup("/training").WithTags("Engagement policy: training (R18)"));
        PolicyEndpoints.Map(api.MapGroup("/policy").WithTags("Engagement policy: response matrix and scope"));
        return app;
    }
}

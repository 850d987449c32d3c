using CareDesk.Application.Abstractions;
using CareDesk.Application.Approvals;
using CareDesk.Application.Audit;
using CareDesk.Application.Sla;
using CareDesk.Application.Triage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareDesk.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>Registers every use-case handler (scoped) and the rule-based classifier as the default screening.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SlaOptions>().BindConfiguration(SlaOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RegulatoryClockOptions>().BindConfiguration(RegulatoryClockOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Retention.RetentionOptions>().BindConfiguration(Retention.RetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReplyApprovalOptions>().BindConfiguration(ReplyApprovalOptions.SectionName)
            .Validate(options => TryBuildPolicy(options), "ReplyApproval needs 1 to 3 tiers, each with an approver, and a positive ExpiresAfter.").ValidateOnStart();
        services.AddOptions<Templates.TemplateExpiryOptions>().BindConfiguration(Templates.TemplateExpiryOptions.SectionName)
            .Validate(options => options.LeadDays.All(days => days > 0) && options.RecertificationMonths > 0, "TemplateExpiry lead days and months must be positive.")
            .ValidateOnStart();
        services.AddOptions<Pharmacovigilance.PvOptions>().BindConfiguration(Pharmacovigilance.PvOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Pharmacovigilance.Delivery.PvDeliveryOptions>().BindConfiguration(Pharmacovigilance.Delivery.PvDeliveryOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<Pharmacovigilance.Delivery.IPvAlertNotifier, Pharmacovigilance.Delivery.LoggingPvAlertNotifier>();
        services.TryAddSingleton<IMachineTranslator, Pharmacovigilance.Translation.NoMachineTranslator>();
        services.AddScoped<Pharmacovigilance.Delivery.PvAlerts>();
        services.TryAddScoped<IPostClassifier, RuleBasedPostClassifier>();
        // Embedded default: items are stored in the caller's request; bus mode replaces it with RabbitMQ (ADR-020).
        services.TryAddSingleton<Ingestion.IIngestBus, Ingestion.InlineIngestBus>();
        services.AddOptions<Users.IdentityOptions>().BindConfiguration(Users.IdentityOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Listening.ListeningOptions>().BindConfiguration(Listening.ListeningOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Listening.AuthorPseudonyms>();
        services.AddScoped<Listening.ListeningScope>();
        services.AddScoped<Listening.ListeningDataset>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<Common.Reauthentication>();
        services.AddScoped<Connectors.ScreeningGapResolver>();
        services.AddScoped<Cases.FirstHumanView>();
        services.AddScoped<Security.CaseAccessLog>();
        services.AddOptions<Security.SecurityOptions>().BindConfiguration(Security.SecurityOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Roi.RoiOptions>().BindConfiguration(Roi.RoiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Roi.RedemptionLedger>();
        services.AddScoped<Reporting.ConversationFactsReader>();
        services.AddScoped<Reporting.ReportAccess>();
        services.AddScoped<Privacy.ExportRedaction>();
        services.TryAddSingleton<IPersonalDataRedactor, Privacy.MissingPersonalDataRedactor>();
        services.AddScoped<Contacts.ContactResolver>();
        services.AddScoped<Contacts.ContactDataUseLimits>();
        services.AddScoped<Contacts.ContactMerging>();
        services.AddOptions<Csat.CsatOptions>().BindConfiguration(Csat.CsatOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Csat.CsatSurveySender>();
        services.AddScoped<Training.TrainingGate>();
        services.AddScoped<Policy.ResponsePolicy>();

        var handlers = typeof(ApplicationServiceCollectionExtensions).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false, IsPublic: true } && type.Name.EndsWith("Handler", StringComparison.Ordinal));
        foreach (var handler in handlers)
        {
            services.AddScoped(handler);
        }

        return services;
    }

    private static bool TryBuildPolicy(ReplyApprovalOptions options)
    {
        try
        {
            options.ToPolicy();
            return true;
        }
        catch (Domain.Common.BusinessRuleViolationException)
        {
            return false;
        }
    }
}

using CareDesk.Application.Ingestion;
using CareDesk.Messaging.RabbitMq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareDesk.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>The readiness tag: checks that must pass before a load balancer or the bus sends work (/health/ready).</summary>
    public const string ReadyTag = "ready";

    public static IngestionMode IngestionModeOf(IConfiguration configuration) =>
        configuration.GetSection(IngestionOptions.SectionName).Get<IngestionOptions>()?.Mode ?? IngestionMode.Embedded;

    /// <summary>Bus mode, publishing side (web), replacing the embedded <see cref="InlineIngestBus"/>: the RabbitMQ publisher with confirms and a readiness check on the broker.</summary>
    public static IServiceCollection AddRabbitMqIngestBus(this IServiceCollection services, string clientName)
    {
        services.AddOptions<RabbitMqOptions>().BindConfiguration(RabbitMqOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(provider => new RabbitMqConnection(provider.GetRequiredService<IOptions<RabbitMqOptions>>(), clientName));
        services.TryAddSingleton<RabbitMqIngestBus>();
        services.Replace(ServiceDescriptor.Singleton<IIngestBus>(provider => provider.GetRequiredService<RabbitMqIngestBus>()));
        services.AddHealthChecks().AddCheck<RabbitMqHealthCheck>("rabbitmq", tags: [ReadyTag]);
        return services;
    }

    /// <summary>Bus mode, consuming side (worker): partition consumers and the dead-letter recorder.</summary>
    public static IServiceCollection AddRabbitMqIngestConsumers(this IServiceCollection services, string clientName)
    {
        services.AddRabbitMqIngestBus(clientName);
        services.TryAddSingleton<DeadLetterPublisher>();
        services.AddHostedService<RabbitMqIngestConsumer>();
        services.AddHostedService<DeadLetterRecorder>();
        return services;
    }
}

using CareDesk.Application.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CareDesk.Infrastructure.Telemetry;

/// <summary>Where traces and metrics go (configuration <c>Telemetry:Exporter</c>).</summary>
public enum TelemetryExporter
{
    /// <summary>Collected for in-process listeners only: the default, so a laptop run prints nothing extra.</summary>
    None,

    Console,

    /// <summary>OTLP (gRPC or HTTP/protobuf) to <c>Telemetry:OtlpEndpoint</c>, e.g. an OpenTelemetry Collector.</summary>
    Otlp,
}

public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    public TelemetryExporter Exporter { get; set; } = TelemetryExporter.None;

    public Uri? OtlpEndpoint { get; set; }
}

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// OpenTelemetry traces (ingestion bus publish/consume, database commands, plus what the host adds, e.g. ASP.NET Core)
    /// and metrics (accepted, processed, dead-lettered, lag) under one service name per host.
    /// </summary>
    public static IServiceCollection AddCareDeskTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName,
        Action<TracerProviderBuilder>? tracing = null, Action<MeterProviderBuilder>? metrics = null)
    {
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(builder =>
            {
                builder.AddSource(IngestTelemetry.SourceName, DatabaseTracingInterceptor.SourceName);
                tracing?.Invoke(builder);
                _ = options.Exporter switch
                {
                    TelemetryExporter.Console => builder.AddConsoleExporter(),
                    TelemetryExporter.Otlp => builder.AddOtlpExporter(otlp => otlp.Endpoint = options.OtlpEndpoint ?? otlp.Endpoint),
                    _ => builder,
                };
            })
            .WithMetrics(builder =>
            {
                builder.AddMeter(IngestTelemetry.SourceName);
                metrics?.Invoke(builder);
                _ = options.Exporter switch
                {
                    TelemetryExporter.Console => builder.AddConsoleExporter(),
                    TelemetryExporter.Otlp => builder.AddOtlpExporter(otlp => otlp.Endpoint = options.OtlpEndpoint ?? otlp.Endpoint),
                    _ => builder,
                };
            });
        return services;
    }
}

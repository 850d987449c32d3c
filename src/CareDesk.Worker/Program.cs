using CareDesk.Application;
using CareDesk.Application.Abstractions;
using CareDesk.Classification;
using CareDesk.Connectors;
using CareDesk.Infrastructure;
using CareDesk.Infrastructure.Persistence;
using CareDesk.Infrastructure.Telemetry;
using CareDesk.Ingestion;
using CareDesk.Messaging;
using CareDesk.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

// A generic host with a minimal Kestrel for health probes only; all the work is in hosted services:
// the RabbitMQ partition consumers and dead-letter recorder, and the SLA sweeper, pollers, ICSR delivery and listening monitor.
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["Worker:Urls"] ?? "http://127.0.0.1:5081");

builder.Services.AddSingleton<ICurrentActor, WorkerActor>();
builder.Services.AddApplication();
builder.Services.AddInfrastructure();
builder.Services.AddClassification();
builder.Services.AddConnectors(builder.Configuration);
builder.Services.AddIngestion();
builder.Services.AddRabbitMqIngestConsumers($"caredesk-worker-{Environment.MachineName}-{Environment.ProcessId}");
builder.Services.AddCareDeskTelemetry(builder.Configuration, "caredesk-worker");
builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: [MessagingServiceCollectionExtensions.ReadyTag]);

var app = builder.Build();
app.Services.LoadClassificationModel();
await using (var scope = app.Services.CreateAsyncScope())
{
    if (scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
    {
        await scope.ServiceProvider.GetRequiredService<MigrationRunner>().MigrateAsync(app.Lifetime.ApplicationStopping);
    }
}

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(MessagingServiceCollectionExtensions.ReadyTag) });
await app.RunAsync();

using CareDesk.Application;
using CareDesk.Classification;
using CareDesk.Connectors;
using CareDesk.Infrastructure;
using CareDesk.Infrastructure.Telemetry;
using CareDesk.Ingestion;
using CareDesk.Messaging;
using CareDesk.Web.Infrastructure;
using OpenTelemetry.Trace;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddApplication();
builder.Services.AddInfrastructure();
builder.Services.AddClassification();
builder.Services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.SectionName);
if (MessagingServiceCollectionExtensions.IngestionModeOf(builder.Configuration) == IngestionMode.Bus)
{
    // Scaled out (ADR-020): this host only publishes; CareDesk.Worker processes consume and run the background work.
    builder.Services.AddRabbitMqIngestBus("caredesk-web");
}
else
{
    builder.Services.AddIngestion();
}

builder.Services.AddCareDeskTelemetry(builder.Configuration, "caredesk-web", tracing => tracing.AddAspNetCoreInstrumentation());
builder.Services.AddConnectors(builder.Configuration);
builder.Services.AddCareDeskWeb();

var app = builder.Build();

app.Services.LoadClassificationModel();
await app.PrepareDatabaseAsync();
app.UseCareDeskWeb();
await app.RunAsync();

/// <summary>Entry point, public so WebApplicationFactory can host it in tests.</summary>
public partial class Program;

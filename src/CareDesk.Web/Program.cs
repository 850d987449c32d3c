using CareDesk.Application;
using CareDesk.Classification;
using CareDesk.Connectors;
using CareDesk.Infrastructure;
using CareDesk.Ingestion;
using CareDesk.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddApplication();
builder.Services.AddInfrastructure();
builder.Services.AddClassification();
builder.Services.AddIngestion();
builder.Services.AddConnectors(builder.Configuration);
builder.Services.AddCareDeskWeb();

var app = builder.Build();

app.Services.LoadClassificationModel();
await app.PrepareDatabaseAsync();
app.UseCareDeskWeb();
await app.RunAsync();

/// <summary>Entry point, public so WebApplicationFactory can host it in tests.</summary>
public partial class Program;

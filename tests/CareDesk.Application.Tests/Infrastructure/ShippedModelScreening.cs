using CareDesk.Application.Abstractions;
using CareDesk.Application.Triage;
using CareDesk.Classification;
using CareDesk.Classification.Screening;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Application.Tests.Infrastructure;

/// <summary>
/// Screens posts as production does: the shipped adverse-event model on top of the triage rules, with Cardiozen as the
/// configured product (approved for hypertension). For acceptance tests whose posts must be read, not keyword-matched.
/// </summary>
internal static class ShippedModelScreening
{
    private static readonly Lazy<PostScreener> Screener = new(() =>
    {
        var options = new ClassificationOptions
        {
            ModelDirectory = Path.Combine(E2bFixtures.RepositoryRoot, "models", "ae"),
            Products = [new ProductOptions { Name = "Cardiozen", ApprovedIndications = ["hypertension", "high blood pressure"] }],
        };
        return new PostScreener(ClassificationServiceCollectionExtensions.LoadModel(options), options);
    });

    public static void Use(IServiceCollection services)
    {
        services.AddScoped<RuleBasedPostClassifier>();
        services.AddScoped<IPostClassifier>(provider => new DetectorPostClassifier(provider.GetRequiredService<RuleBasedPostClassifier>(), Screener.Value));
    }
}

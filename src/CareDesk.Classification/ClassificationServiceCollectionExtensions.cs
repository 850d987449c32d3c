using CareDesk.Application.Abstractions;
using CareDesk.Application.Triage;
using CareDesk.Classification.AdverseEvents.Model;
using CareDesk.Classification.Screening;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareDesk.Classification;

public static class ClassificationServiceCollectionExtensions
{
    /// <summary>
    /// Screens posts with the trained adverse-event detector on top of the triage rules. The model is loaded once,
    /// at start-up (a missing or unreadable model stops the host with a clear message rather than screening less).
    /// </summary>
    public static IServiceCollection AddClassification(this IServiceCollection services)
    {
        services.AddOptions<ClassificationOptions>().BindConfiguration(ClassificationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => LoadModel(provider.GetRequiredService<IOptions<ClassificationOptions>>().Value));
        services.AddSingleton(provider => new PostScreener(provider.GetRequiredService<AeModel>(), provider.GetRequiredService<IOptions<ClassificationOptions>>().Value));
        services.AddScoped<RuleBasedPostClassifier>();
        services.AddScoped<IPostClassifier>(provider =>
            new DetectorPostClassifier(provider.GetRequiredService<RuleBasedPostClassifier>(), provider.GetRequiredService<PostScreener>()));
        services.AddSingleton<IPersonalDataRedactor, Signals.PiiDetectorRedactor>();
        return services;
    }

    /// <summary>Loads the model now, so a broken installation fails at start-up and the first post is not slow.</summary>
    public static IServiceProvider LoadClassificationModel(this IServiceProvider services)
    {
        _ = services.GetRequiredService<PostScreener>();
        return services;
    }

    public static AeModel LoadModel(ClassificationOptions options)
    {
        var directory = options.ResolvedModelDirectory;
        if (!File.Exists(Path.Combine(directory, AeModel.CardFileName)))
        {
            throw new InvalidOperationException(
                $"No adverse-event model in '{directory}'. Set Classification:ModelDirectory to a folder made by 'caredesk model train', or reinstall.");
        }

        return AeModel.Load(directory);
    }
}

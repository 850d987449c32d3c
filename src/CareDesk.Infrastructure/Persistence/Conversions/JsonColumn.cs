using System.Text.Json;
using CareDesk.Application.Common;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Conversions;

/// <summary>Maps a small value object graph to one JSON text column on every provider.</summary>
public static class JsonColumn
{
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
        where T : class?
    {
        property.HasConversion(
            value => JsonSerializer.Serialize(value, CareDeskJson.Options),
            text => JsonSerializer.Deserialize<T>(text, CareDeskJson.Options)!,
            new ValueComparer<T>(
                (left, right) => JsonSerializer.Serialize(left, CareDeskJson.Options) == JsonSerializer.Serialize(right, CareDeskJson.Options),
                value => JsonSerializer.Serialize(value, CareDeskJson.Options).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, CareDeskJson.Options), CareDeskJson.Options)!));
        return property;
    }
}

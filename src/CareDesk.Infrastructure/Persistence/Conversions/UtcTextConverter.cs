using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareDesk.Infrastructure.Persistence.Conversions;

/// <summary>Stores instants as "2026-11-23T09:30:00.0000000Z"; equal width means text order is time order.</summary>
public sealed class UtcTextConverter() : ValueConverter<DateTimeOffset, string>(
    value => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
    text => new DateTimeOffset(DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero))
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
}

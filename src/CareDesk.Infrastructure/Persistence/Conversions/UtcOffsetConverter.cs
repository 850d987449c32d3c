using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareDesk.Infrastructure.Persistence.Conversions;

/// <summary>
/// PostgreSQL's timestamptz keeps only the instant, and Npgsql refuses a DateTimeOffset whose offset is not zero;
/// the domain may hand over local offsets (a calendar's time zone), so every instant is moved to UTC on the way in.
/// </summary>
public sealed class UtcOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    stored => stored.ToUniversalTime());

namespace CareDesk.Classification.Tests.AdverseEvents.Model;

internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

namespace CareDesk.Domain.Pharmacovigilance.Delivery;

/// <summary>Exponential backoff between delivery attempts: base, 2x base, 4x base ... capped at <see cref="MaxDelay"/>.</summary>
public sealed record DeliveryRetryPolicy(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    public TimeSpan DelayAfter(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Max(0, failedAttempts - 1));
        var delay = TimeSpan.FromTicks((long)Math.Min(BaseDelay.Ticks * factor, MaxDelay.Ticks));
        return delay;
    }
}

namespace CareDesk.Worker.Tests.Infrastructure;

/// <summary>Waits for background work by asking again every 100 ms; never a sleep as the assertion.</summary>
public static class Poller
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = await probe();
        while (!done(last))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds:0} s waiting for {what}; last value: {last}");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
            last = await probe();
        }

        return last;
    }
}

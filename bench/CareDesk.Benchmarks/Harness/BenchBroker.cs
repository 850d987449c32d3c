namespace CareDesk.Benchmarks.Harness;

/// <summary>
/// The run's one RabbitMQ node, started on first use by the first bus scenario and stopped when the run ends: a node
/// takes several seconds to boot on a 2-core machine, and each scenario declares a topology of its own on it anyway.
/// </summary>
public static class BenchBroker
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static RabbitMqNode? _node;

    public static async Task<RabbitMqNode> GetAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            return _node ??= await RabbitMqNode.StartAsync(repositoryRoot, cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task StopAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
            _node = null;
        }
    }
}

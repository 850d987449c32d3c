using CareDesk.Application.Pharmacovigilance;
using CareDesk.Application.Pharmacovigilance.Delivery;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Pharmacovigilance.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Application.Tests.Pharmacovigilance;

/// <summary>A mock safety database behind the transport port: accepts, or times out, per message; records what it got.</summary>
internal sealed class MockSafetyDatabase : IIcsrTransport
{
    private readonly List<IcsrEnvelope> _received = [];

    public IcsrTransportKind Kind => IcsrTransportKind.Webhook;

    public Func<IcsrEnvelope, bool> TimesOutOn { get; set; } = _ => false;

    public IReadOnlyList<IcsrEnvelope> Received => _received;

    public int Calls { get; private set; }

    public Task<string> SendAsync(IcsrEnvelope envelope, CancellationToken cancellationToken)
    {
        Calls++;
        if (TimesOutOn(envelope))
        {
            throw new TimeoutException($"The safety database did not answer for {envelope.MessageId}.");
        }

        _received.Add(envelope);
        return Task.FromResult("HTTP 202");
    }
}

internal sealed class RecordingPvAlertNotifier : IPvAlertNotifier
{
    public List<PvAlert> Notified { get; } = [];

    public Task NotifyAsync(PvAlert alert, CancellationToken cancellationToken)
    {
        Notified.Add(alert);
        return Task.CompletedTask;
    }
}

internal static class IcsrDeliverySteps
{
    /// <summary>A host whose organisation delivers through <paramref name="safetyDatabase"/>: 8 business hours to ACK, 3 attempts 1, 2 minutes apart.</summary>
    public static Task<ApplicationTestHost> StartWithDeliveryAsync(MockSafetyDatabase safetyDatabase, RecordingPvAlertNotifier notifier) =>
        ApplicationTestHost.StartAsync(configure: services =>
        {
            services.AddSingleton<IIcsrTransport>(safetyDatabase);
            services.AddSingleton<IPvAlertNotifier>(notifier);
            services.Configure<PvDeliveryOptions>(options =>
            {
                options.Transport = IcsrTransportKind.Webhook;
                options.AckTimeout = TimeSpan.FromHours(8);
                options.MaxAttempts = 3;
                options.RetryBaseDelay = TimeSpan.FromMinutes(1);
            });
        });

    public static Task<DeliverIcsrsResult> DeliverAsync(this ApplicationTestHost host) =>
        host.RunAsync((DeliverIcsrsHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

    public static Task<int> EscalateAsync(this ApplicationTestHost host) =>
        host.RunAsync((EscalateUnacknowledgedIcsrsHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

    public static Task<PvReconciliationDto> ReconcileAsync(this ApplicationTestHost host) =>
        host.RunAsync((GetPvReconciliationHandler handler, CancellationToken ct) => handler.HandleAsync(new GetPvReconciliationQuery(null, null), ct));

    public static Task<ImportPvAcknowledgementResult> ImportAckAsync(this ApplicationTestHost host, params (string Target, string Code, string LocalNumber)[] answers) =>
        host.RunAsync((ImportPvAcknowledgementHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ImportPvAcknowledgementCommand(AcknowledgementTests.AckFor(answers)), ct));
}

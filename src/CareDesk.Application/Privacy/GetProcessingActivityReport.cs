using CareDesk.Domain.Privacy;

namespace CareDesk.Application.Privacy;

/// <summary>The Art 30-style record of processing activities: every purpose with its lawful basis and Art 9 condition (R40).</summary>
public sealed class GetProcessingActivityReportHandler
{
    public IReadOnlyList<ProcessingActivity> Handle() => ProcessingRegister.Activities;
}

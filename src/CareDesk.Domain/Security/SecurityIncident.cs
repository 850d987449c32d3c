using CareDesk.Domain.Common;
using CareDesk.Domain.Security.Rules;

namespace CareDesk.Domain.Security;

/// <summary>
/// An entry of the security incident register (R45; GDPR Art 33/34, Annex 11 §13): what happened, when it was
/// detected, the 72-hour supervisory-authority deadline, the records affected and the notification steps.
/// </summary>
public sealed class SecurityIncident
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 4000;

    /// <summary>GDPR Art 33(1): the supervisory authority is told within 72 hours of becoming aware.</summary>
    public static readonly TimeSpan SupervisoryAuthorityDeadline = TimeSpan.FromHours(72);

    public const string SupervisoryAuthorityStep = "Notify the supervisory authority (GDPR Art 33)";
    public const string DataSubjectsStep = "Decide on and notify data subjects (GDPR Art 34)";
    public const string UsStateStep = "Assess US state breach-notification laws";
    public const string ContainmentStep = "Contain and assess the risk";

    private SecurityIncident()
    {
        Title = Description = RaisedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public int Number { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public SecurityIncidentCategory Category { get; private set; }

    public DateTimeOffset DetectedAt { get; private set; }

    public DateTimeOffset NotificationDueAt { get; private set; }

    public string RaisedBy { get; private set; }

    /// <summary>True when the incident monitor raised it from a suspicious audit event.</summary>
    public bool AutoRaised { get; private set; }

    /// <summary>The audit entries (sequence numbers) the affected records were taken from.</summary>
    public List<long> SourceAuditSequences { get; private set; } = [];

    public List<AffectedRecord> AffectedRecords { get; private set; } = [];

    public List<NotificationStep> Steps { get; private set; } = [];

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    /// <summary>What was found and done, in the closer's words: the register's last entry for an inspector.</summary>
    public string? ClosingSummary { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public bool IsNotificationOverdue(DateTimeOffset now) =>
        now > NotificationDueAt && Steps.Any(step => step.Name == SupervisoryAuthorityStep && !step.IsDone);

    public static SecurityIncident Raise(int number, string title, string? description, SecurityIncidentCategory category, DateTimeOffset detectedAt,
        string raisedBy, bool autoRaised, IEnumerable<long> sourceAuditSequences, IEnumerable<AffectedRecord> affectedRecords)
    {
        BusinessRules.Check(new IncidentNeedsATitleRule(title));
        var due = detectedAt + SupervisoryAuthorityDeadline;
        return new SecurityIncident
        {
            Id = Guid.NewGuid(),
            Number = number,
            Title = title.Trim(),
            Description = description?.Trim() ?? string.Empty,
            Category = category,
            DetectedAt = detectedAt,
            NotificationDueAt = due,
            RaisedBy = raisedBy,
            AutoRaised = autoRaised,
            SourceAuditSequences = [.. sourceAuditSequences],
            AffectedRecords = [.. affectedRecords],
            Steps =
            [
                new(ContainmentStep, detectedAt.AddHours(24)),
                new(SupervisoryAuthorityStep, due),
                new(DataSubjectsStep, due),
                new(UsStateStep, detectedAt.AddDays(30)),
            ],
        };
    }

    public void CompleteStep(string name, string by, string? note, DateTimeOffset at)
    {
        var index = Steps.FindIndex(step => step.Name == name);
        BusinessRules.Check(new IncidentStepMustExistRule(index >= 0, name));
        BusinessRules.Check(new IncidentStepCompletedOnceRule(Steps[index]));
        // A new list, so EF sees the JSON column change.
        Steps = [.. Steps.Select((step, position) => position == index ? step with { CompletedAt = at, CompletedBy = by, Note = note?.Trim() } : step)];
    }

    public void Close(string by, string summary, DateTimeOffset at)
    {
        BusinessRules.Check(new IncidentClosesOnlyOnceRule(IsOpen));
        BusinessRules.Check(new IncidentClosesOnlyWhenStepsAreDoneRule(Steps));
        ClosedAt = at;
        ClosedBy = by;
        ClosingSummary = summary.Trim();
    }
}

using CareDesk.Domain.Common;
using CareDesk.Domain.Pharmacovigilance.Rules;

namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>
/// The pharmacovigilance intake record of one adverse-event case: awareness timestamps (R3; the first human view is on the case), the four minimum
/// criteria with their evidence (R5), seriousness (R7), report type (R2), follow-up attempts (R8), duplicate link
/// (R16), MedDRA coding and translation (R11, R17) and the E2B hand-off with its acknowledgement (R9, R15). Timestamps are written once; only
/// <see cref="CorrectDay0"/> changes Day 0, and the first value stays in <see cref="OriginalMinimumCriteriaMetAt"/>.
/// </summary>
public sealed partial class PvIntake
{
    public const int MaxReportIdLength = 100;
    public const int MaxCausalityLength = 100;

    private PvIntake()
    {
        SafetyReportId = string.Empty;
        Reporter = Patient = Product = Event = ConfirmedCriterion.Unconfirmed;
        Seriousness = Seriousness.None;
        ReporterCountry = string.Empty;
        FollowUps = [];
        SpecialSituations = [];
        AdditionalReactions = [];
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public int CaseNumber { get; private set; }

    /// <summary>E2B C.1.1 sender's safety report unique id, also C.1.8.1 unless the case follows up another.</summary>
    public string SafetyReportId { get; private set; }

    public DateTimeOffset PlatformPostedAt { get; private set; }

    public DateTimeOffset IngestedAt { get; private set; }

    /// <summary>When the last of the four criteria was available to the company: Day 0 is its date.</summary>
    public DateTimeOffset? MinimumCriteriaMetAt { get; private set; }

    /// <summary>The value first written, kept visible after a Day 0 correction.</summary>
    public DateTimeOffset? OriginalMinimumCriteriaMetAt { get; private set; }

    public DateTimeOffset? CriteriaConfirmedAt { get; private set; }

    public string? CriteriaConfirmedBy { get; private set; }

    public ConfirmedCriterion Reporter { get; private set; }

    public ConfirmedCriterion Patient { get; private set; }

    public ConfirmedCriterion Product { get; private set; }

    public ConfirmedCriterion Event { get; private set; }

    public ReporterQualification ReporterQualification { get; private set; } = ReporterQualification.Consumer;

    public bool QualificationDefaulted { get; private set; } = true;

    public string ReporterCountry { get; private set; }

    public bool CountryDefaulted { get; private set; } = true;

    public Seriousness Seriousness { get; private set; }

    public ReportType ReportType { get; private set; }

    public string? Causality { get; private set; }

    public List<FollowUpTask> FollowUps { get; private set; }

    public int? DuplicateOfCaseNumber { get; private set; }

    public string? DuplicateOfReportId { get; private set; }

    public DateTimeOffset? HandedOffAt { get; private set; }

    public string? HandedOffBy { get; private set; }

    public string? IcsrMessageId { get; private set; }

    public string? IcsrXml { get; private set; }

    public string? AckCode { get; private set; }

    public DateTimeOffset? AckReceivedAt { get; private set; }

    /// <summary>The receiving safety database's own number for the report (ACK.B.r.2).</summary>
    public string? AckReceiverReportNumber { get; private set; }

    public string? AckDetail { get; private set; }

    public DateTimeOffset? ClosedInvalidAt { get; private set; }

    /// <summary>Why follow-up stopped short of the schedule (e.g. "user blocked the account"), when it did.</summary>
    public string? FollowUpException { get; private set; }

    /// <summary>
    /// The reporter declined the privacy notice: the report still goes to PV (GVP VI.B.2), but without the reporter's
    /// contact details (R41).
    /// </summary>
    public bool ReporterContactWithheld { get; private set; }

    public bool IsValidIcsr => Reporter.Confirmed && Patient.Confirmed && Product.Confirmed && Event.Confirmed;

    public static PvIntake Start(Guid caseId, int caseNumber, string safetyReportId, DateTimeOffset platformPostedAt, DateTimeOffset ingestedAt,
        ConfirmedCriterion[] prefill, ReportType reportType, string defaultCountry, IEnumerable<DateTimeOffset> followUpDueTimes) => new()
        {
            Id = Guid.NewGuid(),
            CaseId = caseId,
            CaseNumber = caseNumber,
            SafetyReportId = safetyReportId,
            PlatformPostedAt = platformPostedAt,
            IngestedAt = ingestedAt,
            // The classifier's findings are suggestions: they prefill the evidence, but nothing counts as confirmed.
            Reporter = prefill[0] with { Confirmed = false },
            Patient = prefill[1] with { Confirmed = false },
            Product = prefill[2] with { Confirmed = false },
            Event = prefill[3] with { Confirmed = false },
            ReportType = reportType,
            ReporterCountry = defaultCountry,
            FollowUps = [.. followUpDueTimes.Select((due, index) => new FollowUpTask(index + 1, due))],
        };

    public IEnumerable<string> MissingCriteria()
    {
        if (!Reporter.Confirmed)
        {
            yield return "reporter";
        }

        if (!Patient.Confirmed)
        {
            yield return "patient";
        }

        if (!Product.Confirmed)
        {
            yield return "product";
        }

        if (!Event.Confirmed)
        {
            yield return "event";
        }
    }

    /// <summary>
    /// Records a human's review. The first time all four criteria stand confirmed, Day 0 becomes the time the
    /// information reached the company (<paramref name="informationReceivedAt"/>), not the time of the review.
    /// </summary>
    public void Review(PvReview review, DateTimeOffset informationReceivedAt, string reviewer, DateTimeOffset at)
    {
        Reporter = review.Reporter;
        Patient = review.Patient;
        Product = review.Product;
        Event = review.Event;
        QualificationDefaulted = review.Qualification is null;
        ReporterQualification = review.Qualification ?? ReporterQualification.Consumer;
        if (!string.IsNullOrWhiteSpace(review.Country))
        {
            ReporterCountry = review.Country.Trim().ToUpperInvariant();
            CountryDefaulted = false;
        }

        Seriousness = review.Seriousness;
        ReportType = review.ReportType;
        Causality = string.IsNullOrWhiteSpace(review.Causality) ? null : review.Causality.Trim();
        if (IsValidIcsr && MinimumCriteriaMetAt is null)
        {
            MinimumCriteriaMetAt = informationReceivedAt;
            OriginalMinimumCriteriaMetAt = informationReceivedAt;
            CriteriaConfirmedAt = at;
            CriteriaConfirmedBy = reviewer;
        }
    }

    public void CorrectDay0(DateTimeOffset correctedMinimumCriteriaMetAt, string? reason)
    {
        BusinessRules.Check(new Day0MustBeSetBeforeCorrectingRule(MinimumCriteriaMetAt));
        BusinessRules.Check(new CorrectionNeedsReasonRule(reason));
        MinimumCriteriaMetAt = correctedMinimumCriteriaMetAt;
    }

    public ReportingDeadline? Deadline(TimeZoneInfo reportingZone, ReportingPeriods periods) =>
        MinimumCriteriaMetAt is { } met
            ? ReportingDeadline.From(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(met, reportingZone).DateTime), IsSerious, periods)
            : null;

    public FollowUpTask RecordFollowUpAttempt(FollowUpChannel channel, string? templateJobCode, int? templateVersion, string agent, string? outcome, DateTimeOffset at)
    {
        BusinessRules.Check(new FollowUpMustBePrivateRule(channel));
        // Routine attempts (R8) come first; a purpose-specific task such as the pregnancy outcome stays open for its own reply.
        var next = FollowUps.FirstOrDefault(task => task.IsOpen && task.Purpose is null);
        var done = (next ?? new FollowUpTask(FollowUps.Count + 1, at)) with
        {
            AttemptedAt = at,
            Channel = channel,
            TemplateJobCode = templateJobCode,
            TemplateVersion = templateVersion,
            Agent = agent,
            Outcome = outcome,
        };
        FollowUps = [.. FollowUps.Where(task => task.Sequence != done.Sequence).Append(done).OrderBy(task => task.Sequence)];
        return done;
    }

    /// <summary>Stops every open follow-up at once, e.g. when consent to private contact is withdrawn; returns how many.</summary>
    public int CancelOpenFollowUps(string reason, DateTimeOffset at)
    {
        var open = FollowUps.Count(task => task.IsOpen);
        FollowUps = [.. FollowUps.Select(task => task.IsOpen ? task with { CancelledAt = at, CancelReason = reason } : task)];
        return open;
    }

    /// <summary>Leaves the reporter's contact out of the intake and the ICSR, because the reporter declined consent.</summary>
    public void WithholdReporterContact()
    {
        ReporterContactWithheld = true;
        Reporter = Reporter with { Evidence = null };
    }

    public void CloseAsInvalid(string? exception, DateTimeOffset at)
    {
        BusinessRules.Check(new FollowUpsMustBeDoneBeforeClosingInvalidRule(this, exception));
        FollowUpException = string.IsNullOrWhiteSpace(exception) ? null : exception.Trim();
        ClosedInvalidAt = at;
    }

    public void LinkAsDuplicateOf(int originalCaseNumber, string originalReportId)
    {
        BusinessRules.Check(new DuplicateMustLinkAnotherCaseRule(CaseNumber, originalCaseNumber));
        DuplicateOfCaseNumber = originalCaseNumber;
        DuplicateOfReportId = originalReportId;
    }

    public void CheckReadyForHandoff() => CheckReadyForHandoff(meddraLoaded: false);

    /// <param name="meddraLoaded">Whether the customer has loaded a MedDRA release, so the event must be coded (R11).</param>
    public void CheckReadyForHandoff(bool meddraLoaded)
    {
        BusinessRules.Check(new HandoffMustNotRepeatRule(this));
        BusinessRules.Check(new MinimumCriteriaMustBeConfirmedRule(this));
        BusinessRules.Check(new SolicitedReportNeedsCausalityRule(ReportType, Causality));
        CheckExportable(meddraLoaded);
    }

    public void HandOff(string messageId, string icsrXml, string by, DateTimeOffset at, bool meddraLoaded = false)
    {
        CheckReadyForHandoff(meddraLoaded);
        HandedOffAt = at;
        HandedOffBy = by;
        IcsrMessageId = messageId;
        IcsrXml = icsrXml;
        AckCode = null;
        AckDetail = null;
        AckReceivedAt = null;
        AckReceiverReportNumber = null;
    }

    public void RecordAcknowledgement(string code, string? receiverReportNumber, string? detail, DateTimeOffset at)
    {
        AckCode = code;
        AckReceiverReportNumber = receiverReportNumber;
        AckDetail = detail;
        AckReceivedAt = at;
    }
}

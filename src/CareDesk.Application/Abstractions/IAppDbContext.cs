using CareDesk.Domain.Audit;
using CareDesk.Domain.CallCenter;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Contacts;
using CareDesk.Domain.Conversations;
using CareDesk.Domain.Csat;
using CareDesk.Domain.Listening;
using CareDesk.Domain.Listening.Anomalies;
using CareDesk.Domain.Listening.Crisis;
using CareDesk.Domain.MedicalInformation;
using CareDesk.Domain.Moderation;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Pharmacovigilance.Delivery;
using CareDesk.Domain.Pharmacovigilance.Meddra;
using CareDesk.Domain.Privacy;
using CareDesk.Domain.Quality;
using CareDesk.Domain.Registration;
using CareDesk.Domain.Replies;
using CareDesk.Domain.Replies.Approvals;
using CareDesk.Domain.Retention;
using CareDesk.Domain.Roi;
using CareDesk.Domain.Security;
using CareDesk.Domain.Signatures;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Triage;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Abstractions;

/// <summary>The unit of work use cases read and write through; one SaveChangesAsync per use case.</summary>
public interface IAppDbContext
{
    DbSet<Brand> Brands { get; }

    DbSet<Channel> Channels { get; }

    DbSet<BusinessCalendar> Calendars { get; }

    DbSet<Post> Posts { get; }

    DbSet<PostChange> PostChanges { get; }

    DbSet<ChannelHealth> ChannelHealth { get; }

    DbSet<ScreeningGapAlert> ScreeningGapAlerts { get; }

    DbSet<InboundWebhook> InboundWebhooks { get; }

    DbSet<IngestDeadLetter> IngestDeadLetters { get; }

    DbSet<Case> Cases { get; }

    DbSet<SlaAlert> SlaAlerts { get; }

    DbSet<CaseNote> CaseNotes { get; }

    DbSet<PvIntake> PvIntakes { get; }

    DbSet<MeddraRelease> MeddraReleases { get; }

    DbSet<MeddraTerm> MeddraTerms { get; }

    DbSet<IcsrDelivery> IcsrDeliveries { get; }

    DbSet<PvAlert> PvAlerts { get; }

    DbSet<Reply> Replies { get; }

    DbSet<CallCenterInteraction> CallCenterInteractions { get; }

    DbSet<OutboundMessage> Outbox { get; }

    DbSet<ReplyApprovalRequest> ReplyApprovals { get; }

    DbSet<ProductComplaint> ProductComplaints { get; }

    DbSet<MedicalInformationRequest> MedicalInformationRequests { get; }

    DbSet<ResponseTemplate> Templates { get; }

    DbSet<TemplateExpiryNotice> TemplateExpiryNotices { get; }

    DbSet<TriageRule> TriageRules { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<UserAccount> Users { get; }

    DbSet<ElectronicSignature> Signatures { get; }

    DbSet<SignInSession> SignInSessions { get; }

    DbSet<SecurityAlert> SecurityAlerts { get; }

    DbSet<ListeningQuery> ListeningQueries { get; }

    DbSet<DiscardedListeningItem> DiscardedListeningItems { get; }

    DbSet<AuthorUsePreference> AuthorUsePreferences { get; }

    DbSet<ContactProfile> ContactProfiles { get; }

    DbSet<ContactIdentity> ContactIdentities { get; }

    DbSet<ContactMerge> ContactMerges { get; }

    DbSet<ContactMatchProposal> ContactMatchProposals { get; }

    DbSet<ContactPostLink> ContactPostLinks { get; }

    DbSet<KeyOpinionLeader> KeyOpinionLeaders { get; }

    DbSet<PageModeration> PageModerations { get; }

    DbSet<CommunityGuidelines> CommunityGuidelines { get; }

    DbSet<ModeratedItem> ModeratedItems { get; }

    DbSet<CsatSurvey> CsatSurveys { get; }

    DbSet<ListeningAlert> ListeningAlerts { get; }

    DbSet<AlertRoutingRule> AlertRoutingRules { get; }

    DbSet<AlertNotification> AlertNotifications { get; }

    DbSet<CrisisRoom> CrisisRooms { get; }

    DbSet<CrisisPlaybook> CrisisPlaybooks { get; }

    DbSet<TrackedLink> TrackedLinks { get; }

    DbSet<LinkClickDay> LinkClickDays { get; }

    DbSet<AllowedLinkDomain> AllowedLinkDomains { get; }

    DbSet<RedemptionCode> RedemptionCodes { get; }

    DbSet<Redemption> Redemptions { get; }

    DbSet<ConsentRecord> ConsentRecords { get; }

    DbSet<DataSubjectRequest> DataSubjectRequests { get; }

    DbSet<RetentionPolicy> RetentionPolicies { get; }

    DbSet<CaseAccessLogEntry> CaseAccessLog { get; }

    DbSet<HipaaDetermination> HipaaDeterminations { get; }

    DbSet<SecurityIncident> SecurityIncidents { get; }

    DbSet<RegistrationForm> RegistrationForms { get; }

    DbSet<RegistrationSubmission> RegistrationSubmissions { get; }

    DbSet<Domain.Promotion.ProductRiskInformation> ProductRiskLibrary { get; }

    DbSet<Domain.Promotion.PromotionalPost> PromotionalPosts { get; }

    DbSet<Domain.Misinformation.MisinformationCorrection> MisinformationCorrections { get; }

    DbSet<Domain.Training.TrainingRecord> TrainingRecords { get; }

    DbSet<Domain.Training.TrainingRequirement> TrainingRequirements { get; }

    DbSet<Domain.Policy.ResponseMatrix> ResponseMatrices { get; }

    DbSet<Domain.Policy.EngagementScope> EngagementScopes { get; }

    /// <summary>Transactions for use cases that read-then-write a counter, such as the next case number.</summary>
    Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade Database { get; }

    /// <summary>For a use case that must drop a half-done unit of work before recording its failure.</summary>
    Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

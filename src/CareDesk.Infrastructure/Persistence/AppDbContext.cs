using CareDesk.Application.Abstractions;
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
using CareDesk.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Infrastructure.Persistence;

/// <summary>The one EF Core model for every provider; migrations live in one assembly per provider.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options), IAppDbContext
{
    public DbSet<Brand> Brands => Set<Brand>();

    public DbSet<Channel> Channels => Set<Channel>();

    public DbSet<BusinessCalendar> Calendars => Set<BusinessCalendar>();

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<PostChange> PostChanges => Set<PostChange>();

    public DbSet<ChannelHealth> ChannelHealth => Set<ChannelHealth>();

    public DbSet<ScreeningGapAlert> ScreeningGapAlerts => Set<ScreeningGapAlert>();

    public DbSet<InboundWebhook> InboundWebhooks => Set<InboundWebhook>();

    public DbSet<IngestDeadLetter> IngestDeadLetters => Set<IngestDeadLetter>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<SlaAlert> SlaAlerts => Set<SlaAlert>();

    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    public DbSet<PvIntake> PvIntakes => Set<PvIntake>();

    public DbSet<MeddraRelease> MeddraReleases => Set<MeddraRelease>();

    public DbSet<MeddraTerm> MeddraTerms => Set<MeddraTerm>();

    public DbSet<IcsrDelivery> IcsrDeliveries => Set<IcsrDelivery>();

    public DbSet<PvAlert> PvAlerts => Set<PvAlert>();

    public DbSet<Reply> Replies => Set<Reply>();

    public DbSet<CallCenterInteraction> CallCenterInteractions => Set<CallCenterInteraction>();

    public DbSet<OutboundMessage> Outbox => Set<OutboundMessage>();

    public DbSet<ReplyApprovalRequest> ReplyApprovals => Set<ReplyApprovalRequest>();

    public DbSet<ProductComplaint> ProductComplaints => Set<ProductComplaint>();

    public DbSet<MedicalInformationRequest> MedicalInformationRequests => Set<MedicalInformationRequest>();

    public DbSet<ResponseTemplate> Templates => Set<ResponseTemplate>();

    public DbSet<TemplateExpiryNotice> TemplateExpiryNotices => Set<TemplateExpiryNotice>();

    public DbSet<TriageRule> TriageRules => Set<TriageRule>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<ElectronicSignature> Signatures => Set<ElectronicSignature>();

    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    public DbSet<SecurityAlert> SecurityAlerts => Set<SecurityAlert>();

    public DbSet<ListeningQuery> ListeningQueries => Set<ListeningQuery>();

    public DbSet<DiscardedListeningItem> DiscardedListeningItems => Set<DiscardedListeningItem>();

    public DbSet<AuthorUsePreference> AuthorUsePreferences => Set<AuthorUsePreference>();

    public DbSet<ContactProfile> ContactProfiles => Set<ContactProfile>();

    public DbSet<ContactIdentity> ContactIdentities => Set<ContactIdentity>();

    public DbSet<ContactMerge> ContactMerges => Set<ContactMerge>();

    public DbSet<ContactMatchProposal> ContactMatchProposals => Set<ContactMatchProposal>();

    public DbSet<ContactPostLink> ContactPostLinks => Set<ContactPostLink>();

    public DbSet<KeyOpinionLeader> KeyOpinionLeaders => Set<KeyOpinionLeader>();

    public DbSet<PageModeration> PageModerations => Set<PageModeration>();

    public DbSet<CommunityGuidelines> CommunityGuidelines => Set<CommunityGuidelines>();

    public DbSet<ModeratedItem> ModeratedItems => Set<ModeratedItem>();

    public DbSet<CsatSurvey> CsatSurveys => Set<CsatSurvey>();

    public DbSet<ListeningAlert> ListeningAlerts => Set<ListeningAlert>();

    public DbSet<AlertRoutingRule> AlertRoutingRules => Set<AlertRoutingRule>();

    public DbSet<AlertNotification> AlertNotifications => Set<AlertNotification>();

    public DbSet<CrisisRoom> CrisisRooms => Set<CrisisRoom>();

    public DbSet<CrisisPlaybook> CrisisPlaybooks => Set<CrisisPlaybook>();

    public DbSet<TrackedLink> TrackedLinks => Set<TrackedLink>();

    public DbSet<LinkClickDay> LinkClickDays => Set<LinkClickDay>();

    public DbSet<AllowedLinkDomain> AllowedLinkDomains => Set<AllowedLinkDomain>();

    public DbSet<RedemptionCode> RedemptionCodes => Set<RedemptionCode>();

    public DbSet<Redemption> Redemptions => Set<Redemption>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    public DbSet<RegistrationForm> RegistrationForms => Set<RegistrationForm>();

    public DbSet<RegistrationSubmission> RegistrationSubmissions => Set<RegistrationSubmission>();

    public DbSet<Domain.Training.TrainingRecord> TrainingRecords => Set<Domain.Training.TrainingRecord>();

    public DbSet<Domain.Training.TrainingRequirement> TrainingRequirements => Set<Domain.Training.TrainingRequirement>();

    public DbSet<Domain.Policy.ResponseMatrix> ResponseMatrices => Set<Domain.Policy.ResponseMatrix>();

    public DbSet<Domain.Policy.EngagementScope> EngagementScopes => Set<Domain.Policy.EngagementScope>();

    public DbSet<DataSubjectRequest> DataSubjectRequests => Set<DataSubjectRequest>();

    public DbSet<RetentionPolicy> RetentionPolicies => Set<RetentionPolicy>();

    public DbSet<CaseAccessLogEntry> CaseAccessLog => Set<CaseAccessLogEntry>();

    public DbSet<HipaaDetermination> HipaaDeterminations => Set<HipaaDetermination>();

    public DbSet<SecurityIncident> SecurityIncidents => Set<SecurityIncident>();

    public DbSet<Domain.Promotion.ProductRiskInformation> ProductRiskLibrary => Set<Domain.Promotion.ProductRiskInformation>();

    public DbSet<Domain.Promotion.PromotionalPost> PromotionalPosts => Set<Domain.Promotion.PromotionalPost>();

    public DbSet<Domain.Misinformation.MisinformationCorrection> MisinformationCorrections => Set<Domain.Misinformation.MisinformationCorrection>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AppendOnlyGuard.ThrowIfAltered(ChangeTracker);
        if (!AuditChain.HasPendingEntries(ChangeTracker) || Database.CurrentTransaction is not null)
        {
            await AuditChain.SealPendingAsync(this, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The chain head must be read and extended under the write lock, or two writers could fork the chain.
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await AuditChain.SealPendingAsync(this, cancellationToken);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: audit sealing is asynchronous.");

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite has no timestamp type: fixed-width UTC text keeps ORDER BY and range filters correct and readable.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTextConverter>();
        }
        else if (Database.IsNpgsql())
        {
            // timestamptz is native, but Npgsql writes only offset-zero values; a zone-local instant is moved to UTC first.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcOffsetConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // The domain creates its own Guid ids; without this EF would take a new clock added to a loaded case for an existing row.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(type => type.FindPrimaryKey()).OfType<Microsoft.EntityFrameworkCore.Metadata.IMutableKey>())
        {
            foreach (var property in key.Properties.Where(property => property.ClrType == typeof(Guid)))
            {
                property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }
}

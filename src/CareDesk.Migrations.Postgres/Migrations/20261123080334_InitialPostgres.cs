using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InitialPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditSubjectKeys",
                columns: table => new
                {
                    Owner = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditSubjectKeys", x => x.Owner);
                });

            migrationBuilder.CreateTable(
                name: "AuditTrail",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Via = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditTrail", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuthorUsePreferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorPseudonym = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    LimitSensitiveDataUse = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuthorUsePreferences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Brands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LabelVersion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Brands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Calendars",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OpensAt = table.Column<TimeSpan>(type: "interval", nullable: false),
                    ClosesAt = table.Column<TimeSpan>(type: "interval", nullable: false),
                    WorkingDays = table.Column<int[]>(type: "integer[]", nullable: false),
                    Holidays = table.Column<List<DateOnly>>(type: "date[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Calendars", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "CallCenterInteractions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InteractionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Brand = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Agent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Labels = table.Column<int[]>(type: "integer[]", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallCenterInteractions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConsentRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChannelKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Handle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TextShown = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TextVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Scope = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CapturedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CapturedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataSubjectRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Regime = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Extended = table.Column<bool>(type: "boolean", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Items = table.Column<string>(type: "text", nullable: false),
                    ResponseLetter = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataSubjectRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboundWebhooks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Network = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Items = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboundWebhooks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SecurityAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecurityAlerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignInSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastActivityAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FirstSignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Templates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    JobCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    MaterialId = table.Column<string>(type: "character varying(62)", maxLength: 62, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Variables = table.Column<string>(type: "text", nullable: false),
                    Labels = table.Column<int[]>(type: "integer[]", nullable: false),
                    ChannelKinds = table.Column<int[]>(type: "integer[]", nullable: false),
                    Markets = table.Column<List<string>>(type: "text[]", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DateOfPreparation = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecertifiedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: true),
                    LabelVersion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Author = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StatusChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Approvals = table.Column<string>(type: "text", nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TriageRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Label = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Priority = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MatchKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Terms = table.Column<List<string>>(type: "text[]", nullable: false),
                    ExcludeTerms = table.Column<List<string>>(type: "text[]", nullable: false),
                    ChannelKinds = table.Column<int[]>(type: "integer[]", nullable: false),
                    PublicOnly = table.Column<bool>(type: "boolean", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TriageRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Team = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PasswordHash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    ReviewerRoles = table.Column<int[]>(type: "integer[]", nullable: false),
                    UkNominatedSignatory = table.Column<bool>(type: "boolean", nullable: false),
                    DeactivatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MustChangePassword = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FailedAttempts = table.Column<int>(type: "integer", nullable: false),
                    LockedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SessionVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AlertRoutingRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MinSeverity = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: true),
                    Delivery = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Target = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Secret = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertRoutingRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertRoutingRules_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AllowedLinkDomains",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    Domain = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllowedLinkDomains", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AllowedLinkDomains_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrisisPlaybooks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    Roster = table.Column<string>(type: "text", nullable: false),
                    Guidance = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrisisPlaybooks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrisisPlaybooks_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ListeningAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    WindowStart = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WindowEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Observed = table.Column<int>(type: "integer", nullable: false),
                    Expected = table.Column<double>(type: "double precision", nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PostIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    CrisisRoomId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListeningAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListeningAlerts_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ListeningQueries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Expression = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    BrandTerms = table.Column<List<string>>(type: "text[]", nullable: false),
                    CompetitorTerms = table.Column<List<string>>(type: "text[]", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListeningQueries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListeningQueries_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Channels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    CalendarCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Market = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    PublicByDefault = table.Column<bool>(type: "boolean", nullable: false),
                    AccountId = table.Column<string>(type: "text", nullable: true),
                    ListeningQuery = table.Column<string>(type: "text", nullable: true),
                    ListeningQueryVersion = table.Column<int>(type: "integer", nullable: false),
                    IngestionEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    ScreeningInterval = table.Column<TimeSpan>(type: "interval", nullable: false),
                    MaxScreeningGap = table.Column<TimeSpan>(type: "interval", nullable: false),
                    IngestionEnabledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Channels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Channels_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Channels_Calendars_CalendarCode",
                        column: x => x.CalendarCode,
                        principalTable: "Calendars",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TemplateExpiryNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    MaterialId = table.Column<string>(type: "character varying(62)", maxLength: 62, nullable: false),
                    Owner = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    LeadDays = table.Column<int>(type: "integer", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateExpiryNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TemplateExpiryNotices_Templates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "Templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Signatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    SignerUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    SignerUserName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PrintedName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Meaning = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ContentHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Signatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Signatures_Users_SignerUserId",
                        column: x => x.SignerUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AlertNotifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Delivery = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Target = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertNotifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertNotifications_AlertRoutingRules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "AlertRoutingRules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AlertNotifications_ListeningAlerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "ListeningAlerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrisisRooms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OpenedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrisisRooms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrisisRooms_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrisisRooms_ListeningAlerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "ListeningAlerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ChannelId = table.Column<Guid>(type: "uuid", nullable: false),
                    ThreadKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(280)", maxLength: 280, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Labels = table.Column<int[]>(type: "integer[]", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    Assignee = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Team = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EscalatedTo = table.Column<int[]>(type: "integer[]", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastActivityAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FirstRepliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FirstSeenByHumanAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NextDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OnLegalHold = table.Column<bool>(type: "boolean", nullable: false),
                    LegalHoldReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AnonymisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChannelHealth",
                columns: table => new
                {
                    ChannelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Checkpoint = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    LastAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastSuccessAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastErrorAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RateLimited = table.Column<bool>(type: "boolean", nullable: false),
                    RateLimitLimit = table.Column<int>(type: "integer", nullable: true),
                    RateLimitRemaining = table.Column<double>(type: "double precision", nullable: true),
                    RateLimitResetsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ItemsIngested = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelHealth", x => x.ChannelId);
                    table.ForeignKey(
                        name: "FK_ChannelHealth_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DiscardedListeningItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChannelId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    QueryVersion = table.Column<int>(type: "integer", nullable: false),
                    DiscardedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiscardedListeningItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiscardedListeningItems_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScreeningGapAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChannelId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChannelKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LastIngestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MaxGap = table.Column<TimeSpan>(type: "interval", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreeningGapAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScreeningGapAlerts_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrackedLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChannelId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChannelKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: true),
                    TemplateVersion = table.Column<int>(type: "integer", nullable: true),
                    TemplateJobCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Campaign = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Destination = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrackedLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrackedLinks_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrackedLinks_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrackedLinks_Templates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "Templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrisisActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Actor = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrisisActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrisisActions_CrisisRooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "CrisisRooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Author = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MedicalInformationRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Requester = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IsOffLabel = table.Column<bool>(type: "boolean", nullable: false),
                    IsSolicited = table.Column<bool>(type: "boolean", nullable: false),
                    RoutedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RoutedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnswerReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsPaediatric = table.Column<bool>(type: "boolean", nullable: false),
                    IsDraft = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MedicalInformationRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MedicalInformationRequests_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Posts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChannelId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ThreadId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ParentId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ThreadKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Labels = table.Column<int[]>(type: "integer[]", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    Classifier = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: false),
                    AdverseEvent = table.Column<string>(type: "text", nullable: true),
                    Signals = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Posts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Posts_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Posts_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProductComplaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Product = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Strength = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LotNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LotUnavailableReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExpiryDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Complainant = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactRoute = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReplySent = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PossibleFieldAlert = table.Column<bool>(type: "boolean", nullable: false),
                    AwareAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Defect = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    IsDraft = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductComplaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductComplaints_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PvIntakes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<int>(type: "integer", nullable: false),
                    SafetyReportId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PlatformPostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IngestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MinimumCriteriaMetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OriginalMinimumCriteriaMetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CriteriaConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CriteriaConfirmedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Reporter = table.Column<string>(type: "text", nullable: false),
                    Patient = table.Column<string>(type: "text", nullable: false),
                    Product = table.Column<string>(type: "text", nullable: false),
                    Event = table.Column<string>(type: "text", nullable: false),
                    ReporterQualification = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    QualificationDefaulted = table.Column<bool>(type: "boolean", nullable: false),
                    ReporterCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CountryDefaulted = table.Column<bool>(type: "boolean", nullable: false),
                    Seriousness = table.Column<string>(type: "text", nullable: false),
                    ReportType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Causality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FollowUps = table.Column<string>(type: "text", nullable: false),
                    DuplicateOfCaseNumber = table.Column<int>(type: "integer", nullable: true),
                    DuplicateOfReportId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    HandedOffAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HandedOffBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IcsrMessageId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IcsrXml = table.Column<string>(type: "text", nullable: true),
                    AckCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    AckReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AckReceiverReportNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AckDetail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClosedInvalidAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FollowUpException = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReporterContactWithheld = table.Column<bool>(type: "boolean", nullable: false),
                    SpecialSituations = table.Column<string>(type: "text", nullable: false),
                    HasAdverseEvent = table.Column<bool>(type: "boolean", nullable: false),
                    PatientSex = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    PatientAgeYears = table.Column<int>(type: "integer", nullable: true),
                    PatientAgeGroup = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AdditionalReactions = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PvIntakes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PvIntakes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RedemptionCodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseNumber = table.Column<int>(type: "integer", nullable: true),
                    ChannelId = table.Column<Guid>(type: "uuid", nullable: true),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: true),
                    TemplateVersion = table.Column<int>(type: "integer", nullable: true),
                    Campaign = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RedemptionCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RedemptionCodes_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RedemptionCodes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RedemptionCodes_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RedemptionCodes_Templates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "Templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Replies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChannelId = table.Column<Guid>(type: "uuid", nullable: false),
                    InReplyToExternalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateVersion = table.Column<int>(type: "integer", nullable: false),
                    JobCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    MaterialId = table.Column<string>(type: "character varying(62)", maxLength: 62, nullable: false),
                    DateOfPreparation = table.Column<DateOnly>(type: "date", nullable: false),
                    Variables = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    SentBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Replies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Replies_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Replies_Templates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "Templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReplyApprovals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChannelId = table.Column<Guid>(type: "uuid", nullable: false),
                    InReplyToExternalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateVersion = table.Column<int>(type: "integer", nullable: false),
                    JobCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Variables = table.Column<string>(type: "text", nullable: false),
                    TemplateText = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ProposedText = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ProposedTextSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Triggers = table.Column<string>(type: "text", nullable: false),
                    ResolveAfterSending = table.Column<bool>(type: "boolean", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Tiers = table.Column<string>(type: "text", nullable: false),
                    CurrentTier = table.Column<int>(type: "integer", nullable: false),
                    Decisions = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReplyId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReplyApprovals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReplyApprovals_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReplyApprovals_Templates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "Templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SlaAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<int>(type: "integer", nullable: false),
                    ClockId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClockKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SlaAlerts_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SlaClocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CalendarCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Target = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WarnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WarnedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BreachedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PausedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaClocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SlaClocks_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LinkClickDays",
                columns: table => new
                {
                    LinkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Clicks = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkClickDays", x => new { x.LinkId, x.Day });
                    table.ForeignKey(
                        name: "FK_LinkClickDays_TrackedLinks_LinkId",
                        column: x => x.LinkId,
                        principalTable: "TrackedLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PostChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Labels = table.Column<int[]>(type: "integer[]", nullable: false),
                    Priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostChanges_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IcsrDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PvIntakeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<int>(type: "integer", nullable: false),
                    MessageId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Transport = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    QueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Receipt = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AckDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AckOverdueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IcsrDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IcsrDeliveries_PvIntakes_PvIntakeId",
                        column: x => x.PvIntakeId,
                        principalTable: "PvIntakes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PvAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PvIntakeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<int>(type: "integer", nullable: false),
                    MessageId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PvAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PvAlerts_PvIntakes_PvIntakeId",
                        column: x => x.PvIntakeId,
                        principalTable: "PvIntakes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Redemptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RedemptionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    RedeemedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Redemptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Redemptions_RedemptionCodes_CodeId",
                        column: x => x.CodeId,
                        principalTable: "RedemptionCodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReplyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChannelKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InReplyToExternalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeliveredExternalId = table.Column<string>(type: "text", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Outbox_Replies_ReplyId",
                        column: x => x.ReplyId,
                        principalTable: "Replies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertNotifications_AlertId_RuleId",
                table: "AlertNotifications",
                columns: new[] { "AlertId", "RuleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertNotifications_RuleId",
                table: "AlertNotifications",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertNotifications_Status_Delivery",
                table: "AlertNotifications",
                columns: new[] { "Status", "Delivery" });

            migrationBuilder.CreateIndex(
                name: "IX_AlertRoutingRules_BrandId",
                table: "AlertRoutingRules",
                column: "BrandId");

            migrationBuilder.CreateIndex(
                name: "IX_AllowedLinkDomains_BrandId_Domain",
                table: "AllowedLinkDomains",
                columns: new[] { "BrandId", "Domain" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_EntityType_EntityId",
                table: "AuditTrail",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_Sequence",
                table: "AuditTrail",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuthorUsePreferences_AuthorPseudonym",
                table: "AuthorUsePreferences",
                column: "AuthorPseudonym",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Brands_Name",
                table: "Brands",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallCenterInteractions_InteractionId",
                table: "CallCenterInteractions",
                column: "InteractionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallCenterInteractions_StartedAt",
                table: "CallCenterInteractions",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_CaseId",
                table: "CaseNotes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ChannelId_ThreadKey",
                table: "Cases",
                columns: new[] { "ChannelId", "ThreadKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Number",
                table: "Cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_NextDueAt",
                table: "Cases",
                columns: new[] { "Status", "NextDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Channels_BrandId",
                table: "Channels",
                column: "BrandId");

            migrationBuilder.CreateIndex(
                name: "IX_Channels_CalendarCode",
                table: "Channels",
                column: "CalendarCode");

            migrationBuilder.CreateIndex(
                name: "IX_Channels_Key",
                table: "Channels",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_ChannelKey_Handle",
                table: "ConsentRecords",
                columns: new[] { "ChannelKey", "Handle" });

            migrationBuilder.CreateIndex(
                name: "IX_CrisisActions_RoomId_At",
                table: "CrisisActions",
                columns: new[] { "RoomId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CrisisPlaybooks_BrandId",
                table: "CrisisPlaybooks",
                column: "BrandId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrisisRooms_AlertId",
                table: "CrisisRooms",
                column: "AlertId");

            migrationBuilder.CreateIndex(
                name: "IX_CrisisRooms_BrandId",
                table: "CrisisRooms",
                column: "BrandId");

            migrationBuilder.CreateIndex(
                name: "IX_CrisisRooms_Number",
                table: "CrisisRooms",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataSubjectRequests_DueAt",
                table: "DataSubjectRequests",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_DiscardedListeningItems_ChannelId_ItemHash",
                table: "DiscardedListeningItems",
                columns: new[] { "ChannelId", "ItemHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DiscardedListeningItems_DiscardedAt",
                table: "DiscardedListeningItems",
                column: "DiscardedAt");

            migrationBuilder.CreateIndex(
                name: "IX_IcsrDeliveries_MessageId",
                table: "IcsrDeliveries",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IcsrDeliveries_PvIntakeId",
                table: "IcsrDeliveries",
                column: "PvIntakeId");

            migrationBuilder.CreateIndex(
                name: "IX_IcsrDeliveries_Status_AckDueAt",
                table: "IcsrDeliveries",
                columns: new[] { "Status", "AckDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IcsrDeliveries_Status_NextAttemptAt",
                table: "IcsrDeliveries",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InboundWebhooks_Status_ReceivedAt",
                table: "InboundWebhooks",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ListeningAlerts_BrandId_Kind_WindowStart",
                table: "ListeningAlerts",
                columns: new[] { "BrandId", "Kind", "WindowStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ListeningAlerts_RaisedAt",
                table: "ListeningAlerts",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ListeningQueries_BrandId_Name",
                table: "ListeningQueries",
                columns: new[] { "BrandId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MedicalInformationRequests_CaseId",
                table: "MedicalInformationRequests",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_ReplyId",
                table: "Outbox",
                column: "ReplyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostChanges_PostId",
                table: "PostChanges",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_CaseId",
                table: "Posts",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_ChannelId_ExternalId",
                table: "Posts",
                columns: new[] { "ChannelId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProductComplaints_CaseId",
                table: "ProductComplaints",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PvAlerts_CaseNumber",
                table: "PvAlerts",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_PvAlerts_PvIntakeId",
                table: "PvAlerts",
                column: "PvIntakeId");

            migrationBuilder.CreateIndex(
                name: "IX_PvAlerts_RaisedAt",
                table: "PvAlerts",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PvIntakes_CaseId",
                table: "PvIntakes",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PvIntakes_CaseNumber",
                table: "PvIntakes",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PvIntakes_IcsrMessageId",
                table: "PvIntakes",
                column: "IcsrMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_RedemptionCodes_BrandId_IssuedAt",
                table: "RedemptionCodes",
                columns: new[] { "BrandId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RedemptionCodes_CaseId",
                table: "RedemptionCodes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_RedemptionCodes_ChannelId",
                table: "RedemptionCodes",
                column: "ChannelId");

            migrationBuilder.CreateIndex(
                name: "IX_RedemptionCodes_Code",
                table: "RedemptionCodes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RedemptionCodes_TemplateId",
                table: "RedemptionCodes",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_Redemptions_CodeId",
                table: "Redemptions",
                column: "CodeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Redemptions_RedeemedAt",
                table: "Redemptions",
                column: "RedeemedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Redemptions_RedemptionId",
                table: "Redemptions",
                column: "RedemptionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Replies_CaseId",
                table: "Replies",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Replies_TemplateId",
                table: "Replies",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_ReplyApprovals_CaseId",
                table: "ReplyApprovals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ReplyApprovals_Status_ExpiresAt",
                table: "ReplyApprovals",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReplyApprovals_TemplateId",
                table: "ReplyApprovals",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningGapAlerts_ChannelId_ResolvedAt",
                table: "ScreeningGapAlerts",
                columns: new[] { "ChannelId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningGapAlerts_RaisedAt",
                table: "ScreeningGapAlerts",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SecurityAlerts_RaisedAt",
                table: "SecurityAlerts",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Signatures_RecordType_RecordId",
                table: "Signatures",
                columns: new[] { "RecordType", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_Signatures_SignerUserId",
                table: "Signatures",
                column: "SignerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_SignInSessions_UserName_EndedAt",
                table: "SignInSessions",
                columns: new[] { "UserName", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SlaAlerts_CaseId",
                table: "SlaAlerts",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SlaAlerts_ClockId_Kind",
                table: "SlaAlerts",
                columns: new[] { "ClockId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SlaAlerts_RaisedAt",
                table: "SlaAlerts",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SlaClocks_CaseId",
                table: "SlaClocks",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SlaClocks_Status_DueAt",
                table: "SlaClocks",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TemplateExpiryNotices_Owner",
                table: "TemplateExpiryNotices",
                column: "Owner");

            migrationBuilder.CreateIndex(
                name: "IX_TemplateExpiryNotices_TemplateId_LeadDays_ExpiresOn",
                table: "TemplateExpiryNotices",
                columns: new[] { "TemplateId", "LeadDays", "ExpiresOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Templates_BrandId",
                table: "Templates",
                column: "BrandId");

            migrationBuilder.CreateIndex(
                name: "IX_Templates_FamilyId",
                table: "Templates",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_Templates_JobCode_Version",
                table: "Templates",
                columns: new[] { "JobCode", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Templates_MaterialId",
                table: "Templates",
                column: "MaterialId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrackedLinks_BrandId_CreatedAt",
                table: "TrackedLinks",
                columns: new[] { "BrandId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TrackedLinks_ChannelId",
                table: "TrackedLinks",
                column: "ChannelId");

            migrationBuilder.CreateIndex(
                name: "IX_TrackedLinks_Code",
                table: "TrackedLinks",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrackedLinks_TemplateId",
                table: "TrackedLinks",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_TriageRules_Name",
                table: "TriageRules",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Users_UserName",
                table: "Users",
                column: "UserName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertNotifications");

            migrationBuilder.DropTable(
                name: "AllowedLinkDomains");

            migrationBuilder.DropTable(
                name: "AuditSubjectKeys");

            migrationBuilder.DropTable(
                name: "AuditTrail");

            migrationBuilder.DropTable(
                name: "AuthorUsePreferences");

            migrationBuilder.DropTable(
                name: "CallCenterInteractions");

            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "ChannelHealth");

            migrationBuilder.DropTable(
                name: "ConsentRecords");

            migrationBuilder.DropTable(
                name: "CrisisActions");

            migrationBuilder.DropTable(
                name: "CrisisPlaybooks");

            migrationBuilder.DropTable(
                name: "DataSubjectRequests");

            migrationBuilder.DropTable(
                name: "DiscardedListeningItems");

            migrationBuilder.DropTable(
                name: "IcsrDeliveries");

            migrationBuilder.DropTable(
                name: "InboundWebhooks");

            migrationBuilder.DropTable(
                name: "LinkClickDays");

            migrationBuilder.DropTable(
                name: "ListeningQueries");

            migrationBuilder.DropTable(
                name: "MedicalInformationRequests");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "PostChanges");

            migrationBuilder.DropTable(
                name: "ProductComplaints");

            migrationBuilder.DropTable(
                name: "PvAlerts");

            migrationBuilder.DropTable(
                name: "Redemptions");

            migrationBuilder.DropTable(
                name: "ReplyApprovals");

            migrationBuilder.DropTable(
                name: "ScreeningGapAlerts");

            migrationBuilder.DropTable(
                name: "SecurityAlerts");

            migrationBuilder.DropTable(
                name: "Signatures");

            migrationBuilder.DropTable(
                name: "SignInSessions");

            migrationBuilder.DropTable(
                name: "SlaAlerts");

            migrationBuilder.DropTable(
                name: "SlaClocks");

            migrationBuilder.DropTable(
                name: "TemplateExpiryNotices");

            migrationBuilder.DropTable(
                name: "TriageRules");

            migrationBuilder.DropTable(
                name: "AlertRoutingRules");

            migrationBuilder.DropTable(
                name: "CrisisRooms");

            migrationBuilder.DropTable(
                name: "TrackedLinks");

            migrationBuilder.DropTable(
                name: "Replies");

            migrationBuilder.DropTable(
                name: "Posts");

            migrationBuilder.DropTable(
                name: "PvIntakes");

            migrationBuilder.DropTable(
                name: "RedemptionCodes");

            migrationBuilder.DropTable(
                name: "Users");

            migrationBuilder.DropTable(
                name: "ListeningAlerts");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Templates");

            migrationBuilder.DropTable(
                name: "Channels");

            migrationBuilder.DropTable(
                name: "Brands");

            migrationBuilder.DropTable(
                name: "Calendars");
        }
    }
}

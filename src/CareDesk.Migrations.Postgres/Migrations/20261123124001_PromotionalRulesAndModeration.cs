using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PromotionalRulesAndModeration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Audience",
                table: "Templates",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Public");

            migrationBuilder.AddColumn<string>(
                name: "BenefitClaim",
                table: "Templates",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Fda2253SubmittedOn",
                table: "Templates",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FirstDisseminatedAt",
                table: "Templates",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Siuu",
                table: "Templates",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "EngagementRate",
                table: "ContactProfiles",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Reach",
                table: "ContactProfiles",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PostCharacterLimit",
                table: "Channels",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CommunityGuidelines",
                columns: table => new
                {
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Explanation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ProfanityFilter = table.Column<bool>(type: "boolean", nullable: false),
                    ProfanityTerms = table.Column<List<string>>(type: "text[]", nullable: false),
                    SpamFilter = table.Column<bool>(type: "boolean", nullable: false),
                    SpamTerms = table.Column<List<string>>(type: "text[]", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityGuidelines", x => x.BrandId);
                });

            migrationBuilder.CreateTable(
                name: "KeyOpinionLeaders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProfileId = table.Column<Guid>(type: "uuid", nullable: false),
                    TherapyArea = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyOpinionLeaders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MisinformationCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Snapshot = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    FoundAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Items = table.Column<string>(type: "text", nullable: false),
                    CorrectionTemplateId = table.Column<Guid>(type: "uuid", nullable: true),
                    CorrectionMaterialId = table.Column<string>(type: "character varying(62)", maxLength: 62, nullable: true),
                    CorrectionText = table.Column<string>(type: "character varying(6000)", maxLength: 6000, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AttestedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    AttestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Delivery = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SiteOwnerActed = table.Column<bool>(type: "boolean", nullable: true),
                    SiteOwnerOutcomeAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StartedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MisinformationCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MisinformationCorrections_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ModeratedItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChannelId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Explanation = table.Column<string>(type: "character varying(700)", maxLength: 700, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ScreenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ScreenedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ScreenedAdverseEvent = table.Column<bool>(type: "boolean", nullable: true),
                    ScreenedProductComplaint = table.Column<bool>(type: "boolean", nullable: true),
                    ScreenedMedicalInquiry = table.Column<bool>(type: "boolean", nullable: true),
                    PendingAction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModeratedItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PageModerations",
                columns: table => new
                {
                    ChannelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageModerations", x => x.ChannelId);
                });

            migrationBuilder.CreateTable(
                name: "ProductRiskLibrary",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProprietaryName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EstablishedName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MostSeriousRisks = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RiskPageUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PrescribingInformationUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CompanyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BoxedWarning = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductRiskLibrary", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductRiskLibrary_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PromotionalPosts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChannelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Parts = table.Column<string>(type: "text", nullable: false),
                    ScheduledFor = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ScheduledBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ScheduledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExternalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromotionalPosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PromotionalPosts_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KeyOpinionLeaders_ProfileId_TherapyArea",
                table: "KeyOpinionLeaders",
                columns: new[] { "ProfileId", "TherapyArea" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MisinformationCorrections_BrandId_FoundAt",
                table: "MisinformationCorrections",
                columns: new[] { "BrandId", "FoundAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ModeratedItems_PostId",
                table: "ModeratedItems",
                column: "PostId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModeratedItems_State_ScreenedAt",
                table: "ModeratedItems",
                columns: new[] { "State", "ScreenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProductRiskLibrary_BrandId",
                table: "ProductRiskLibrary",
                column: "BrandId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PromotionalPosts_ChannelId_PublishedAt",
                table: "PromotionalPosts",
                columns: new[] { "ChannelId", "PublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommunityGuidelines");

            migrationBuilder.DropTable(
                name: "KeyOpinionLeaders");

            migrationBuilder.DropTable(
                name: "MisinformationCorrections");

            migrationBuilder.DropTable(
                name: "ModeratedItems");

            migrationBuilder.DropTable(
                name: "PageModerations");

            migrationBuilder.DropTable(
                name: "ProductRiskLibrary");

            migrationBuilder.DropTable(
                name: "PromotionalPosts");

            migrationBuilder.DropColumn(
                name: "Audience",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "BenefitClaim",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "Fda2253SubmittedOn",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "FirstDisseminatedAt",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "Siuu",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "EngagementRate",
                table: "ContactProfiles");

            migrationBuilder.DropColumn(
                name: "Reach",
                table: "ContactProfiles");

            migrationBuilder.DropColumn(
                name: "PostCharacterLimit",
                table: "Channels");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Public");

            migrationBuilder.AddColumn<string>(
                name: "BenefitClaim",
                table: "Templates",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Fda2253SubmittedOn",
                table: "Templates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FirstDisseminatedAt",
                table: "Templates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Siuu",
                table: "Templates",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "EngagementRate",
                table: "ContactProfiles",
                type: "TEXT",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Reach",
                table: "ContactProfiles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PostCharacterLimit",
                table: "Channels",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CommunityGuidelines",
                columns: table => new
                {
                    BrandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProfanityFilter = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProfanityTerms = table.Column<string>(type: "TEXT", nullable: false),
                    SpamFilter = table.Column<bool>(type: "INTEGER", nullable: false),
                    SpamTerms = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityGuidelines", x => x.BrandId);
                });

            migrationBuilder.CreateTable(
                name: "KeyOpinionLeaders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TherapyArea = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AddedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyOpinionLeaders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MisinformationCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BrandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    FoundAt = table.Column<string>(type: "TEXT", nullable: false),
                    Items = table.Column<string>(type: "TEXT", nullable: false),
                    CorrectionTemplateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CorrectionMaterialId = table.Column<string>(type: "TEXT", maxLength: 62, nullable: true),
                    CorrectionText = table.Column<string>(type: "TEXT", maxLength: 6000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AttestedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    AttestedAt = table.Column<string>(type: "TEXT", nullable: true),
                    Delivery = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DeliveredAt = table.Column<string>(type: "TEXT", nullable: true),
                    SiteOwnerActed = table.Column<bool>(type: "INTEGER", nullable: true),
                    SiteOwnerOutcomeAt = table.Column<string>(type: "TEXT", nullable: true),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    StartedAt = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 700, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ScreenedAt = table.Column<string>(type: "TEXT", nullable: true),
                    ScreenedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ScreenedAdverseEvent = table.Column<bool>(type: "INTEGER", nullable: true),
                    ScreenedProductComplaint = table.Column<bool>(type: "INTEGER", nullable: true),
                    ScreenedMedicalInquiry = table.Column<bool>(type: "INTEGER", nullable: true),
                    PendingAction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModeratedItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PageModerations",
                columns: table => new
                {
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChangedAt = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageModerations", x => x.ChannelId);
                });

            migrationBuilder.CreateTable(
                name: "ProductRiskLibrary",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BrandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProprietaryName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EstablishedName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MostSeriousRisks = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RiskPageUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PrescribingInformationUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BoxedWarning = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BrandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Parts = table.Column<string>(type: "TEXT", nullable: false),
                    ScheduledFor = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ScheduledBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ScheduledAt = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    PublishedAt = table.Column<string>(type: "TEXT", nullable: true),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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

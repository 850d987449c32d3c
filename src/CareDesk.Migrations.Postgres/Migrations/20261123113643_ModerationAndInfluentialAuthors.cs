using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ModerationAndInfluentialAuthors : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_KeyOpinionLeaders_ProfileId_TherapyArea",
                table: "KeyOpinionLeaders",
                columns: new[] { "ProfileId", "TherapyArea" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModeratedItems_PostId",
                table: "ModeratedItems",
                column: "PostId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModeratedItems_State_ScreenedAt",
                table: "ModeratedItems",
                columns: new[] { "State", "ScreenedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommunityGuidelines");

            migrationBuilder.DropTable(
                name: "KeyOpinionLeaders");

            migrationBuilder.DropTable(
                name: "ModeratedItems");

            migrationBuilder.DropTable(
                name: "PageModerations");

            migrationBuilder.DropColumn(
                name: "Audience",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "EngagementRate",
                table: "ContactProfiles");

            migrationBuilder.DropColumn(
                name: "Reach",
                table: "ContactProfiles");
        }
    }
}

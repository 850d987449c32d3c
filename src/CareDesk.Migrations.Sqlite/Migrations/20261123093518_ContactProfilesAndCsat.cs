using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ContactProfilesAndCsat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "ReplyId",
                table: "Outbox",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "CsatSurveyId",
                table: "Outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PrivateOnly",
                table: "Outbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ContactIdentities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    AddedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactIdentities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContactMatchProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProposedAt = table.Column<string>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactMatchProposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContactMerges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurvivorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MergedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdentityIds = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    MergedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    MergedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UndoneAt = table.Column<string>(type: "TEXT", nullable: true),
                    UndoneBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    UndoReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactMerges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContactPostLinks",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdentityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactPostLinks", x => x.PostId);
                });

            migrationBuilder.CreateTable(
                name: "ContactProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RoleSource = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PreferredChannel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DoNotContact = table.Column<bool>(type: "INTEGER", nullable: false),
                    LimitSensitiveDataUse = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<string>(type: "TEXT", nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactProfiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CsatSurveys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Delivery = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<string>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AnsweredAt = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CsatSurveys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_CsatSurveyId",
                table: "Outbox",
                column: "CsatSurveyId",
                unique: true);

            migrationBuilder.AddCheckConstraint(
                name: "CK_Outbox_ReplyOrSurvey",
                table: "Outbox",
                sql: "(\"ReplyId\" IS NULL) <> (\"CsatSurveyId\" IS NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_ContactIdentities_Channel_Kind_Value",
                table: "ContactIdentities",
                columns: new[] { "Channel", "Kind", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContactIdentities_Kind_Value",
                table: "ContactIdentities",
                columns: new[] { "Kind", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactIdentities_ProfileId",
                table: "ContactIdentities",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMatchProposals_CandidateId",
                table: "ContactMatchProposals",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMatchProposals_ProfileId",
                table: "ContactMatchProposals",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMerges_MergedId",
                table: "ContactMerges",
                column: "MergedId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMerges_SurvivorId",
                table: "ContactMerges",
                column: "SurvivorId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactPostLinks_IdentityId",
                table: "ContactPostLinks",
                column: "IdentityId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactProfiles_MergedIntoId",
                table: "ContactProfiles",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactProfiles_Number",
                table: "ContactProfiles",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CsatSurveys_CaseId",
                table: "CsatSurveys",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CsatSurveys_TokenHash",
                table: "CsatSurveys",
                column: "TokenHash",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Outbox_CsatSurveys_CsatSurveyId",
                table: "Outbox",
                column: "CsatSurveyId",
                principalTable: "CsatSurveys",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Outbox_CsatSurveys_CsatSurveyId",
                table: "Outbox");

            migrationBuilder.DropTable(
                name: "ContactIdentities");

            migrationBuilder.DropTable(
                name: "ContactMatchProposals");

            migrationBuilder.DropTable(
                name: "ContactMerges");

            migrationBuilder.DropTable(
                name: "ContactPostLinks");

            migrationBuilder.DropTable(
                name: "ContactProfiles");

            migrationBuilder.DropTable(
                name: "CsatSurveys");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_CsatSurveyId",
                table: "Outbox");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Outbox_ReplyOrSurvey",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "CsatSurveyId",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "PrivateOnly",
                table: "Outbox");

            migrationBuilder.AlterColumn<Guid>(
                name: "ReplyId",
                table: "Outbox",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}

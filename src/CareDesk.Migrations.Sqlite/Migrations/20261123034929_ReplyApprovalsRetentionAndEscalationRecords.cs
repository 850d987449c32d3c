using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReplyApprovalsRetentionAndEscalationRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnonymisedAt",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldReason",
                table: "Cases",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OnLegalHold",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "MedicalInformationRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Requester = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsOffLabel = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSolicited = table.Column<bool>(type: "INTEGER", nullable: false),
                    RoutedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RoutedAt = table.Column<string>(type: "TEXT", nullable: false),
                    AnswerReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SentAt = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "ProductComplaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Product = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Strength = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LotNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LotUnavailableReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExpiryDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Complainant = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactRoute = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReplySent = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PossibleFieldAlert = table.Column<bool>(type: "INTEGER", nullable: false),
                    AwareAt = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<string>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "ReplyApprovals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InReplyToExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    JobCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Variables = table.Column<string>(type: "TEXT", nullable: false),
                    TemplateText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ProposedText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ProposedTextSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Triggers = table.Column<string>(type: "TEXT", nullable: false),
                    ResolveAfterSending = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<string>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<string>(type: "TEXT", nullable: false),
                    Tiers = table.Column<string>(type: "TEXT", nullable: false),
                    CurrentTier = table.Column<int>(type: "INTEGER", nullable: false),
                    Decisions = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<string>(type: "TEXT", nullable: true),
                    ReplyId = table.Column<Guid>(type: "TEXT", nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_MedicalInformationRequests_CaseId",
                table: "MedicalInformationRequests",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductComplaints_CaseId",
                table: "ProductComplaints",
                column: "CaseId");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MedicalInformationRequests");

            migrationBuilder.DropTable(
                name: "ProductComplaints");

            migrationBuilder.DropTable(
                name: "ReplyApprovals");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "LegalHoldReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "OnLegalHold",
                table: "Cases");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PvHandoff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FirstSeenByHumanAt",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PvIntakes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    SafetyReportId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PlatformPostedAt = table.Column<string>(type: "TEXT", nullable: false),
                    IngestedAt = table.Column<string>(type: "TEXT", nullable: false),
                    MinimumCriteriaMetAt = table.Column<string>(type: "TEXT", nullable: true),
                    OriginalMinimumCriteriaMetAt = table.Column<string>(type: "TEXT", nullable: true),
                    CriteriaConfirmedAt = table.Column<string>(type: "TEXT", nullable: true),
                    CriteriaConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reporter = table.Column<string>(type: "TEXT", nullable: false),
                    Patient = table.Column<string>(type: "TEXT", nullable: false),
                    Product = table.Column<string>(type: "TEXT", nullable: false),
                    Event = table.Column<string>(type: "TEXT", nullable: false),
                    ReporterQualification = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    QualificationDefaulted = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReporterCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CountryDefaulted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Seriousness = table.Column<string>(type: "TEXT", nullable: false),
                    ReportType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Causality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FollowUps = table.Column<string>(type: "TEXT", nullable: false),
                    DuplicateOfCaseNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    DuplicateOfReportId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    HandedOffAt = table.Column<string>(type: "TEXT", nullable: true),
                    HandedOffBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IcsrMessageId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IcsrXml = table.Column<string>(type: "TEXT", nullable: true),
                    AckCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    AckReceivedAt = table.Column<string>(type: "TEXT", nullable: true),
                    AckReceiverReportNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AckDetail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedInvalidAt = table.Column<string>(type: "TEXT", nullable: true),
                    FollowUpException = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PvIntakes");

            migrationBuilder.DropColumn(
                name: "FirstSeenByHumanAt",
                table: "Cases");
        }
    }
}

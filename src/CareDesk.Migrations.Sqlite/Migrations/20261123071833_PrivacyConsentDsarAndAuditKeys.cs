using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PrivacyConsentDsarAndAuditKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ReporterContactWithheld",
                table: "PvIntakes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AuditSubjectKeys",
                columns: table => new
                {
                    Owner = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditSubjectKeys", x => x.Owner);
                });

            migrationBuilder.CreateTable(
                name: "ConsentRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Handle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TextShown = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TextVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CapturedAt = table.Column<string>(type: "TEXT", nullable: false),
                    CapturedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    WithdrawnAt = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataSubjectRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Regime = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ReceivedAt = table.Column<string>(type: "TEXT", nullable: false),
                    DueAt = table.Column<string>(type: "TEXT", nullable: false),
                    Extended = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    CompletedAt = table.Column<string>(type: "TEXT", nullable: true),
                    Items = table.Column<string>(type: "TEXT", nullable: false),
                    ResponseLetter = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataSubjectRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_ChannelKey_Handle",
                table: "ConsentRecords",
                columns: new[] { "ChannelKey", "Handle" });

            migrationBuilder.CreateIndex(
                name: "IX_DataSubjectRequests_DueAt",
                table: "DataSubjectRequests",
                column: "DueAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditSubjectKeys");

            migrationBuilder.DropTable(
                name: "ConsentRecords");

            migrationBuilder.DropTable(
                name: "DataSubjectRequests");

            migrationBuilder.DropColumn(
                name: "ReporterContactWithheld",
                table: "PvIntakes");
        }
    }
}

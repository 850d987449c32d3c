using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PvObligations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EventLanguage",
                table: "PvIntakes",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "eng");

            migrationBuilder.AddColumn<string>(
                name: "EventMeddra",
                table: "PvIntakes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EventPreCode",
                table: "PvIntakes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EventRecodeReason",
                table: "PvIntakes",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EventTranslation",
                table: "PvIntakes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ListeningQueryVersion",
                table: "Posts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Channels",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "Organic");

            migrationBuilder.AddColumn<bool>(
                name: "FromListening",
                table: "Cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "MeddraReleases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Language = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    LoadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LoadedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsCurrent = table.Column<bool>(type: "boolean", nullable: false),
                    LltCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeddraReleases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeddraTerms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReleaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    LltCode = table.Column<int>(type: "integer", nullable: false),
                    LltName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SearchName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PtCode = table.Column<int>(type: "integer", nullable: false),
                    PtName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsCurrent = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeddraTerms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeddraTerms_MeddraReleases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalTable: "MeddraReleases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeddraReleases_Version",
                table: "MeddraReleases",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeddraTerms_ReleaseId_LltCode",
                table: "MeddraTerms",
                columns: new[] { "ReleaseId", "LltCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeddraTerms_ReleaseId_SearchName",
                table: "MeddraTerms",
                columns: new[] { "ReleaseId", "SearchName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeddraTerms");

            migrationBuilder.DropTable(
                name: "MeddraReleases");

            migrationBuilder.DropColumn(
                name: "EventLanguage",
                table: "PvIntakes");

            migrationBuilder.DropColumn(
                name: "EventMeddra",
                table: "PvIntakes");

            migrationBuilder.DropColumn(
                name: "EventPreCode",
                table: "PvIntakes");

            migrationBuilder.DropColumn(
                name: "EventRecodeReason",
                table: "PvIntakes");

            migrationBuilder.DropColumn(
                name: "EventTranslation",
                table: "PvIntakes");

            migrationBuilder.DropColumn(
                name: "ListeningQueryVersion",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Channels");

            migrationBuilder.DropColumn(
                name: "FromListening",
                table: "Cases");
        }
    }
}

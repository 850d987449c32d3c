using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DeadLetterReplayAndIncidentClosing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClosedBy",
                table: "SecurityIncidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosingSummary",
                table: "SecurityIncidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplayedAt",
                table: "IngestDeadLetters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplayedBy",
                table: "IngestDeadLetters",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClosedBy",
                table: "SecurityIncidents");

            migrationBuilder.DropColumn(
                name: "ClosingSummary",
                table: "SecurityIncidents");

            migrationBuilder.DropColumn(
                name: "ReplayedAt",
                table: "IngestDeadLetters");

            migrationBuilder.DropColumn(
                name: "ReplayedBy",
                table: "IngestDeadLetters");
        }
    }
}

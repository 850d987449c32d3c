using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DataSubjectDecisionsAndExtensions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Correction",
                table: "DataSubjectRequests",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Decision",
                table: "DataSubjectRequests",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionReason",
                table: "DataSubjectRequests",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                table: "DataSubjectRequests",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionToldAt",
                table: "DataSubjectRequests",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Correction",
                table: "DataSubjectRequests");

            migrationBuilder.DropColumn(
                name: "Decision",
                table: "DataSubjectRequests");

            migrationBuilder.DropColumn(
                name: "DecisionReason",
                table: "DataSubjectRequests");

            migrationBuilder.DropColumn(
                name: "ExtensionReason",
                table: "DataSubjectRequests");

            migrationBuilder.DropColumn(
                name: "ExtensionToldAt",
                table: "DataSubjectRequests");
        }
    }
}

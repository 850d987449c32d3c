using Microsoft.EntityFrameworkCore.Migrations;
// Existing intakes are adverse-event intakes without flags: HasAdverseEvent defaults to true and the JSON lists to "[]".

#nullable disable

namespace CareDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SpecialSituationsAndPatient : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AdditionalReactions",
                table: "PvIntakes",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<bool>(
                name: "HasAdverseEvent",
                table: "PvIntakes",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "PatientAgeGroup",
                table: "PvIntakes",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PatientAgeYears",
                table: "PvIntakes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PatientSex",
                table: "PvIntakes",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SpecialSituations",
                table: "PvIntakes",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AdditionalReactions",
                table: "PvIntakes");

            migrationBuilder.DropColumn(
                name: "HasAdverseEvent",
                table: "PvIntakes");

            migrationBuilder.DropColumn(
                name: "PatientAgeGroup",
                table: "PvIntakes");

            migrationBuilder.DropColumn(
                name: "PatientAgeYears",
                table: "PvIntakes");

            migrationBuilder.DropColumn(
                name: "PatientSex",
                table: "PvIntakes");

            migrationBuilder.DropColumn(
                name: "SpecialSituations",
                table: "PvIntakes");
        }
    }
}

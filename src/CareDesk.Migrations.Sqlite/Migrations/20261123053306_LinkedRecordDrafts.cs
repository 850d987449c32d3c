using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LinkedRecordDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Defect",
                table: "ProductComplaints",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsDraft",
                table: "ProductComplaints",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDraft",
                table: "MedicalInformationRequests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsPaediatric",
                table: "MedicalInformationRequests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Defect",
                table: "ProductComplaints");

            migrationBuilder.DropColumn(
                name: "IsDraft",
                table: "ProductComplaints");

            migrationBuilder.DropColumn(
                name: "IsDraft",
                table: "MedicalInformationRequests");

            migrationBuilder.DropColumn(
                name: "IsPaediatric",
                table: "MedicalInformationRequests");
        }
    }
}

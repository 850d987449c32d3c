using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EngagementPolicyTraining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrainingRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CourseVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    RecordedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingRecords_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingRequirements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BrandId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CourseCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingRequirements", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecords_UserId_CourseCode",
                table: "TrainingRecords",
                columns: new[] { "UserId", "CourseCode" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRequirements_Role_BrandId_CourseCode",
                table: "TrainingRequirements",
                columns: new[] { "Role", "BrandId", "CourseCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrainingRecords");

            migrationBuilder.DropTable(
                name: "TrainingRequirements");
        }
    }
}

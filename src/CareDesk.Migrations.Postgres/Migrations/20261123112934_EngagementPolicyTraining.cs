using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CourseVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: true),
                    CourseCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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

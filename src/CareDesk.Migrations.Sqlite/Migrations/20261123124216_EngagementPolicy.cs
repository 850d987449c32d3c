using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EngagementPolicy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EngagementScopes",
                columns: table => new
                {
                    BrandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnabledChannelKeys = table.Column<string>(type: "TEXT", nullable: false),
                    EnabledListeningSources = table.Column<string>(type: "TEXT", nullable: false),
                    PilotMode = table.Column<bool>(type: "INTEGER", nullable: false),
                    PilotChannelKeys = table.Column<string>(type: "TEXT", nullable: false),
                    PilotLabels = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ChangedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementScopes", x => x.BrandId);
                    table.ForeignKey(
                        name: "FK_EngagementScopes_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResponseMatrices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BrandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Market = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    ApprovedAt = table.Column<string>(type: "TEXT", nullable: true),
                    Entries = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponseMatrices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResponseMatrices_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "IX_ResponseMatrices_BrandId_Market_Version",
                table: "ResponseMatrices",
                columns: new[] { "BrandId", "Market", "Version" },
                unique: true);

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
                name: "EngagementScopes");

            migrationBuilder.DropTable(
                name: "ResponseMatrices");

            migrationBuilder.DropTable(
                name: "TrainingRecords");

            migrationBuilder.DropTable(
                name: "TrainingRequirements");
        }
    }
}

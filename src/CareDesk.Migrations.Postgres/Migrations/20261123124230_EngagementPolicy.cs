using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Postgres.Migrations
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
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnabledChannelKeys = table.Column<List<string>>(type: "text[]", nullable: false),
                    EnabledListeningSources = table.Column<List<string>>(type: "text[]", nullable: false),
                    PilotMode = table.Column<bool>(type: "boolean", nullable: false),
                    PilotChannelKeys = table.Column<List<string>>(type: "text[]", nullable: false),
                    PilotLabels = table.Column<int[]>(type: "integer[]", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    Market = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Entries = table.Column<string>(type: "jsonb", nullable: true)
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

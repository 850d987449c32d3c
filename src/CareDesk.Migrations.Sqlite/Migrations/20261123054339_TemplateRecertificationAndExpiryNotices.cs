using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TemplateRecertificationAndExpiryNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RecertifiedUntil",
                table: "Templates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TemplateExpiryNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MaterialId = table.Column<string>(type: "TEXT", maxLength: 62, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    LeadDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RaisedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateExpiryNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TemplateExpiryNotices_Templates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "Templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TemplateExpiryNotices_Owner",
                table: "TemplateExpiryNotices",
                column: "Owner");

            migrationBuilder.CreateIndex(
                name: "IX_TemplateExpiryNotices_TemplateId_LeadDays_ExpiresOn",
                table: "TemplateExpiryNotices",
                columns: new[] { "TemplateId", "LeadDays", "ExpiresOn" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TemplateExpiryNotices");

            migrationBuilder.DropColumn(
                name: "RecertifiedUntil",
                table: "Templates");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RegistrationForms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FormSlug = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Audience = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Style = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Fields = table.Column<string>(type: "text", nullable: false),
                    ConsentText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ConsentVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConsentPurpose = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationForms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FormId = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FormSlug = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FormVersion = table.Column<int>(type: "integer", nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Answers = table.Column<string>(type: "text", nullable: false),
                    ConsentTextShown = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ConsentVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConsentPurpose = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ConsentDecision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConsentRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmailVerifiedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationSubmissions_ConsentRecords_ConsentRecordId",
                        column: x => x.ConsentRecordId,
                        principalTable: "ConsentRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegistrationSubmissions_RegistrationForms_FormId",
                        column: x => x.FormId,
                        principalTable: "RegistrationForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationForms_BrandSlug_FormSlug_Version",
                table: "RegistrationForms",
                columns: new[] { "BrandSlug", "FormSlug", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationSubmissions_BrandSlug_FormSlug",
                table: "RegistrationSubmissions",
                columns: new[] { "BrandSlug", "FormSlug" });

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationSubmissions_ConsentRecordId",
                table: "RegistrationSubmissions",
                column: "ConsentRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationSubmissions_Email",
                table: "RegistrationSubmissions",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationSubmissions_FormId",
                table: "RegistrationSubmissions",
                column: "FormId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegistrationSubmissions");

            migrationBuilder.DropTable(
                name: "RegistrationForms");
        }
    }
}

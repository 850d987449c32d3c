using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MlrTemplatesAndSignatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReviewerRoles",
                table: "Users",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AlterColumn<string>(
                name: "ApprovedAt",
                table: "Templates",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "Approvals",
                table: "Templates",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Author",
                table: "Templates",
                type: "TEXT",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "BrandId",
                table: "Templates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "Templates",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DateOfPreparation",
                table: "Templates",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "EffectiveFrom",
                table: "Templates",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<Guid>(
                name: "FamilyId",
                table: "Templates",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "LabelVersion",
                table: "Templates",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Markets",
                table: "Templates",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "MaterialId",
                table: "Templates",
                type: "TEXT",
                maxLength: 62,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StatusChangedAt",
                table: "Templates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatusReason",
                table: "Templates",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DateOfPreparation",
                table: "Replies",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "MaterialId",
                table: "Replies",
                type: "TEXT",
                maxLength: 62,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Market",
                table: "Channels",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LabelVersion",
                table: "Brands",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            // Templates registered before MLR review existed: approved, one version each, prepared and effective when approved.
            migrationBuilder.Sql("""
                UPDATE Templates SET FamilyId = Id, MaterialId = JobCode || ' v' || Version, Author = ApprovedBy, Category = 'Service',
                    Approvals = '[]', DateOfPreparation = substr(ApprovedAt, 1, 10), EffectiveFrom = substr(ApprovedAt, 1, 10), StatusChangedAt = ApprovedAt;
                UPDATE Channels SET Market = CASE WHEN CalendarCode IN ('US', 'UK') THEN CalendarCode ELSE '' END;
                """);

            migrationBuilder.CreateTable(
                name: "Signatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignerUserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PrintedName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Meaning = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SignedAt = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Signatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Signatures_Users_SignerUserId",
                        column: x => x.SignerUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Templates_BrandId",
                table: "Templates",
                column: "BrandId");

            migrationBuilder.CreateIndex(
                name: "IX_Templates_FamilyId",
                table: "Templates",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_Templates_MaterialId",
                table: "Templates",
                column: "MaterialId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Signatures_RecordType_RecordId",
                table: "Signatures",
                columns: new[] { "RecordType", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_Signatures_SignerUserId",
                table: "Signatures",
                column: "SignerUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Signatures");

            migrationBuilder.DropIndex(
                name: "IX_Templates_BrandId",
                table: "Templates");

            migrationBuilder.DropIndex(
                name: "IX_Templates_FamilyId",
                table: "Templates");

            migrationBuilder.DropIndex(
                name: "IX_Templates_MaterialId",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "ReviewerRoles",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "Approvals",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "Author",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "BrandId",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "DateOfPreparation",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "EffectiveFrom",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "FamilyId",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "LabelVersion",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "Markets",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "MaterialId",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "StatusChangedAt",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "StatusReason",
                table: "Templates");

            migrationBuilder.DropColumn(
                name: "DateOfPreparation",
                table: "Replies");

            migrationBuilder.DropColumn(
                name: "MaterialId",
                table: "Replies");

            migrationBuilder.DropColumn(
                name: "Market",
                table: "Channels");

            migrationBuilder.DropColumn(
                name: "LabelVersion",
                table: "Brands");

            migrationBuilder.AlterColumn<string>(
                name: "ApprovedAt",
                table: "Templates",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}

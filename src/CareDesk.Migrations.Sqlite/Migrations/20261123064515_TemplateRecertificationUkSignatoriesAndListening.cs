using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TemplateRecertificationUkSignatoriesAndListening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "UkNominatedSignatory",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RecertifiedUntil",
                table: "Templates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AlertRoutingRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MinSeverity = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    BrandId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Delivery = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertRoutingRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertRoutingRules_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuthorUsePreferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorPseudonym = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LimitSensitiveDataUse = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuthorUsePreferences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrisisPlaybooks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BrandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Roster = table.Column<string>(type: "TEXT", nullable: false),
                    Guidance = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrisisPlaybooks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrisisPlaybooks_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DiscardedListeningItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    QueryVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    DiscardedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiscardedListeningItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiscardedListeningItems_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ListeningAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BrandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowStart = table.Column<string>(type: "TEXT", nullable: false),
                    WindowEnd = table.Column<string>(type: "TEXT", nullable: false),
                    Observed = table.Column<int>(type: "INTEGER", nullable: false),
                    Expected = table.Column<double>(type: "REAL", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PostIds = table.Column<string>(type: "TEXT", nullable: false),
                    RaisedAt = table.Column<string>(type: "TEXT", nullable: false),
                    AcknowledgedAt = table.Column<string>(type: "TEXT", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    CrisisRoomId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListeningAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListeningAlerts_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ListeningQueries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BrandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Expression = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BrandTerms = table.Column<string>(type: "TEXT", nullable: false),
                    CompetitorTerms = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListeningQueries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListeningQueries_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateTable(
                name: "AlertNotifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AlertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Delivery = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    SentAt = table.Column<string>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReadAt = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertNotifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertNotifications_AlertRoutingRules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "AlertRoutingRules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AlertNotifications_ListeningAlerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "ListeningAlerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrisisRooms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    BrandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AlertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<string>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ClosedAt = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrisisRooms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrisisRooms_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrisisRooms_ListeningAlerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "ListeningAlerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrisisActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    At = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrisisActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrisisActions_CrisisRooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "CrisisRooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertNotifications_AlertId_RuleId",
                table: "AlertNotifications",
                columns: new[] { "AlertId", "RuleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertNotifications_RuleId",
                table: "AlertNotifications",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertNotifications_Status_Delivery",
                table: "AlertNotifications",
                columns: new[] { "Status", "Delivery" });

            migrationBuilder.CreateIndex(
                name: "IX_AlertRoutingRules_BrandId",
                table: "AlertRoutingRules",
                column: "BrandId");

            migrationBuilder.CreateIndex(
                name: "IX_AuthorUsePreferences_AuthorPseudonym",
                table: "AuthorUsePreferences",
                column: "AuthorPseudonym",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrisisActions_RoomId_At",
                table: "CrisisActions",
                columns: new[] { "RoomId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CrisisPlaybooks_BrandId",
                table: "CrisisPlaybooks",
                column: "BrandId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrisisRooms_AlertId",
                table: "CrisisRooms",
                column: "AlertId");

            migrationBuilder.CreateIndex(
                name: "IX_CrisisRooms_BrandId",
                table: "CrisisRooms",
                column: "BrandId");

            migrationBuilder.CreateIndex(
                name: "IX_CrisisRooms_Number",
                table: "CrisisRooms",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DiscardedListeningItems_ChannelId_ItemHash",
                table: "DiscardedListeningItems",
                columns: new[] { "ChannelId", "ItemHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DiscardedListeningItems_DiscardedAt",
                table: "DiscardedListeningItems",
                column: "DiscardedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ListeningAlerts_BrandId_Kind_WindowStart",
                table: "ListeningAlerts",
                columns: new[] { "BrandId", "Kind", "WindowStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ListeningAlerts_RaisedAt",
                table: "ListeningAlerts",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ListeningQueries_BrandId_Name",
                table: "ListeningQueries",
                columns: new[] { "BrandId", "Name" },
                unique: true);

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
                name: "AlertNotifications");

            migrationBuilder.DropTable(
                name: "AuthorUsePreferences");

            migrationBuilder.DropTable(
                name: "CrisisActions");

            migrationBuilder.DropTable(
                name: "CrisisPlaybooks");

            migrationBuilder.DropTable(
                name: "DiscardedListeningItems");

            migrationBuilder.DropTable(
                name: "ListeningQueries");

            migrationBuilder.DropTable(
                name: "TemplateExpiryNotices");

            migrationBuilder.DropTable(
                name: "AlertRoutingRules");

            migrationBuilder.DropTable(
                name: "CrisisRooms");

            migrationBuilder.DropTable(
                name: "ListeningAlerts");

            migrationBuilder.DropColumn(
                name: "UkNominatedSignatory",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "RecertifiedUntil",
                table: "Templates");
        }
    }
}

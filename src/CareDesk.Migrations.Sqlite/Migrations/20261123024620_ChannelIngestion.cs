using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ChannelIngestion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccountId",
                table: "Channels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IngestionEnabled",
                table: "Channels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "IngestionEnabledAt",
                table: "Channels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ListeningQuery",
                table: "Channels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ListeningQueryVersion",
                table: "Channels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<TimeSpan>(
                name: "MaxScreeningGap",
                table: "Channels",
                type: "TEXT",
                nullable: false,
                defaultValue: new TimeSpan(0, 4, 0, 0, 0));

            migrationBuilder.AddColumn<TimeSpan>(
                name: "ScreeningInterval",
                table: "Channels",
                type: "TEXT",
                nullable: false,
                defaultValue: new TimeSpan(0, 0, 5, 0, 0));

            migrationBuilder.CreateTable(
                name: "ChannelHealth",
                columns: table => new
                {
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    LastAttemptAt = table.Column<string>(type: "TEXT", nullable: true),
                    LastSuccessAt = table.Column<string>(type: "TEXT", nullable: true),
                    LastErrorAt = table.Column<string>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NextAttemptAt = table.Column<string>(type: "TEXT", nullable: true),
                    RateLimited = table.Column<bool>(type: "INTEGER", nullable: false),
                    RateLimitLimit = table.Column<int>(type: "INTEGER", nullable: true),
                    RateLimitRemaining = table.Column<double>(type: "REAL", nullable: true),
                    RateLimitResetsAt = table.Column<string>(type: "TEXT", nullable: true),
                    ItemsIngested = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelHealth", x => x.ChannelId);
                    table.ForeignKey(
                        name: "FK_ChannelHealth_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InboundWebhooks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Network = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProcessedAt = table.Column<string>(type: "TEXT", nullable: true),
                    Items = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboundWebhooks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PostChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: true),
                    OccurredAt = table.Column<string>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<string>(type: "TEXT", nullable: false),
                    Labels = table.Column<string>(type: "TEXT", nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostChanges_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScreeningGapAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LastIngestedAt = table.Column<string>(type: "TEXT", nullable: true),
                    MaxGap = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    RaisedAt = table.Column<string>(type: "TEXT", nullable: false),
                    ResolvedAt = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreeningGapAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScreeningGapAlerts_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InboundWebhooks_Status_ReceivedAt",
                table: "InboundWebhooks",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PostChanges_PostId",
                table: "PostChanges",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningGapAlerts_ChannelId_ResolvedAt",
                table: "ScreeningGapAlerts",
                columns: new[] { "ChannelId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningGapAlerts_RaisedAt",
                table: "ScreeningGapAlerts",
                column: "RaisedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChannelHealth");

            migrationBuilder.DropTable(
                name: "InboundWebhooks");

            migrationBuilder.DropTable(
                name: "PostChanges");

            migrationBuilder.DropTable(
                name: "ScreeningGapAlerts");

            migrationBuilder.DropColumn(
                name: "AccountId",
                table: "Channels");

            migrationBuilder.DropColumn(
                name: "IngestionEnabled",
                table: "Channels");

            migrationBuilder.DropColumn(
                name: "IngestionEnabledAt",
                table: "Channels");

            migrationBuilder.DropColumn(
                name: "ListeningQuery",
                table: "Channels");

            migrationBuilder.DropColumn(
                name: "ListeningQueryVersion",
                table: "Channels");

            migrationBuilder.DropColumn(
                name: "MaxScreeningGap",
                table: "Channels");

            migrationBuilder.DropColumn(
                name: "ScreeningInterval",
                table: "Channels");
        }
    }
}

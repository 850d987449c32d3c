using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IngestionBusDeadLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IngestDeadLetters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ChannelKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ConversationKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SourceQueue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DeliveryCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DeadLetteredAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestDeadLetters", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IngestDeadLetters_DeadLetteredAt",
                table: "IngestDeadLetters",
                column: "DeadLetteredAt");

            migrationBuilder.CreateIndex(
                name: "IX_IngestDeadLetters_MessageId",
                table: "IngestDeadLetters",
                column: "MessageId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IngestDeadLetters");
        }
    }
}

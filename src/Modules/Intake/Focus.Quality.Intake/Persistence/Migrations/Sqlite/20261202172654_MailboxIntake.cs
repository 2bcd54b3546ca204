using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Intake.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class MailboxIntake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InboxMails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 998, nullable: false),
                    Mailbox = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UidValidity = table.Column<long>(type: "INTEGER", nullable: false),
                    Uid = table.Column<long>(type: "INTEGER", nullable: false),
                    ArrivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StoredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EmlDocumentKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FromAddress = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    FromName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 998, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    InReplyTo = table.Column<string>(type: "TEXT", maxLength: 998, nullable: true),
                    References = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CaseReference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SetAsideReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxMailAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DocumentKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InboxMailId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMailAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InboxMailAttachments_InboxMails_InboxMailId",
                        column: x => x.InboxMailId,
                        principalTable: "InboxMails",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InboxMailAttachments_InboxMailId",
                table: "InboxMailAttachments",
                column: "InboxMailId");

            migrationBuilder.CreateIndex(
                name: "IX_InboxMails_ArrivedAt",
                table: "InboxMails",
                column: "ArrivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_InboxMails_MessageId",
                table: "InboxMails",
                column: "MessageId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InboxMailAttachments");

            migrationBuilder.DropTable(
                name: "InboxMails");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Intake.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class MailboxIntake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InboxMails",
                schema: "intake",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MessageId = table.Column<string>(type: "nvarchar(998)", maxLength: 998, nullable: false),
                    Mailbox = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UidValidity = table.Column<long>(type: "bigint", nullable: false),
                    Uid = table.Column<long>(type: "bigint", nullable: false),
                    ArrivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    StoredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EmlDocumentKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FromAddress = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    FromName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(998)", maxLength: 998, nullable: true),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    InReplyTo = table.Column<string>(type: "nvarchar(998)", maxLength: 998, nullable: true),
                    References = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    CaseReference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    SetAsideReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    HandledBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    HandledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxMailAttachments",
                schema: "intake",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DocumentKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    InboxMailId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMailAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InboxMailAttachments_InboxMails_InboxMailId",
                        column: x => x.InboxMailId,
                        principalSchema: "intake",
                        principalTable: "InboxMails",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InboxMailAttachments_InboxMailId",
                schema: "intake",
                table: "InboxMailAttachments",
                column: "InboxMailId");

            migrationBuilder.CreateIndex(
                name: "IX_InboxMails_ArrivedAt",
                schema: "intake",
                table: "InboxMails",
                column: "ArrivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_InboxMails_MessageId",
                schema: "intake",
                table: "InboxMails",
                column: "MessageId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InboxMailAttachments",
                schema: "intake");

            migrationBuilder.DropTable(
                name: "InboxMails",
                schema: "intake");
        }
    }
}

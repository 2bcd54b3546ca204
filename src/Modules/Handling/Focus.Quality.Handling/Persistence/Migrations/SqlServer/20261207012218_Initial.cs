using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Handling.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "handling");

            migrationBuilder.CreateTable(
                name: "CaseReads",
                schema: "handling",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Reference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ReadBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseReads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                schema: "handling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ComplainantName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AssignedTo = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Acknowledgement_Method = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Acknowledgement_At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Acknowledgement_By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Acknowledgement_Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Response_Judgement = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Response_Summary = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    Response_Solution = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    Response_LetterDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Response_By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NotHandled_Reason = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    NotHandled_AdvisingRule = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    NotHandled_RulesVersion = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    NotHandled_OverrideReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    NotHandled_Motivation = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    NotHandled_LetterDate = table.Column<DateOnly>(type: "date", nullable: true),
                    NotHandled_By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NextTermCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    NextDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    NextWarnFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    WorkflowVersion = table.Column<int>(type: "int", nullable: false),
                    WorkflowState = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "handling",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Handler = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    HandledAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.EventId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "handling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PortalLinks",
                schema: "handling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PortalLinks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseDocuments",
                schema: "handling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    DocumentKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDocuments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "handling",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseTerms",
                schema: "handling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OriginalDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RuleFailure = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    PausedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PausedDays = table.Column<int>(type: "int", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    RuleName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    WarnFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    WarnedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    BreachedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Unit = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false),
                    RunsToNextWorkingDay = table.Column<bool>(type: "bit", nullable: false),
                    ExtendsWhenEndingOn = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false, defaultValue: "WorkingDayCalendar"),
                    SkippedDays = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RulesVersion = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Owner = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTerms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTerms_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "handling",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TimelineEntries",
                schema: "handling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Details = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimelineEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TimelineEntries_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "handling",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseDocuments_CaseId",
                schema: "handling",
                table: "CaseDocuments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseReads_Reference_ReadAt",
                schema: "handling",
                table: "CaseReads",
                columns: new[] { "Reference", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedTo_NextDueDate_Reference",
                schema: "handling",
                table: "Cases",
                columns: new[] { "AssignedTo", "NextDueDate", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ComplaintId",
                schema: "handling",
                table: "Cases",
                column: "ComplaintId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_NextDueDate_Reference",
                schema: "handling",
                table: "Cases",
                columns: new[] { "NextDueDate", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Reference",
                schema: "handling",
                table: "Cases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_NextDueDate_Reference",
                schema: "handling",
                table: "Cases",
                columns: new[] { "Status", "NextDueDate", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTerms_CaseId",
                schema: "handling",
                table: "CaseTerms",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAtUtc_NextAttemptAtUtc",
                schema: "handling",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PortalLinks_Reference",
                schema: "handling",
                table: "PortalLinks",
                column: "Reference");

            migrationBuilder.CreateIndex(
                name: "IX_PortalLinks_TokenHash",
                schema: "handling",
                table: "PortalLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_CaseId",
                schema: "handling",
                table: "TimelineEntries",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseDocuments",
                schema: "handling");

            migrationBuilder.DropTable(
                name: "CaseReads",
                schema: "handling");

            migrationBuilder.DropTable(
                name: "CaseTerms",
                schema: "handling");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "handling");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "handling");

            migrationBuilder.DropTable(
                name: "PortalLinks",
                schema: "handling");

            migrationBuilder.DropTable(
                name: "TimelineEntries",
                schema: "handling");

            migrationBuilder.DropTable(
                name: "Cases",
                schema: "handling");
        }
    }
}

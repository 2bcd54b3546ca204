using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Objections.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "objections");

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "objections",
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
                name: "Letters",
                schema: "objections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    LetterDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ObjectionDue = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Letters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Objections",
                schema: "objections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Against = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    LetterDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ObjectionDue = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Via = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Grounds = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    LateAdvice = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Late_Admitted = table.Column<bool>(type: "bit", nullable: true),
                    Late_AdvisingRule = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Late_Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Late_By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Late_At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Hearing_At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Hearing_Form = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Hearing_Place = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Hearing_EmployeeInvited = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Hearing_InvitedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Hearing_By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Report_HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Report_Attendees = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Report_Report = table.Column<string>(type: "nvarchar(max)", maxLength: 16000, nullable: true),
                    Report_SettlementProposal = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    Report_By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Waiver_WaivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Waiver_DidNotAttend = table.Column<bool>(type: "bit", nullable: true),
                    Waiver_By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Settlement_AgreedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Settlement_AgreedOutcome = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    Settlement_By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Decision_DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Decision_Judgement = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Decision_Text = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    Decision_By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NextDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Objections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "objections",
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
                name: "ObjectionDocuments",
                schema: "objections",
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
                    ObjectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectionDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectionDocuments_Objections_ObjectionId",
                        column: x => x.ObjectionId,
                        principalSchema: "objections",
                        principalTable: "Objections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectionTerms",
                schema: "objections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ObjectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
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
                    table.PrimaryKey("PK_ObjectionTerms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectionTerms_Objections_ObjectionId",
                        column: x => x.ObjectionId,
                        principalSchema: "objections",
                        principalTable: "Objections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectionTimeline",
                schema: "objections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Step = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Details = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ObjectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectionTimeline", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectionTimeline_Objections_ObjectionId",
                        column: x => x.ObjectionId,
                        principalSchema: "objections",
                        principalTable: "Objections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Letters_Reference",
                schema: "objections",
                table: "Letters",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionDocuments_ObjectionId",
                schema: "objections",
                table: "ObjectionDocuments",
                column: "ObjectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Objections_Reference",
                schema: "objections",
                table: "Objections",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Objections_Status_NextDueDate",
                schema: "objections",
                table: "Objections",
                columns: new[] { "Status", "NextDueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionTerms_ObjectionId",
                schema: "objections",
                table: "ObjectionTerms",
                column: "ObjectionId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionTimeline_ObjectionId",
                schema: "objections",
                table: "ObjectionTimeline",
                column: "ObjectionId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAtUtc_NextAttemptAtUtc",
                schema: "objections",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAtUtc", "NextAttemptAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "objections");

            migrationBuilder.DropTable(
                name: "Letters",
                schema: "objections");

            migrationBuilder.DropTable(
                name: "ObjectionDocuments",
                schema: "objections");

            migrationBuilder.DropTable(
                name: "ObjectionTerms",
                schema: "objections");

            migrationBuilder.DropTable(
                name: "ObjectionTimeline",
                schema: "objections");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "objections");

            migrationBuilder.DropTable(
                name: "Objections",
                schema: "objections");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Objections.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InboxMessages",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HandledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.EventId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "Letters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LetterDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ObjectionDue = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Letters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Objections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Against = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LetterDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ObjectionDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Via = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    LateAdvice = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Late_Admitted = table.Column<bool>(type: "INTEGER", nullable: true),
                    Late_AdvisingRule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Late_Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Late_By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Late_At = table.Column<long>(type: "INTEGER", nullable: true),
                    Hearing_At = table.Column<long>(type: "INTEGER", nullable: true),
                    Hearing_Form = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Hearing_Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Hearing_EmployeeInvited = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Hearing_InvitedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Hearing_By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Report_HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Report_Attendees = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Report_Report = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    Report_SettlementProposal = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Report_By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Waiver_WaivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Waiver_DidNotAttend = table.Column<bool>(type: "INTEGER", nullable: true),
                    Waiver_By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Settlement_AgreedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Settlement_AgreedOutcome = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Settlement_By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Decision_DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Decision_Judgement = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Decision_Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Decision_By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NextDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Objections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ObjectionDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    DocumentKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ObjectionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectionDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectionDocuments_Objections_ObjectionId",
                        column: x => x.ObjectionId,
                        principalTable: "Objections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectionTerms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObjectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RuleName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WarnFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WarnedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BreachedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    RunsToNextWorkingDay = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExtendsWhenEndingOn = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false, defaultValue: "WorkingDayCalendar"),
                    SkippedDays = table.Column<string>(type: "TEXT", nullable: false),
                    RulesVersion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectionTerms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectionTerms_Objections_ObjectionId",
                        column: x => x.ObjectionId,
                        principalTable: "Objections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectionTimeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ObjectionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectionTimeline", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectionTimeline_Objections_ObjectionId",
                        column: x => x.ObjectionId,
                        principalTable: "Objections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Letters_Reference",
                table: "Letters",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionDocuments_ObjectionId",
                table: "ObjectionDocuments",
                column: "ObjectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Objections_Reference",
                table: "Objections",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Objections_Status_NextDueDate",
                table: "Objections",
                columns: new[] { "Status", "NextDueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionTerms_ObjectionId",
                table: "ObjectionTerms",
                column: "ObjectionId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionTimeline_ObjectionId",
                table: "ObjectionTimeline",
                column: "ObjectionId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAtUtc_NextAttemptAtUtc",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAtUtc", "NextAttemptAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "Letters");

            migrationBuilder.DropTable(
                name: "ObjectionDocuments");

            migrationBuilder.DropTable(
                name: "ObjectionTerms");

            migrationBuilder.DropTable(
                name: "ObjectionTimeline");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "Objections");
        }
    }
}

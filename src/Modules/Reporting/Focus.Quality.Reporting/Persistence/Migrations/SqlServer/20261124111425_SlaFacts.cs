using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Reporting.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class SlaFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AcknowledgedOn",
                schema: "reporting",
                table: "Facts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                schema: "reporting",
                table: "Facts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Handler",
                schema: "reporting",
                table: "Facts",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotHandledReason",
                schema: "reporting",
                table: "Facts",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ObjectionConcludedOn",
                schema: "reporting",
                table: "Facts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ObjectionOutcome",
                schema: "reporting",
                table: "Facts",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ObjectionReceivedOn",
                schema: "reporting",
                table: "Facts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                schema: "reporting",
                table: "Facts",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                schema: "reporting",
                table: "Facts",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "RespondedOn",
                schema: "reporting",
                table: "Facts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RespondedOnTime",
                schema: "reporting",
                table: "Facts",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResponseDue",
                schema: "reporting",
                table: "Facts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResponseDueOriginal",
                schema: "reporting",
                table: "Facts",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Facts_ReceivedOn_Id",
                schema: "reporting",
                table: "Facts",
                columns: new[] { "ReceivedOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Facts_ReceivedOn_Id",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "AcknowledgedOn",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "Handler",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "NotHandledReason",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "ObjectionConcludedOn",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "ObjectionOutcome",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "ObjectionReceivedOn",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "Outcome",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "ReceivedOn",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "RespondedOn",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "RespondedOnTime",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "ResponseDue",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "ResponseDueOriginal",
                schema: "reporting",
                table: "Facts");
        }
    }
}

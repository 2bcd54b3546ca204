using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Reporting.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class SlaFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AcknowledgedOn",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Handler",
                table: "Facts",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotHandledReason",
                table: "Facts",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ObjectionConcludedOn",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ObjectionOutcome",
                table: "Facts",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ObjectionReceivedOn",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "Facts",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                table: "Facts",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "RespondedOn",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RespondedOnTime",
                table: "Facts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResponseDue",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResponseDueOriginal",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Facts_ReceivedOn_Id",
                table: "Facts",
                columns: new[] { "ReceivedOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Facts_ReceivedOn_Id",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "AcknowledgedOn",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "Handler",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "NotHandledReason",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "ObjectionConcludedOn",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "ObjectionOutcome",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "ObjectionReceivedOn",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "ReceivedOn",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "RespondedOn",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "RespondedOnTime",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "ResponseDue",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "ResponseDueOriginal",
                table: "Facts");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Reporting.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ProcedureCompliance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DecisionDue",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "DecisionOnTime",
                table: "Facts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EmployeeInvited",
                table: "Facts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EmployeeNamed",
                table: "Facts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HearingHeldOn",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HearingWaivedOn",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InvitationDue",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "InvitedOnTime",
                table: "Facts",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DecisionDue",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "DecisionOnTime",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "EmployeeInvited",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "EmployeeNamed",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "HearingHeldOn",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "HearingWaivedOn",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "InvitationDue",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "InvitedOnTime",
                table: "Facts");
        }
    }
}

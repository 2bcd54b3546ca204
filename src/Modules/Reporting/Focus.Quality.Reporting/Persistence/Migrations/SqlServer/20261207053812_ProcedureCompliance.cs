using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Reporting.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class ProcedureCompliance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DecisionDue",
                schema: "reporting",
                table: "Facts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "DecisionOnTime",
                schema: "reporting",
                table: "Facts",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EmployeeInvited",
                schema: "reporting",
                table: "Facts",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EmployeeNamed",
                schema: "reporting",
                table: "Facts",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HearingHeldOn",
                schema: "reporting",
                table: "Facts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HearingWaivedOn",
                schema: "reporting",
                table: "Facts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InvitationDue",
                schema: "reporting",
                table: "Facts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "InvitedOnTime",
                schema: "reporting",
                table: "Facts",
                type: "bit",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DecisionDue",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "DecisionOnTime",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "EmployeeInvited",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "EmployeeNamed",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "HearingHeldOn",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "HearingWaivedOn",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "InvitationDue",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "InvitedOnTime",
                schema: "reporting",
                table: "Facts");
        }
    }
}

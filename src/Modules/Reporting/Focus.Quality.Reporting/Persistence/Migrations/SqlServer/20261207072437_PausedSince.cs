using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Reporting.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class PausedSince : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PauseChangedAt",
                schema: "reporting",
                table: "Facts",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PauseLimitDue",
                schema: "reporting",
                table: "Facts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PausedSince",
                schema: "reporting",
                table: "Facts",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PauseChangedAt",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "PauseLimitDue",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "PausedSince",
                schema: "reporting",
                table: "Facts");
        }
    }
}

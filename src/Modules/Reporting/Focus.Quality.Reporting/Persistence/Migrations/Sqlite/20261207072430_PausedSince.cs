using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Reporting.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class PausedSince : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PauseChangedAt",
                table: "Facts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PauseLimitDue",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PausedSince",
                table: "Facts",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PauseChangedAt",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "PauseLimitDue",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "PausedSince",
                table: "Facts");
        }
    }
}

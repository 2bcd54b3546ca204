using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Objections.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class HearingAnswerOnline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Hearing_ConfirmedAt",
                schema: "objections",
                table: "Objections",
                type: "datetimeoffset",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Hearing_ConfirmedAt",
                schema: "objections",
                table: "Objections");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Handling.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class TermExtension : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                table: "CaseTerms",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OriginalDueDate",
                table: "CaseTerms",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExtensionReason",
                table: "CaseTerms");

            migrationBuilder.DropColumn(
                name: "OriginalDueDate",
                table: "CaseTerms");
        }
    }
}

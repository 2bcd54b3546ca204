using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Handling.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class TermExtension : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                schema: "handling",
                table: "CaseTerms",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OriginalDueDate",
                schema: "handling",
                table: "CaseTerms",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExtensionReason",
                schema: "handling",
                table: "CaseTerms");

            migrationBuilder.DropColumn(
                name: "OriginalDueDate",
                schema: "handling",
                table: "CaseTerms");
        }
    }
}

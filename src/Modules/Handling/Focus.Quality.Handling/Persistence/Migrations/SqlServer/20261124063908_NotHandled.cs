using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Handling.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class NotHandled : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NotHandled_AdvisingRule",
                schema: "handling",
                table: "Cases",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotHandled_By",
                schema: "handling",
                table: "Cases",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NotHandled_LetterDate",
                schema: "handling",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotHandled_Motivation",
                schema: "handling",
                table: "Cases",
                type: "nvarchar(max)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotHandled_OverrideReason",
                schema: "handling",
                table: "Cases",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotHandled_Reason",
                schema: "handling",
                table: "Cases",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotHandled_RulesVersion",
                schema: "handling",
                table: "Cases",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NotHandled_AdvisingRule",
                schema: "handling",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NotHandled_By",
                schema: "handling",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NotHandled_LetterDate",
                schema: "handling",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NotHandled_Motivation",
                schema: "handling",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NotHandled_OverrideReason",
                schema: "handling",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NotHandled_Reason",
                schema: "handling",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NotHandled_RulesVersion",
                schema: "handling",
                table: "Cases");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Handling.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class NotHandled : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NotHandled_AdvisingRule",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotHandled_By",
                table: "Cases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NotHandled_LetterDate",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotHandled_Motivation",
                table: "Cases",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotHandled_OverrideReason",
                table: "Cases",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotHandled_Reason",
                table: "Cases",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotHandled_RulesVersion",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NotHandled_AdvisingRule",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NotHandled_By",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NotHandled_LetterDate",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NotHandled_Motivation",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NotHandled_OverrideReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NotHandled_Reason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NotHandled_RulesVersion",
                table: "Cases");
        }
    }
}

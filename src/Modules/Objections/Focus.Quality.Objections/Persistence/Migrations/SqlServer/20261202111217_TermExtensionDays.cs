using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Objections.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class TermExtensionDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExtendsWhenEndingOn",
                schema: "objections",
                table: "ObjectionTerms",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "WorkingDayCalendar");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExtendsWhenEndingOn",
                schema: "objections",
                table: "ObjectionTerms");
        }
    }
}

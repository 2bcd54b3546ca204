using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Reporting.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class CaseStateCategory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StateCategory",
                table: "Facts",
                type: "TEXT",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StateCategory",
                table: "Facts");
        }
    }
}

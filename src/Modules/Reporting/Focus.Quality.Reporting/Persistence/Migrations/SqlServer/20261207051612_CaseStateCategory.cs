using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Reporting.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class CaseStateCategory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StateCategory",
                schema: "reporting",
                table: "Facts",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StateCategory",
                schema: "reporting",
                table: "Facts");
        }
    }
}

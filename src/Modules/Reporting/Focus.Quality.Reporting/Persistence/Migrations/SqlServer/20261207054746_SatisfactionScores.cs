using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Reporting.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class SatisfactionScores : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SatisfactionResolved",
                schema: "reporting",
                table: "Facts",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SatisfactionScore",
                schema: "reporting",
                table: "Facts",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SatisfactionResolved",
                schema: "reporting",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "SatisfactionScore",
                schema: "reporting",
                table: "Facts");
        }
    }
}

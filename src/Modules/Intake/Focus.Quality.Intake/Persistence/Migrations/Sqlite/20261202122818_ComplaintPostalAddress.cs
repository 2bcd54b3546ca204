using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Intake.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ComplaintPostalAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "City",
                table: "Complaints",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Postcode",
                table: "Complaints",
                type: "TEXT",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StreetAndNumber",
                table: "Complaints",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "City",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "Postcode",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "StreetAndNumber",
                table: "Complaints");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Intake.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class ComplaintPostalAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "City",
                schema: "intake",
                table: "Complaints",
                type: "nvarchar(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Postcode",
                schema: "intake",
                table: "Complaints",
                type: "nvarchar(7)",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StreetAndNumber",
                schema: "intake",
                table: "Complaints",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "City",
                schema: "intake",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "Postcode",
                schema: "intake",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "StreetAndNumber",
                schema: "intake",
                table: "Complaints");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Objections.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class HearingAnswerOnline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Hearing_ConfirmedAt",
                table: "Objections",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Hearing_ConfirmedAt",
                table: "Objections");
        }
    }
}

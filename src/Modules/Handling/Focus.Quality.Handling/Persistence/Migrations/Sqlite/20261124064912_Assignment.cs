using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Handling.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Assignment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                table: "Cases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedTo_NextDueDate",
                table: "Cases",
                columns: new[] { "AssignedTo", "NextDueDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedTo_NextDueDate",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AssignedTo",
                table: "Cases");
        }
    }
}

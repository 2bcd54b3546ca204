using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Handling.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class Assignment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                schema: "handling",
                table: "Cases",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedTo_NextDueDate",
                schema: "handling",
                table: "Cases",
                columns: new[] { "AssignedTo", "NextDueDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedTo_NextDueDate",
                schema: "handling",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AssignedTo",
                schema: "handling",
                table: "Cases");
        }
    }
}

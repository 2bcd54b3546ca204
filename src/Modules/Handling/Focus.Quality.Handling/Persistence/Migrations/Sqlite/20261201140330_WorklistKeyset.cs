using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Handling.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class WorklistKeyset : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedTo_NextDueDate",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_NextDueDate",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedTo_NextDueDate_Reference",
                table: "Cases",
                columns: new[] { "AssignedTo", "NextDueDate", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_NextDueDate_Reference",
                table: "Cases",
                columns: new[] { "NextDueDate", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_NextDueDate_Reference",
                table: "Cases",
                columns: new[] { "Status", "NextDueDate", "Reference" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedTo_NextDueDate_Reference",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_NextDueDate_Reference",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_NextDueDate_Reference",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedTo_NextDueDate",
                table: "Cases",
                columns: new[] { "AssignedTo", "NextDueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_NextDueDate",
                table: "Cases",
                columns: new[] { "Status", "NextDueDate" });
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Handling.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class OneStatePerCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_NextDueDate_Reference",
                table: "Cases");

            migrationBuilder.RenameColumn(
                name: "Status",
                table: "Cases",
                newName: "StateCategory");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_WorkflowState_NextDueDate_Reference",
                table: "Cases",
                columns: new[] { "WorkflowState", "NextDueDate", "Reference" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_WorkflowState_NextDueDate_Reference",
                table: "Cases");

            migrationBuilder.RenameColumn(
                name: "StateCategory",
                table: "Cases",
                newName: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_NextDueDate_Reference",
                table: "Cases",
                columns: new[] { "Status", "NextDueDate", "Reference" });
        }
    }
}

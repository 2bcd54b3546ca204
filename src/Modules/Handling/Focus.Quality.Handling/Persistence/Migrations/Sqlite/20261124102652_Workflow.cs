using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Handling.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Workflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WorkflowState",
                table: "Cases",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "WorkflowVersion",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            // Cases that existed before workflows were versioned run on the seeded version 1, whose state ids are the statuses.
            migrationBuilder.Sql("UPDATE \"Cases\" SET \"WorkflowState\" = \"Status\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WorkflowState",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "WorkflowVersion",
                table: "Cases");
        }
    }
}

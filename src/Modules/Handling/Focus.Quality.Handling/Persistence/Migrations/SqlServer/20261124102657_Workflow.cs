using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Handling.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class Workflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WorkflowState",
                schema: "handling",
                table: "Cases",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "WorkflowVersion",
                schema: "handling",
                table: "Cases",
                type: "int",
                nullable: false,
                defaultValue: 1);

            // Cases that existed before workflows were versioned run on the seeded version 1, whose state ids are the statuses.
            migrationBuilder.Sql("UPDATE [handling].[Cases] SET [WorkflowState] = [Status];");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WorkflowState",
                schema: "handling",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "WorkflowVersion",
                schema: "handling",
                table: "Cases");
        }
    }
}

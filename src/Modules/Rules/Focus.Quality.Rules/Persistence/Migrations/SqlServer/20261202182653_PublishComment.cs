using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Rules.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class PublishComment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublishChanges",
                schema: "rules",
                table: "RuleSetVersions",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishComment",
                schema: "rules",
                table: "RuleSetVersions",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublishChanges",
                schema: "rules",
                table: "RuleSetVersions");

            migrationBuilder.DropColumn(
                name: "PublishComment",
                schema: "rules",
                table: "RuleSetVersions");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Handling.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class WrittenResponse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Owner",
                schema: "handling",
                table: "CaseTerms",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Focus");

            migrationBuilder.AddColumn<string>(
                name: "Response_By",
                schema: "handling",
                table: "Cases",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Response_Judgement",
                schema: "handling",
                table: "Cases",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Response_LetterDate",
                schema: "handling",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Response_Solution",
                schema: "handling",
                table: "Cases",
                type: "nvarchar(max)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Response_Summary",
                schema: "handling",
                table: "Cases",
                type: "nvarchar(max)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseDocuments",
                schema: "handling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    DocumentKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDocuments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "handling",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseDocuments_CaseId",
                schema: "handling",
                table: "CaseDocuments",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseDocuments",
                schema: "handling");

            migrationBuilder.DropColumn(
                name: "Owner",
                schema: "handling",
                table: "CaseTerms");

            migrationBuilder.DropColumn(
                name: "Response_By",
                schema: "handling",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Response_Judgement",
                schema: "handling",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Response_LetterDate",
                schema: "handling",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Response_Solution",
                schema: "handling",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Response_Summary",
                schema: "handling",
                table: "Cases");
        }
    }
}

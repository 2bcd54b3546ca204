using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Intake.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ComplaintIdempotencyKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "IdempotencyKey",
                table: "Complaints",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_IdempotencyKey",
                table: "Complaints",
                column: "IdempotencyKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_IdempotencyKey",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Complaints");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Focus.Quality.Intake.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class ComplaintIdempotencyKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "IdempotencyKey",
                schema: "intake",
                table: "Complaints",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_IdempotencyKey",
                schema: "intake",
                table: "Complaints",
                column: "IdempotencyKey",
                unique: true,
                filter: "[IdempotencyKey] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_IdempotencyKey",
                schema: "intake",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                schema: "intake",
                table: "Complaints");
        }
    }
}

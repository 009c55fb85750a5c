using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regiokompas.Web.Common.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScopeIdempotencyKeysAndRequestingOrganisations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_capacity_reservations_IdempotencyKey",
                table: "capacity_reservations");

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyScope",
                table: "capacity_reservations",
                type: "TEXT",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "capacity_requesting_organisations",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    GrantedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_requesting_organisations", x => new { x.OrganisationId, x.RegionId });
                });

            // Existing keys become the requesting organisation's (or account's), as new ones are.
            migrationBuilder.Sql("UPDATE \"capacity_reservations\" SET \"IdempotencyScope\" = CASE WHEN \"RequesterOrganisationId\" IS NOT NULL THEN 'org:' || CAST(\"RequesterOrganisationId\" AS TEXT) ELSE 'user:' || COALESCE(\"RequesterUserId\", '') END;");

            migrationBuilder.CreateIndex(
                name: "IX_capacity_reservations_IdempotencyScope_IdempotencyKey",
                table: "capacity_reservations",
                columns: new[] { "IdempotencyScope", "IdempotencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "capacity_requesting_organisations");

            migrationBuilder.DropIndex(
                name: "IX_capacity_reservations_IdempotencyScope_IdempotencyKey",
                table: "capacity_reservations");

            migrationBuilder.DropColumn(
                name: "IdempotencyScope",
                table: "capacity_reservations");

            migrationBuilder.CreateIndex(
                name: "IX_capacity_reservations_IdempotencyKey",
                table: "capacity_reservations",
                column: "IdempotencyKey",
                unique: true);
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regiokompas.Web.Common.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AreaBoundaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitoring_area_boundaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GeometryGeoJson = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Attribution = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_area_boundaries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_boundary_imports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Attribution = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Removed = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_boundary_imports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_area_boundaries_AreaCode",
                table: "monitoring_area_boundaries",
                column: "AreaCode");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_area_boundaries_Year_AreaCode",
                table: "monitoring_area_boundaries",
                columns: new[] { "Year", "AreaCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitoring_area_boundaries");

            migrationBuilder.DropTable(
                name: "monitoring_boundary_imports");
        }
    }
}

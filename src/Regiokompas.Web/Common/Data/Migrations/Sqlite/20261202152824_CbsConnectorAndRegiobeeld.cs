using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regiokompas.Web.Common.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CbsConnectorAndRegiobeeld : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitoring_cbs_mappings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    TableId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MeasureCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DimensionFilter = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_cbs_mappings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_region_narratives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WrittenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_region_narratives", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_cbs_mappings_RegionId_TableId",
                table: "monitoring_cbs_mappings",
                columns: new[] { "RegionId", "TableId" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_region_narratives_RegionId_Theme",
                table: "monitoring_region_narratives",
                columns: new[] { "RegionId", "Theme" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitoring_cbs_mappings");

            migrationBuilder.DropTable(
                name: "monitoring_region_narratives");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regiokompas.Web.Common.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndicatorManagement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "monitoring_indicators",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "monitoring_indicators");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regiokompas.Web.Common.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeasurementStateIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_monitoring_measurements_State_AreaCode",
                table: "monitoring_measurements",
                columns: new[] { "State", "AreaCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_monitoring_measurements_State_AreaCode",
                table: "monitoring_measurements");
        }
    }
}

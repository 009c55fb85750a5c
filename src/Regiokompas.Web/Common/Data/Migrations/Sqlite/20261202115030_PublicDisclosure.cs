using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regiokompas.Web.Common.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicDisclosure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AuthorOrganisationId",
                table: "plan_progress_notes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsCumulative",
                table: "monitoring_indicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SuppressionOptOutReason",
                table: "monitoring_indicators",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AuthorOrganisationId",
                table: "plan_progress_notes");

            migrationBuilder.DropColumn(
                name: "IsCumulative",
                table: "monitoring_indicators");

            migrationBuilder.DropColumn(
                name: "SuppressionOptOutReason",
                table: "monitoring_indicators");
        }
    }
}

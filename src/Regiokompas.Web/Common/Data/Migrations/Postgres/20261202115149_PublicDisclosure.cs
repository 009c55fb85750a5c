using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regiokompas.Web.Common.Data.Migrations.Postgres
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsCumulative",
                table: "monitoring_indicators",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SuppressionOptOutReason",
                table: "monitoring_indicators",
                type: "character varying(500)",
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

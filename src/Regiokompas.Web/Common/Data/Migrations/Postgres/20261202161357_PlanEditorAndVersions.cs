using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Regiokompas.Web.Common.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanEditorAndVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAtUtc",
                table: "plan_transformation_plans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAtUtc",
                table: "plan_target_groups",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAtUtc",
                table: "plan_results",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAtUtc",
                table: "plan_preconditions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAtUtc",
                table: "plan_pillars",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Contact",
                table: "plan_organisations",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAtUtc",
                table: "plan_organisations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAtUtc",
                table: "plan_initiatives",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAtUtc",
                table: "plan_goals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAtUtc",
                table: "plan_chain_approaches",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAtUtc",
                table: "plan_actions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "plan_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Snapshot = table.Column<string>(type: "text", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_versions_plan_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "plan_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plan_versions_RegionId_Number",
                table: "plan_versions",
                columns: new[] { "RegionId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plan_versions");

            migrationBuilder.DropColumn(
                name: "RetiredAtUtc",
                table: "plan_transformation_plans");

            migrationBuilder.DropColumn(
                name: "RetiredAtUtc",
                table: "plan_target_groups");

            migrationBuilder.DropColumn(
                name: "RetiredAtUtc",
                table: "plan_results");

            migrationBuilder.DropColumn(
                name: "RetiredAtUtc",
                table: "plan_preconditions");

            migrationBuilder.DropColumn(
                name: "RetiredAtUtc",
                table: "plan_pillars");

            migrationBuilder.DropColumn(
                name: "Contact",
                table: "plan_organisations");

            migrationBuilder.DropColumn(
                name: "RetiredAtUtc",
                table: "plan_organisations");

            migrationBuilder.DropColumn(
                name: "RetiredAtUtc",
                table: "plan_initiatives");

            migrationBuilder.DropColumn(
                name: "RetiredAtUtc",
                table: "plan_goals");

            migrationBuilder.DropColumn(
                name: "RetiredAtUtc",
                table: "plan_chain_approaches");

            migrationBuilder.DropColumn(
                name: "RetiredAtUtc",
                table: "plan_actions");
        }
    }
}

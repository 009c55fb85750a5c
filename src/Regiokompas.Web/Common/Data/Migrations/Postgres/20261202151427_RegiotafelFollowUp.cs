using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regiokompas.Web.Common.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RegiotafelFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DecisionOn",
                table: "plan_transformation_plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndOn",
                table: "plan_transformation_plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "GrantedBudget",
                table: "plan_transformation_plans",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "QuickCheckOn",
                table: "plan_transformation_plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "ResultKeys",
                table: "plan_transformation_plans",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartOn",
                table: "plan_transformation_plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SubmittedOn",
                table: "plan_transformation_plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FollowUpNote",
                table: "plan_preconditions",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FollowUpOn",
                table: "plan_preconditions",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "governance_budget_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Fund = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Part = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PillarKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Allocated = table.Column<double>(type: "double precision", nullable: false),
                    Committed = table.Column<double>(type: "double precision", nullable: false),
                    Spent = table.Column<double>(type: "double precision", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_budget_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_budget_lines_plan_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "plan_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_digest_receipts",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LastSentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_digest_receipts", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_governance_digest_receipts_auth_users_UserId",
                        column: x => x.UserId,
                        principalTable: "auth_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PillarKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    ActionKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Due = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_milestones_plan_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "plan_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_governance_budget_lines_RegionId_Year_Fund_Part_PillarKey",
                table: "governance_budget_lines",
                columns: new[] { "RegionId", "Year", "Fund", "Part", "PillarKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_milestones_RegionId_Due",
                table: "governance_milestones",
                columns: new[] { "RegionId", "Due" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "governance_budget_lines");

            migrationBuilder.DropTable(
                name: "governance_digest_receipts");

            migrationBuilder.DropTable(
                name: "governance_milestones");

            migrationBuilder.DropColumn(
                name: "DecisionOn",
                table: "plan_transformation_plans");

            migrationBuilder.DropColumn(
                name: "EndOn",
                table: "plan_transformation_plans");

            migrationBuilder.DropColumn(
                name: "GrantedBudget",
                table: "plan_transformation_plans");

            migrationBuilder.DropColumn(
                name: "QuickCheckOn",
                table: "plan_transformation_plans");

            migrationBuilder.DropColumn(
                name: "ResultKeys",
                table: "plan_transformation_plans");

            migrationBuilder.DropColumn(
                name: "StartOn",
                table: "plan_transformation_plans");

            migrationBuilder.DropColumn(
                name: "SubmittedOn",
                table: "plan_transformation_plans");

            migrationBuilder.DropColumn(
                name: "FollowUpNote",
                table: "plan_preconditions");

            migrationBuilder.DropColumn(
                name: "FollowUpOn",
                table: "plan_preconditions");
        }
    }
}

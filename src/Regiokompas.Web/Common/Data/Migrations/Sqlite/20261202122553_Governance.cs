using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regiokompas.Web.Common.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Governance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "governance_bodies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Mandate = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Chair = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Secretary = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MemberOrganisationKeys = table.Column<string>(type: "TEXT", nullable: false),
                    MemberNames = table.Column<string>(type: "TEXT", nullable: false),
                    ContactRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    PublicContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PillarKeys = table.Column<string>(type: "TEXT", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Fictitious = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_bodies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_bodies_plan_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "plan_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    VideoLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_meetings_governance_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "governance_bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_agenda_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PlanItemKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PlanItemKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    PillarKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_agenda_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_agenda_items_governance_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "governance_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AgendaItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Proposal = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AmendedProposal = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PlanItemKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PlanItemKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    PillarKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProposedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_decisions_governance_agenda_items_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "governance_agenda_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_governance_decisions_governance_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "governance_bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_governance_decisions_governance_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "governance_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "governance_objections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RaisedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HowMet = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_objections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_objections_governance_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "governance_decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_governance_agenda_items_MeetingId",
                table: "governance_agenda_items",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_bodies_RegionId_Key",
                table: "governance_bodies",
                columns: new[] { "RegionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_decisions_AgendaItemId",
                table: "governance_decisions",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_decisions_BodyId",
                table: "governance_decisions",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_decisions_MeetingId",
                table: "governance_decisions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_decisions_RegionId_PlanItemKind_PlanItemKey",
                table: "governance_decisions",
                columns: new[] { "RegionId", "PlanItemKind", "PlanItemKey" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_decisions_RegionId_ProposedAtUtc",
                table: "governance_decisions",
                columns: new[] { "RegionId", "ProposedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_meetings_BodyId_StartsAtUtc",
                table: "governance_meetings",
                columns: new[] { "BodyId", "StartsAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_objections_DecisionId",
                table: "governance_objections",
                column: "DecisionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "governance_objections");

            migrationBuilder.DropTable(
                name: "governance_decisions");

            migrationBuilder.DropTable(
                name: "governance_agenda_items");

            migrationBuilder.DropTable(
                name: "governance_meetings");

            migrationBuilder.DropTable(
                name: "governance_bodies");
        }
    }
}

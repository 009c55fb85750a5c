using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Regiokompas.Web.Common.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RegionId = table.Column<string>(type: "text", nullable: true),
                    EntityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Operation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OldValue = table.Column<string>(type: "text", nullable: true),
                    NewValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "auth_api_tokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auth_api_tokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "auth_data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auth_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "auth_roles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auth_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "auth_users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true),
                    CoordinatorRegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auth_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "capacity_forecasts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    TypeCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MadeAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OriginDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Horizon = table.Column<int>(type: "integer", nullable: false),
                    Point = table.Column<double>(type: "double precision", nullable: false),
                    Lower80 = table.Column<double>(type: "double precision", nullable: false),
                    Upper80 = table.Column<double>(type: "double precision", nullable: false),
                    BaselinePoint = table.Column<double>(type: "double precision", nullable: false),
                    Actual = table.Column<double>(type: "double precision", nullable: true),
                    ScoredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_forecasts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "capacity_types",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FreshnessMinutes = table.Column<int>(type: "integer", nullable: false),
                    HoldMinutes = table.Column<int>(type: "integer", nullable: false),
                    NoShowGraceMinutes = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_types", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "caredirectory_organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AlternateName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Email = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    KvkNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AgbCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PlanOrganisationId = table.Column<int>(type: "integer", nullable: true),
                    LastModifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caredirectory_organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "caredirectory_taxonomies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Uri = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caredirectory_taxonomies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Definition = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Question = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Polarity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BandLower = table.Column<double>(type: "double precision", nullable: true),
                    BandUpper = table.Column<double>(type: "double precision", nullable: true),
                    NumeratorLabel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DenominatorLabel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Factor = table.Column<double>(type: "double precision", nullable: false),
                    AreaLevels = table.Column<int[]>(type: "integer[]", nullable: false),
                    AgeGroups = table.Column<List<string>>(type: "text[]", nullable: false),
                    Frequency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OwnerKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Visibility = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    WarningThreshold = table.Column<double>(type: "double precision", nullable: true),
                    SuppressSmallCounts = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_indicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_result_indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ResultKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    IsPrimary = table.Column<bool>(type: "boolean", nullable: false),
                    TargetValue = table.Column<double>(type: "double precision", nullable: true),
                    TargetUpper = table.Column<double>(type: "double precision", nullable: true),
                    BaselineValue = table.Column<double>(type: "double precision", nullable: true),
                    BaselineDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_result_indicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_stories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ConsentDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ConsentRecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Visibility = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PillarKeys = table.Column<List<string>>(type: "text[]", nullable: false),
                    ResultKeys = table.Column<List<string>>(type: "text[]", nullable: false),
                    IndicatorCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_stories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plan_regions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PlanTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Ambition = table.Column<string>(type: "text", nullable: true),
                    Summary = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_regions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "auth_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auth_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_auth_role_claims_auth_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "auth_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "auth_pillar_leads",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    PillarId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auth_pillar_leads", x => new { x.UserId, x.PillarId });
                    table.ForeignKey(
                        name: "FK_auth_pillar_leads_auth_users_UserId",
                        column: x => x.UserId,
                        principalTable: "auth_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "auth_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auth_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_auth_user_claims_auth_users_UserId",
                        column: x => x.UserId,
                        principalTable: "auth_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "auth_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auth_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_auth_user_logins_auth_users_UserId",
                        column: x => x.UserId,
                        principalTable: "auth_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "auth_user_roles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auth_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_auth_user_roles_auth_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "auth_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_auth_user_roles_auth_users_UserId",
                        column: x => x.UserId,
                        principalTable: "auth_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "auth_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auth_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_auth_user_tokens_auth_users_UserId",
                        column: x => x.UserId,
                        principalTable: "auth_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "caredirectory_locations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    LocationType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Transportation = table.Column<string>(type: "text", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    DistrictCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    AccessibilityDescription = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caredirectory_locations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_caredirectory_locations_caredirectory_organisations_Organis~",
                        column: x => x.OrganisationId,
                        principalTable: "caredirectory_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "caredirectory_services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AlternateName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    B1Summary = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Email = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ApplicationProcess = table.Column<string>(type: "text", nullable: true),
                    FeesDescription = table.Column<string>(type: "text", nullable: true),
                    IsFree = table.Column<bool>(type: "boolean", nullable: false),
                    ReferralRequired = table.Column<bool>(type: "boolean", nullable: false),
                    WaitTime = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    EligibilityDescription = table.Column<string>(type: "text", nullable: true),
                    MinimumAge = table.Column<int>(type: "integer", nullable: true),
                    MaximumAge = table.Column<int>(type: "integer", nullable: true),
                    AssuredDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AssurerEmail = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Alert = table.Column<string>(type: "text", nullable: true),
                    Unverified = table.Column<bool>(type: "boolean", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    ThemeCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    LastReminderUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caredirectory_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_caredirectory_services_caredirectory_organisations_Organisa~",
                        column: x => x.OrganisationId,
                        principalTable: "caredirectory_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "caredirectory_taxonomy_terms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    TaxonomyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Language = table.Column<string>(type: "text", nullable: true),
                    TermUri = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caredirectory_taxonomy_terms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_caredirectory_taxonomy_terms_caredirectory_taxonomies_Taxon~",
                        column: x => x.TaxonomyId,
                        principalTable: "caredirectory_taxonomies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_measurements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    AgeGroup = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PeriodCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PeriodKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    Numerator = table.Column<double>(type: "double precision", nullable: true),
                    Denominator = table.Column<double>(type: "double precision", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedValue = table.Column<double>(type: "double precision", nullable: true),
                    PublishedNumerator = table.Column<double>(type: "double precision", nullable: true),
                    PublishedDenominator = table.Column<double>(type: "double precision", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_measurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_measurements_monitoring_indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "monitoring_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_chain_approaches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    RegionalTarget = table.Column<string>(type: "text", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_chain_approaches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_chain_approaches_plan_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "plan_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_municipalities",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionId = table.Column<string>(type: "character varying(80)", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_municipalities", x => x.Code);
                    table.ForeignKey(
                        name: "FK_plan_municipalities_plan_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "plan_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "plan_organisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MunicipalityCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_organisations_plan_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "plan_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_pillars",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Ambition = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    LeadKeys = table.Column<List<string>>(type: "text[]", nullable: false),
                    MemberKeys = table.Column<List<string>>(type: "text[]", nullable: false),
                    LinkKeys = table.Column<List<string>>(type: "text[]", nullable: false),
                    TargetGroupKeys = table.Column<List<string>>(type: "text[]", nullable: false),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_pillars", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_pillars_plan_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "plan_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_target_groups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_target_groups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_target_groups_plan_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "plan_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "caredirectory_addresses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Attention = table.Column<string>(type: "text", nullable: true),
                    Address1 = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Address2 = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    City = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Region = table.Column<string>(type: "text", nullable: true),
                    StateProvince = table.Column<string>(type: "text", nullable: false),
                    PostalCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    AddressType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caredirectory_addresses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_caredirectory_addresses_caredirectory_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "caredirectory_locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "caredirectory_cost_options",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Option = table.Column<string>(type: "text", nullable: true),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Amount = table.Column<double>(type: "double precision", nullable: true),
                    AmountDescription = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caredirectory_cost_options", x => x.Id);
                    table.ForeignKey(
                        name: "FK_caredirectory_cost_options_caredirectory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "caredirectory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "caredirectory_error_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ContactEmail = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ResolvedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caredirectory_error_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_caredirectory_error_reports_caredirectory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "caredirectory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "caredirectory_languages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caredirectory_languages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_caredirectory_languages_caredirectory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "caredirectory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "caredirectory_phones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caredirectory_phones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_caredirectory_phones_caredirectory_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "caredirectory_locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_caredirectory_phones_caredirectory_organisations_Organisati~",
                        column: x => x.OrganisationId,
                        principalTable: "caredirectory_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_caredirectory_phones_caredirectory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "caredirectory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "caredirectory_referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferrerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReferrerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ReferrerOrganisationId = table.Column<int>(type: "integer", nullable: true),
                    ResidentInitials = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ResidentContact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ConsentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NotStartedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LastStatusAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caredirectory_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_caredirectory_referrals_caredirectory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "caredirectory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "caredirectory_service_areas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caredirectory_service_areas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_caredirectory_service_areas_caredirectory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "caredirectory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "caredirectory_service_at_locations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caredirectory_service_at_locations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_caredirectory_service_at_locations_caredirectory_locations_~",
                        column: x => x.LocationId,
                        principalTable: "caredirectory_locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_caredirectory_service_at_locations_caredirectory_services_S~",
                        column: x => x.ServiceId,
                        principalTable: "caredirectory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "caredirectory_service_attributes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaxonomyTermId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caredirectory_service_attributes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_caredirectory_service_attributes_caredirectory_services_Ser~",
                        column: x => x.ServiceId,
                        principalTable: "caredirectory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_caredirectory_service_attributes_caredirectory_taxonomy_ter~",
                        column: x => x.TaxonomyTermId,
                        principalTable: "caredirectory_taxonomy_terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_measurement_revisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeasurementId = table.Column<long>(type: "bigint", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    Numerator = table.Column<double>(type: "double precision", nullable: true),
                    Denominator = table.Column<double>(type: "double precision", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReplacedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ReplacedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_measurement_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_measurement_revisions_monitoring_measurements_Me~",
                        column: x => x.MeasurementId,
                        principalTable: "monitoring_measurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_chain_rollouts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChainApproachId = table.Column<int>(type: "integer", nullable: false),
                    RegionId = table.Column<string>(type: "text", nullable: false),
                    ApproachKey = table.Column<string>(type: "text", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_chain_rollouts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_chain_rollouts_plan_chain_approaches_ChainApproachId",
                        column: x => x.ChainApproachId,
                        principalTable: "plan_chain_approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "capacity_locations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_locations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_capacity_locations_plan_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "plan_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_goals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PillarId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_goals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_goals_plan_pillars_PillarId",
                        column: x => x.PillarId,
                        principalTable: "plan_pillars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plan_goals_plan_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "plan_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_initiatives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    PillarId = table.Column<int>(type: "integer", nullable: true),
                    OrganisationKeys = table.Column<List<string>>(type: "text[]", nullable: false),
                    MunicipalityCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_initiatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_initiatives_plan_pillars_PillarId",
                        column: x => x.PillarId,
                        principalTable: "plan_pillars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_plan_initiatives_plan_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "plan_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_preconditions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    AddressedTo = table.Column<string>(type: "text", nullable: true),
                    PillarId = table.Column<int>(type: "integer", nullable: true),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_preconditions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_preconditions_plan_pillars_PillarId",
                        column: x => x.PillarId,
                        principalTable: "plan_pillars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_plan_preconditions_plan_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "plan_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_transformation_plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    PillarId = table.Column<int>(type: "integer", nullable: true),
                    ApplicantKeys = table.Column<List<string>>(type: "text[]", nullable: false),
                    FundingRoute = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Budget = table.Column<double>(type: "double precision", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_transformation_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_transformation_plans_plan_pillars_PillarId",
                        column: x => x.PillarId,
                        principalTable: "plan_pillars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_plan_transformation_plans_plan_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "plan_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "caredirectory_schedules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    ServiceAtLocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Freq = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ByDay = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OpensAt = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    ClosesAt = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caredirectory_schedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_caredirectory_schedules_caredirectory_service_at_locations_~",
                        column: x => x.ServiceAtLocationId,
                        principalTable: "caredirectory_service_at_locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_caredirectory_schedules_caredirectory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "caredirectory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "capacity_units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    LocationId = table.Column<int>(type: "integer", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    TypeCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    LastReportAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Open = table.Column<int>(type: "integer", nullable: false),
                    Occupied = table.Column<int>(type: "integer", nullable: false),
                    Blocked = table.Column<int>(type: "integer", nullable: false),
                    BlockedReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AcceptingAdmissions = table.Column<bool>(type: "boolean", nullable: false),
                    AdmissionStopReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AdmissionStopUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExpectedExtra24h = table.Column<int>(type: "integer", nullable: true),
                    ExpectedExtra72h = table.Column<int>(type: "integer", nullable: true),
                    HasConflict = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_capacity_units_capacity_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "capacity_locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_capacity_units_capacity_types_TypeCode",
                        column: x => x.TypeCode,
                        principalTable: "capacity_types",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_actions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PillarId = table.Column<int>(type: "integer", nullable: false),
                    GoalId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    OwnerId = table.Column<int>(type: "integer", nullable: true),
                    PartnerKeys = table.Column<List<string>>(type: "text[]", nullable: false),
                    MunicipalityCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: true),
                    Due = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_actions_plan_goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "plan_goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plan_actions_plan_organisations_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "plan_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plan_actions_plan_pillars_PillarId",
                        column: x => x.PillarId,
                        principalTable: "plan_pillars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plan_actions_plan_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "plan_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_results",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GoalId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    TargetValue = table.Column<double>(type: "double precision", nullable: true),
                    TargetUnit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    BaselineValue = table.Column<double>(type: "double precision", nullable: true),
                    BaselineDate = table.Column<DateOnly>(type: "date", nullable: true),
                    TargetNote = table.Column<string>(type: "text", nullable: true),
                    MunicipalityCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_results_plan_goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "plan_goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plan_results_plan_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "plan_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "capacity_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    AsOfUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reporter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Open = table.Column<int>(type: "integer", nullable: false),
                    Occupied = table.Column<int>(type: "integer", nullable: false),
                    Blocked = table.Column<int>(type: "integer", nullable: false),
                    BlockedReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AcceptingAdmissions = table.Column<bool>(type: "boolean", nullable: false),
                    AdmissionStopReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AdmissionStopUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExpectedExtra24h = table.Column<int>(type: "integer", nullable: true),
                    ExpectedExtra72h = table.Column<int>(type: "integer", nullable: true),
                    Unchanged = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_capacity_reports_capacity_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "capacity_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "capacity_reservations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    TypeCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Requester = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequesterUserId = table.Column<string>(type: "text", nullable: true),
                    RequesterOrganisationId = table.Column<int>(type: "integer", nullable: true),
                    Urgency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ExpectedArrivalUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PatientReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HeldAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConfirmedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ArrivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_reservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_capacity_reservations_capacity_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "capacity_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_progress_notes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActionId = table.Column<int>(type: "integer", nullable: false),
                    RegionId = table.Column<string>(type: "text", nullable: false),
                    ActionKey = table.Column<string>(type: "text", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Author = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_progress_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_progress_notes_plan_actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "plan_actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_AtUtc",
                table: "audit_entries",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_EntityType_EntityKey_AtUtc",
                table: "audit_entries",
                columns: new[] { "EntityType", "EntityKey", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_auth_api_tokens_TokenHash",
                table: "auth_api_tokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_auth_role_claims_RoleId",
                table: "auth_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "auth_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_auth_user_claims_UserId",
                table: "auth_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_auth_user_logins_UserId",
                table: "auth_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_auth_user_roles_RoleId",
                table: "auth_user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "auth_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "auth_users",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_capacity_forecasts_RegionId_TypeCode_OriginDate_Method_Hori~",
                table: "capacity_forecasts",
                columns: new[] { "RegionId", "TypeCode", "OriginDate", "Method", "Horizon" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_capacity_forecasts_RegionId_TypeCode_TargetDate",
                table: "capacity_forecasts",
                columns: new[] { "RegionId", "TypeCode", "TargetDate" });

            migrationBuilder.CreateIndex(
                name: "IX_capacity_locations_OrganisationId_Name",
                table: "capacity_locations",
                columns: new[] { "OrganisationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_capacity_reports_UnitId_ReceivedAtUtc",
                table: "capacity_reports",
                columns: new[] { "UnitId", "ReceivedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_capacity_reservations_IdempotencyKey",
                table: "capacity_reservations",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_capacity_reservations_Status_ExpiresAtUtc",
                table: "capacity_reservations",
                columns: new[] { "Status", "ExpiresAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_capacity_reservations_UnitId_Status",
                table: "capacity_reservations",
                columns: new[] { "UnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_capacity_units_LocationId",
                table: "capacity_units",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_capacity_units_OrganisationId",
                table: "capacity_units",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_capacity_units_RegionId_TypeCode",
                table: "capacity_units",
                columns: new[] { "RegionId", "TypeCode" });

            migrationBuilder.CreateIndex(
                name: "IX_capacity_units_TypeCode",
                table: "capacity_units",
                column: "TypeCode");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_addresses_LocationId",
                table: "caredirectory_addresses",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_cost_options_ServiceId",
                table: "caredirectory_cost_options",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_error_reports_ServiceId_Status",
                table: "caredirectory_error_reports",
                columns: new[] { "ServiceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_languages_ServiceId",
                table: "caredirectory_languages",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_locations_MunicipalityCode",
                table: "caredirectory_locations",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_locations_OrganisationId",
                table: "caredirectory_locations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_organisations_PlanOrganisationId",
                table: "caredirectory_organisations",
                column: "PlanOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_phones_LocationId",
                table: "caredirectory_phones",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_phones_OrganisationId",
                table: "caredirectory_phones",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_phones_ServiceId",
                table: "caredirectory_phones",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_referrals_ReferrerOrganisationId",
                table: "caredirectory_referrals",
                column: "ReferrerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_referrals_ReferrerUserId",
                table: "caredirectory_referrals",
                column: "ReferrerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_referrals_ServiceId",
                table: "caredirectory_referrals",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_schedules_ServiceAtLocationId",
                table: "caredirectory_schedules",
                column: "ServiceAtLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_schedules_ServiceId",
                table: "caredirectory_schedules",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_service_areas_MunicipalityCode",
                table: "caredirectory_service_areas",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_service_areas_ServiceId",
                table: "caredirectory_service_areas",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_service_at_locations_LocationId",
                table: "caredirectory_service_at_locations",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_service_at_locations_ServiceId_LocationId",
                table: "caredirectory_service_at_locations",
                columns: new[] { "ServiceId", "LocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_service_attributes_ServiceId",
                table: "caredirectory_service_attributes",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_service_attributes_TaxonomyTermId",
                table: "caredirectory_service_attributes",
                column: "TaxonomyTermId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_services_AssuredDate",
                table: "caredirectory_services",
                column: "AssuredDate");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_services_LastModifiedUtc",
                table: "caredirectory_services",
                column: "LastModifiedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_services_OrganisationId",
                table: "caredirectory_services",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_caredirectory_taxonomy_terms_TaxonomyId_Code",
                table: "caredirectory_taxonomy_terms",
                columns: new[] { "TaxonomyId", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_indicators_Code",
                table: "monitoring_indicators",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_measurement_revisions_MeasurementId",
                table: "monitoring_measurement_revisions",
                column: "MeasurementId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_measurements_IndicatorCode_AreaCode_PeriodCode_A~",
                table: "monitoring_measurements",
                columns: new[] { "IndicatorCode", "AreaCode", "PeriodCode", "AgeGroup" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_measurements_IndicatorId_AreaCode_PeriodStart",
                table: "monitoring_measurements",
                columns: new[] { "IndicatorId", "AreaCode", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_result_indicators_RegionId_ResultKey_IndicatorCo~",
                table: "monitoring_result_indicators",
                columns: new[] { "RegionId", "ResultKey", "IndicatorCode", "AreaCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_stories_RegionId_Date",
                table: "monitoring_stories",
                columns: new[] { "RegionId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_actions_Due",
                table: "plan_actions",
                column: "Due");

            migrationBuilder.CreateIndex(
                name: "IX_plan_actions_GoalId",
                table: "plan_actions",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_actions_OwnerId",
                table: "plan_actions",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_actions_PillarId",
                table: "plan_actions",
                column: "PillarId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_actions_RegionId_Key",
                table: "plan_actions",
                columns: new[] { "RegionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_chain_approaches_RegionId_Key",
                table: "plan_chain_approaches",
                columns: new[] { "RegionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_chain_rollouts_ChainApproachId_MunicipalityCode",
                table: "plan_chain_rollouts",
                columns: new[] { "ChainApproachId", "MunicipalityCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_goals_PillarId",
                table: "plan_goals",
                column: "PillarId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_goals_RegionId_Key",
                table: "plan_goals",
                columns: new[] { "RegionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_initiatives_PillarId",
                table: "plan_initiatives",
                column: "PillarId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_initiatives_RegionId_Key",
                table: "plan_initiatives",
                columns: new[] { "RegionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_municipalities_RegionId",
                table: "plan_municipalities",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_organisations_RegionId_Key",
                table: "plan_organisations",
                columns: new[] { "RegionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_pillars_RegionId_Key",
                table: "plan_pillars",
                columns: new[] { "RegionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_preconditions_PillarId",
                table: "plan_preconditions",
                column: "PillarId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_preconditions_RegionId_Key",
                table: "plan_preconditions",
                columns: new[] { "RegionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_progress_notes_ActionId",
                table: "plan_progress_notes",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_results_Deadline",
                table: "plan_results",
                column: "Deadline");

            migrationBuilder.CreateIndex(
                name: "IX_plan_results_GoalId",
                table: "plan_results",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_results_RegionId_Key",
                table: "plan_results",
                columns: new[] { "RegionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_target_groups_RegionId_Key",
                table: "plan_target_groups",
                columns: new[] { "RegionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_transformation_plans_PillarId",
                table: "plan_transformation_plans",
                column: "PillarId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_transformation_plans_RegionId_Key",
                table: "plan_transformation_plans",
                columns: new[] { "RegionId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "auth_api_tokens");

            migrationBuilder.DropTable(
                name: "auth_data_protection_keys");

            migrationBuilder.DropTable(
                name: "auth_pillar_leads");

            migrationBuilder.DropTable(
                name: "auth_role_claims");

            migrationBuilder.DropTable(
                name: "auth_user_claims");

            migrationBuilder.DropTable(
                name: "auth_user_logins");

            migrationBuilder.DropTable(
                name: "auth_user_roles");

            migrationBuilder.DropTable(
                name: "auth_user_tokens");

            migrationBuilder.DropTable(
                name: "capacity_forecasts");

            migrationBuilder.DropTable(
                name: "capacity_reports");

            migrationBuilder.DropTable(
                name: "capacity_reservations");

            migrationBuilder.DropTable(
                name: "caredirectory_addresses");

            migrationBuilder.DropTable(
                name: "caredirectory_cost_options");

            migrationBuilder.DropTable(
                name: "caredirectory_error_reports");

            migrationBuilder.DropTable(
                name: "caredirectory_languages");

            migrationBuilder.DropTable(
                name: "caredirectory_phones");

            migrationBuilder.DropTable(
                name: "caredirectory_referrals");

            migrationBuilder.DropTable(
                name: "caredirectory_schedules");

            migrationBuilder.DropTable(
                name: "caredirectory_service_areas");

            migrationBuilder.DropTable(
                name: "caredirectory_service_attributes");

            migrationBuilder.DropTable(
                name: "monitoring_measurement_revisions");

            migrationBuilder.DropTable(
                name: "monitoring_result_indicators");

            migrationBuilder.DropTable(
                name: "monitoring_stories");

            migrationBuilder.DropTable(
                name: "plan_chain_rollouts");

            migrationBuilder.DropTable(
                name: "plan_initiatives");

            migrationBuilder.DropTable(
                name: "plan_municipalities");

            migrationBuilder.DropTable(
                name: "plan_preconditions");

            migrationBuilder.DropTable(
                name: "plan_progress_notes");

            migrationBuilder.DropTable(
                name: "plan_results");

            migrationBuilder.DropTable(
                name: "plan_target_groups");

            migrationBuilder.DropTable(
                name: "plan_transformation_plans");

            migrationBuilder.DropTable(
                name: "auth_roles");

            migrationBuilder.DropTable(
                name: "auth_users");

            migrationBuilder.DropTable(
                name: "capacity_units");

            migrationBuilder.DropTable(
                name: "caredirectory_service_at_locations");

            migrationBuilder.DropTable(
                name: "caredirectory_taxonomy_terms");

            migrationBuilder.DropTable(
                name: "monitoring_measurements");

            migrationBuilder.DropTable(
                name: "plan_chain_approaches");

            migrationBuilder.DropTable(
                name: "plan_actions");

            migrationBuilder.DropTable(
                name: "capacity_locations");

            migrationBuilder.DropTable(
                name: "capacity_types");

            migrationBuilder.DropTable(
                name: "caredirectory_locations");

            migrationBuilder.DropTable(
                name: "caredirectory_services");

            migrationBuilder.DropTable(
                name: "caredirectory_taxonomies");

            migrationBuilder.DropTable(
                name: "monitoring_indicators");

            migrationBuilder.DropTable(
                name: "plan_goals");

            migrationBuilder.DropTable(
                name: "plan_organisations");

            migrationBuilder.DropTable(
                name: "caredirectory_organisations");

            migrationBuilder.DropTable(
                name: "plan_pillars");

            migrationBuilder.DropTable(
                name: "plan_regions");
        }
    }
}

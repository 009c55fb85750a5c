using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Audit;
using Regiokompas.Web.Common.Auth;

namespace Regiokompas.Web.Common.Data;

/// <summary>
/// The one database. Two thin subclasses exist only so that SQLite and PostgreSQL each get their
/// own migrations folder; the model is the same.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<TargetGroup> TargetGroups => Set<TargetGroup>();
    public DbSet<Pillar> Pillars => Set<Pillar>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<PlanResult> Results => Set<PlanResult>();
    public DbSet<PlanAction> Actions => Set<PlanAction>();
    public DbSet<ProgressNote> ProgressNotes => Set<ProgressNote>();
    public DbSet<TransformationPlan> TransformationPlans => Set<TransformationPlan>();
    public DbSet<ChainApproach> ChainApproaches => Set<ChainApproach>();
    public DbSet<ChainRollout> ChainRollouts => Set<ChainRollout>();
    public DbSet<Precondition> Preconditions => Set<Precondition>();
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>
    /// Set by a bulk import that writes its own single audit entry with counts: the interceptor then still
    /// bumps versions but writes no row per field.
    /// </summary>
    public bool AuditAsSummary { get; set; }
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<PillarLeadAssignment> PillarLeadAssignments => Set<PillarLeadAssignment>();

    /// <summary>Cookie and antiforgery keys live in the database, so every app instance can read what another issued.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        AuthModel.Configure(builder);
        builder.Entity<DataProtectionKey>().ToTable("auth_data_protection_keys");
        builder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entries");
            e.HasIndex(a => new { a.EntityType, a.EntityKey, a.AtUtc });
            e.HasIndex(a => a.AtUtc);
            e.Property(a => a.EntityType).HasMaxLength(100);
            e.Property(a => a.EntityKey).HasMaxLength(200);
            e.Property(a => a.Operation).HasMaxLength(20);
            e.Property(a => a.Field).HasMaxLength(100);
            e.Property(a => a.UserName).HasMaxLength(256);
        });
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Enums are stored as readable text, so the database and the audit trail can be read by people.
        builder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);

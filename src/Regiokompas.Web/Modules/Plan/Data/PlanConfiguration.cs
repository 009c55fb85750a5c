using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regiokompas.Domain.Plan;

namespace Regiokompas.Web.Modules.Plan.Data;

internal static class PlanItemMapping
{
    /// <summary>Shared mapping for everything a plan file names: key unique per region, version as concurrency token.</summary>
    public static void MapPlanItem<T>(this EntityTypeBuilder<T> e, string table) where T : PlanItem
    {
        e.ToTable(table);
        e.HasKey(x => x.Id);
        e.Property(x => x.RegionId).HasMaxLength(80);
        e.Property(x => x.Key).HasMaxLength(80);
        e.HasIndex(x => new { x.RegionId, x.Key }).IsUnique();
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Cascade);
        // Retired items leave every current view; the editor, import and versions ask with IgnoreQueryFilters.
        e.HasQueryFilter(x => x.RetiredAtUtc == null);
    }
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> e)
    {
        e.ToTable("plan_regions");
        e.Property(r => r.Id).HasMaxLength(80);
        e.Property(r => r.Name).HasMaxLength(300);
        e.Property(r => r.PlanTitle).HasMaxLength(300);
        e.Property(r => r.Version).IsConcurrencyToken();
        e.HasMany(r => r.Municipalities).WithOne().HasForeignKey(m => m.RegionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> e)
    {
        e.ToTable("plan_municipalities");
        e.HasKey(m => m.Code);
        e.Property(m => m.Code).HasMaxLength(6);
        e.Property(m => m.Name).HasMaxLength(200);
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> e)
    {
        e.MapPlanItem("plan_organisations");
        e.Property(o => o.Name).HasMaxLength(300);
        e.Property(o => o.Website).HasMaxLength(500);
        e.Property(o => o.Contact).HasMaxLength(300);
    }
}

internal sealed class TargetGroupConfiguration : IEntityTypeConfiguration<TargetGroup>
{
    public void Configure(EntityTypeBuilder<TargetGroup> e)
    {
        e.MapPlanItem("plan_target_groups");
        e.Property(o => o.Name).HasMaxLength(300);
    }
}

internal sealed class PillarConfiguration : IEntityTypeConfiguration<Pillar>
{
    public void Configure(EntityTypeBuilder<Pillar> e)
    {
        e.MapPlanItem("plan_pillars");
        e.Property(p => p.Name).HasMaxLength(300);
        e.HasMany(p => p.Goals).WithOne().HasForeignKey(g => g.PillarId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> e)
    {
        e.MapPlanItem("plan_goals");
        e.Property(p => p.Title).HasMaxLength(300);
        e.HasMany(g => g.Results).WithOne().HasForeignKey(r => r.GoalId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ResultConfiguration : IEntityTypeConfiguration<PlanResult>
{
    public void Configure(EntityTypeBuilder<PlanResult> e)
    {
        e.MapPlanItem("plan_results");
        e.Property(p => p.Title).HasMaxLength(300);
        e.HasIndex(p => p.Deadline);
    }
}

internal sealed class ActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> e)
    {
        e.MapPlanItem("plan_actions");
        e.Property(p => p.Title).HasMaxLength(300);
        e.HasOne<Pillar>().WithMany().HasForeignKey(a => a.PillarId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Goal>().WithMany().HasForeignKey(a => a.GoalId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(a => a.Notes).WithOne().HasForeignKey(n => n.ActionId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(a => a.Due);
    }
}

internal sealed class ProgressNoteConfiguration : IEntityTypeConfiguration<ProgressNote>
{
    public void Configure(EntityTypeBuilder<ProgressNote> e)
    {
        e.ToTable("plan_progress_notes");
        e.Property(n => n.Author).HasMaxLength(256);
    }
}

internal sealed class TransformationPlanConfiguration : IEntityTypeConfiguration<TransformationPlan>
{
    public void Configure(EntityTypeBuilder<TransformationPlan> e)
    {
        e.MapPlanItem("plan_transformation_plans");
        e.Property(p => p.Title).HasMaxLength(300);
        e.Property(p => p.Budget).HasConversion<double?>();
        e.Property(p => p.GrantedBudget).HasConversion<double?>();
        e.HasOne<Pillar>().WithMany().HasForeignKey(p => p.PillarId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ChainApproachConfiguration : IEntityTypeConfiguration<ChainApproach>
{
    public void Configure(EntityTypeBuilder<ChainApproach> e)
    {
        e.MapPlanItem("plan_chain_approaches");
        e.Property(p => p.Name).HasMaxLength(300);
        e.HasMany(c => c.Rollout).WithOne().HasForeignKey(r => r.ChainApproachId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChainRolloutConfiguration : IEntityTypeConfiguration<ChainRollout>
{
    public void Configure(EntityTypeBuilder<ChainRollout> e)
    {
        e.ToTable("plan_chain_rollouts");
        e.Property(r => r.MunicipalityCode).HasMaxLength(6);
        e.HasIndex(r => new { r.ChainApproachId, r.MunicipalityCode }).IsUnique();
        e.Property(r => r.Version).IsConcurrencyToken();
    }
}

internal sealed class PreconditionConfiguration : IEntityTypeConfiguration<Precondition>
{
    public void Configure(EntityTypeBuilder<Precondition> e)
    {
        e.MapPlanItem("plan_preconditions");
        e.Property(p => p.Title).HasMaxLength(300);
        e.Property(p => p.FollowUpNote).HasMaxLength(4000);
        e.HasOne<Pillar>().WithMany().HasForeignKey(p => p.PillarId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> e)
    {
        e.MapPlanItem("plan_initiatives");
        e.Property(p => p.Name).HasMaxLength(300);
        e.HasOne<Pillar>().WithMany().HasForeignKey(p => p.PillarId).OnDelete(DeleteBehavior.SetNull);
    }
}

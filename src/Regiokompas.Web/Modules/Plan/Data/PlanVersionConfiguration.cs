using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regiokompas.Domain.Plan;

namespace Regiokompas.Web.Modules.Plan.Data;

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> e)
    {
        e.ToTable("plan_versions");
        e.Property(v => v.RegionId).HasMaxLength(80);
        e.Property(v => v.Label).HasMaxLength(300);
        e.Property(v => v.CreatedBy).HasMaxLength(256);
        e.HasIndex(v => new { v.RegionId, v.Number }).IsUnique();
        e.HasOne<Region>().WithMany().HasForeignKey(v => v.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}

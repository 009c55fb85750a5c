using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regiokompas.Domain.Governance;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;

namespace Regiokompas.Web.Modules.Governance.Data;

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> e)
    {
        e.ToTable("governance_milestones");
        e.HasKey(m => m.Id);
        e.Property(m => m.Id).ValueGeneratedNever();
        e.Property(m => m.RegionId).HasMaxLength(80);
        e.Property(m => m.Title).HasMaxLength(Milestone.MaxTitleLength);
        e.Property(m => m.PillarKey).HasMaxLength(80);
        e.Property(m => m.ActionKey).HasMaxLength(80);
        e.Property(m => m.Version).IsConcurrencyToken();
        e.HasIndex(m => new { m.RegionId, m.Due });
        e.HasOne<Region>().WithMany().HasForeignKey(m => m.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DigestReceiptConfiguration : IEntityTypeConfiguration<DigestReceipt>
{
    public void Configure(EntityTypeBuilder<DigestReceipt> e)
    {
        e.ToTable("governance_digest_receipts");
        e.UtcTimes();
        e.HasKey(r => r.UserId);
        e.Property(r => r.Version).IsConcurrencyToken();
        e.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> e)
    {
        e.ToTable("governance_budget_lines");
        e.HasKey(b => b.Id);
        e.Property(b => b.Id).ValueGeneratedNever();
        e.Property(b => b.RegionId).HasMaxLength(80);
        e.Property(b => b.PillarKey).HasMaxLength(80);
        // Amounts are summed in memory; double keeps SQLite able to store and compare them.
        e.Property(b => b.Allocated).HasConversion<double>();
        e.Property(b => b.Committed).HasConversion<double>();
        e.Property(b => b.Spent).HasConversion<double>();
        e.Property(b => b.Version).IsConcurrencyToken();
        e.HasIndex(b => new { b.RegionId, b.Year, b.Fund, b.Part, b.PillarKey }).IsUnique();
        e.HasOne<Region>().WithMany().HasForeignKey(b => b.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}

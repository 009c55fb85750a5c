using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Web.Modules.Monitoring.Data;

internal sealed class CbsConnectorMappingConfiguration : IEntityTypeConfiguration<CbsConnectorMapping>
{
    public void Configure(EntityTypeBuilder<CbsConnectorMapping> e)
    {
        e.ToTable("monitoring_cbs_mappings");
        e.HasKey(m => m.Id);
        e.Property(m => m.RegionId).HasMaxLength(80);
        e.Property(m => m.TableId).HasMaxLength(20);
        e.Property(m => m.MeasureCode).HasMaxLength(40);
        e.Property(m => m.DimensionFilter).HasMaxLength(500);
        e.Property(m => m.IndicatorCode).HasMaxLength(80);
        e.Property(m => m.Version).IsConcurrencyToken();
        e.HasIndex(m => new { m.RegionId, m.TableId });
    }
}

internal sealed class RegionNarrativeConfiguration : IEntityTypeConfiguration<RegionNarrative>
{
    public void Configure(EntityTypeBuilder<RegionNarrative> e)
    {
        e.ToTable("monitoring_region_narratives");
        e.HasKey(n => n.Id);
        e.Property(n => n.RegionId).HasMaxLength(80);
        e.Property(n => n.Theme).HasMaxLength(40);
        e.Property(n => n.Text).HasMaxLength(RegionNarrative.MaxTextLength);
        e.Property(n => n.WrittenBy).HasMaxLength(200);
        e.Property(n => n.Version).IsConcurrencyToken();
        e.HasIndex(n => new { n.RegionId, n.Theme }).IsUnique();
    }
}

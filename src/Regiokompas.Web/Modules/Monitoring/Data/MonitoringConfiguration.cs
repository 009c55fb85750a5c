using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Web.Modules.Monitoring.Data;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> e)
    {
        e.ToTable("monitoring_indicators");
        e.HasKey(i => i.Id);
        e.Property(i => i.Code).HasMaxLength(80);
        e.HasIndex(i => i.Code).IsUnique();
        e.Property(i => i.RegionId).HasMaxLength(80);
        e.Property(i => i.Name).HasMaxLength(300);
        e.Property(i => i.Definition).HasMaxLength(2000);
        e.Property(i => i.NumeratorLabel).HasMaxLength(300);
        e.Property(i => i.DenominatorLabel).HasMaxLength(300);
        e.Property(i => i.SourceNote).HasMaxLength(500);
        e.Property(i => i.OwnerKey).HasMaxLength(80);
        e.Property(i => i.SuppressionOptOutReason).HasMaxLength(500);
        e.Property(i => i.Version).IsConcurrencyToken();
        e.Ignore(i => i.HasFraction);
        e.Ignore(i => i.IsShare);
        e.Ignore(i => i.AllowsNegative);
        e.Ignore(i => i.MaxValue);
        e.Ignore(i => i.IsRetired);
    }
}

internal sealed class IndicatorOwnerConfiguration : IEntityTypeConfiguration<IndicatorOwner>
{
    public void Configure(EntityTypeBuilder<IndicatorOwner> e)
    {
        e.ToTable("monitoring_indicator_owners");
        e.HasKey(o => o.Id);
        e.Property(o => o.RegionId).HasMaxLength(80);
        e.Property(o => o.IndicatorCode).HasMaxLength(80);
        e.Property(o => o.OrganisationKey).HasMaxLength(80);
        e.Property(o => o.Version).IsConcurrencyToken();
        // One owner per indicator and region.
        e.HasIndex(o => new { o.RegionId, o.IndicatorCode }).IsUnique();
    }
}

internal sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> e)
    {
        e.ToTable("monitoring_measurements");
        e.HasKey(m => m.Id);
        e.Property(m => m.IndicatorCode).HasMaxLength(80);
        e.Property(m => m.AreaCode).HasMaxLength(80);
        e.Property(m => m.AgeGroup).HasMaxLength(40);
        e.Property(m => m.PeriodCode).HasMaxLength(10);
        e.Property(m => m.Note).HasMaxLength(MeasurementValidator.MaxNoteLength);
        e.Property(m => m.SubmittedBy).HasMaxLength(256);
        e.Property(m => m.PublishedBy).HasMaxLength(256);
        e.Property(m => m.Version).IsConcurrencyToken();
        // One figure per key: a second import of the same key is a correction, never a second row.
        e.HasIndex(m => new { m.IndicatorCode, m.AreaCode, m.PeriodCode, m.AgeGroup }).IsUnique();
        // Series for charts and the status rule: one indicator, one area, in time order.
        e.HasIndex(m => new { m.IndicatorId, m.AreaCode, m.PeriodStart });
        // The coordinator's check: a region's submitted figures, found without scanning the whole table.
        e.HasIndex(m => new { m.State, m.AreaCode });
        e.HasOne<Indicator>().WithMany().HasForeignKey(m => m.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(m => m.Revisions).WithOne().HasForeignKey(r => r.MeasurementId).OnDelete(DeleteBehavior.Cascade);
        e.Ignore(m => m.Period);
        e.Ignore(m => m.Key);
        e.Ignore(m => m.IsPublished);
    }
}

internal sealed class MeasurementRevisionConfiguration : IEntityTypeConfiguration<MeasurementRevision>
{
    public void Configure(EntityTypeBuilder<MeasurementRevision> e)
    {
        e.ToTable("monitoring_measurement_revisions");
        e.HasKey(r => r.Id);
        e.Property(r => r.Note).HasMaxLength(MeasurementValidator.MaxNoteLength);
        e.Property(r => r.SubmittedBy).HasMaxLength(256);
        e.Property(r => r.ReplacedBy).HasMaxLength(256);
    }
}

internal sealed class ResultIndicatorConfiguration : IEntityTypeConfiguration<ResultIndicator>
{
    public void Configure(EntityTypeBuilder<ResultIndicator> e)
    {
        e.ToTable("monitoring_result_indicators");
        e.HasKey(l => l.Id);
        e.Property(l => l.RegionId).HasMaxLength(80);
        e.Property(l => l.ResultKey).HasMaxLength(80);
        e.Property(l => l.IndicatorCode).HasMaxLength(80);
        e.Property(l => l.AreaCode).HasMaxLength(80);
        e.Property(l => l.Version).IsConcurrencyToken();
        e.HasIndex(l => new { l.RegionId, l.ResultKey, l.IndicatorCode, l.AreaCode }).IsUnique();
    }
}

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> e)
    {
        e.ToTable("monitoring_stories");
        e.HasKey(s => s.Id);
        e.Property(s => s.RegionId).HasMaxLength(80);
        e.Property(s => s.Title).HasMaxLength(300);
        e.Property(s => s.Text).HasMaxLength(Story.MaxTextLength);
        e.Property(s => s.MunicipalityCode).HasMaxLength(6);
        e.Property(s => s.ConsentRecordedBy).HasMaxLength(256);
        e.Property(s => s.Version).IsConcurrencyToken();
        e.HasIndex(s => new { s.RegionId, s.Date });
        e.Ignore(s => s.HasConsent);
    }
}

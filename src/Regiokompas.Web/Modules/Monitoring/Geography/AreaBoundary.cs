using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regiokompas.Domain.Common;

namespace Regiokompas.Web.Modules.Monitoring.Geography;

/// <summary>
/// The outline of one area in one year, as GeoJSON text in WGS84. Text rather than a spatial
/// column: SQLite has no geometry type without SpatiaLite, and the map only draws the shapes.
/// Not audited per row; the import that wrote it is (<see cref="BoundaryImport"/>).
/// </summary>
public sealed class AreaBoundary
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string AreaCode { get; set; }
    public required string Name { get; set; }
    public required string GeometryGeoJson { get; set; }
    public required string Source { get; set; }
    public required string Attribution { get; set; }
    public required string ImportedBy { get; set; }
    public DateTime ImportedAtUtc { get; set; }
}

/// <summary>One import of a year's boundaries with its counts: the single audit entry an import leaves.</summary>
public sealed class BoundaryImport : IAudited
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string Source { get; set; }
    public required string Attribution { get; set; }
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Removed { get; set; }
    public int Skipped { get; set; }
    public required string ImportedBy { get; set; }
    public DateTime ImportedAtUtc { get; set; }

    public string AuditKey => $"gemeentegrenzen-{Year}";
    public string? AuditRegionId => null;
}

internal sealed class AreaBoundaryConfiguration : IEntityTypeConfiguration<AreaBoundary>
{
    public void Configure(EntityTypeBuilder<AreaBoundary> e)
    {
        e.ToTable("monitoring_area_boundaries");
        e.HasKey(b => b.Id);
        e.Property(b => b.AreaCode).HasMaxLength(20);
        e.Property(b => b.Name).HasMaxLength(200);
        e.Property(b => b.Source).HasMaxLength(300);
        e.Property(b => b.Attribution).HasMaxLength(300);
        e.Property(b => b.ImportedBy).HasMaxLength(256);
        // One outline per area and year: a re-import replaces, never duplicates.
        e.HasIndex(b => new { b.Year, b.AreaCode }).IsUnique();
        e.HasIndex(b => b.AreaCode);
    }
}

internal sealed class BoundaryImportConfiguration : IEntityTypeConfiguration<BoundaryImport>
{
    public void Configure(EntityTypeBuilder<BoundaryImport> e)
    {
        e.ToTable("monitoring_boundary_imports");
        e.HasKey(b => b.Id);
        e.Property(b => b.Source).HasMaxLength(300);
        e.Property(b => b.Attribution).HasMaxLength(300);
        e.Property(b => b.ImportedBy).HasMaxLength(256);
        e.Ignore(b => b.AuditKey);
        e.Ignore(b => b.AuditRegionId);
    }
}

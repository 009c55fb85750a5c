using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Capacity.Forecasting;
using Regiokompas.Domain.Plan;

namespace Regiokompas.Web.Modules.Capacity.Data;

internal static class UtcMapping
{
    private static readonly ValueConverter<DateTime, DateTime> Utc = new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    private static readonly ValueConverter<DateTime?, DateTime?> UtcOrNull = new(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);

    /// <summary>SQLite hands times back without a kind; every capacity time is UTC, so say so on the way out.</summary>
    public static void UtcTimes<T>(this EntityTypeBuilder<T> e) where T : class
    {
        foreach (var p in typeof(T).GetProperties())
        {
            if (p.PropertyType == typeof(DateTime)) e.Property<DateTime>(p.Name).HasConversion(Utc);
            else if (p.PropertyType == typeof(DateTime?)) e.Property<DateTime?>(p.Name).HasConversion(UtcOrNull);
        }
    }
}

internal sealed class CapacityTypeConfiguration : IEntityTypeConfiguration<CapacityType>
{
    public void Configure(EntityTypeBuilder<CapacityType> e)
    {
        e.ToTable("capacity_types");
        e.UtcTimes();
        e.HasKey(t => t.Code);
        e.Property(t => t.Code).HasMaxLength(40);
        e.Property(t => t.Name).HasMaxLength(200);
        e.Property(t => t.Version).IsConcurrencyToken();
    }
}

internal sealed class CapacityLocationConfiguration : IEntityTypeConfiguration<CapacityLocation>
{
    public void Configure(EntityTypeBuilder<CapacityLocation> e)
    {
        e.ToTable("capacity_locations");
        e.UtcTimes();
        e.Property(l => l.RegionId).HasMaxLength(80);
        e.Property(l => l.Name).HasMaxLength(200);
        e.Property(l => l.MunicipalityCode).HasMaxLength(6);
        e.Property(l => l.Address).HasMaxLength(300);
        e.Property(l => l.Version).IsConcurrencyToken();
        e.HasIndex(l => new { l.OrganisationId, l.Name }).IsUnique();
        e.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CapacityUnitConfiguration : IEntityTypeConfiguration<CapacityUnit>
{
    public void Configure(EntityTypeBuilder<CapacityUnit> e)
    {
        e.ToTable("capacity_units");
        e.UtcTimes();
        e.HasKey(u => u.Id);
        e.Property(u => u.Id).ValueGeneratedNever();
        e.Property(u => u.RegionId).HasMaxLength(80);
        e.Property(u => u.MunicipalityCode).HasMaxLength(6);
        e.Property(u => u.TypeCode).HasMaxLength(40);
        e.Property(u => u.Name).HasMaxLength(200);
        e.Property(u => u.BlockedReason).HasMaxLength(300);
        e.Property(u => u.AdmissionStopReason).HasMaxLength(300);
        // The hold transaction checks and bumps this, so a missed lock still cannot overbook.
        e.Property(u => u.Version).IsConcurrencyToken();
        e.HasIndex(u => new { u.RegionId, u.TypeCode });
        e.HasIndex(u => u.OrganisationId);
        e.HasOne<CapacityType>().WithMany().HasForeignKey(u => u.TypeCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CapacityLocation>().WithMany().HasForeignKey(u => u.LocationId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(u => u.Reservations).WithOne().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        e.Navigation(u => u.Reservations).UsePropertyAccessMode(PropertyAccessMode.Property);
    }
}

internal sealed class AvailabilityReportConfiguration : IEntityTypeConfiguration<AvailabilityReport>
{
    public void Configure(EntityTypeBuilder<AvailabilityReport> e)
    {
        e.ToTable("capacity_reports");
        e.UtcTimes();
        e.Property(r => r.RegionId).HasMaxLength(80);
        e.Property(r => r.Reporter).HasMaxLength(200);
        e.Property(r => r.BlockedReason).HasMaxLength(300);
        e.Property(r => r.AdmissionStopReason).HasMaxLength(300);
        e.HasIndex(r => new { r.UnitId, r.ReceivedAtUtc });
        e.HasOne<CapacityUnit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReservationConfiguration : IEntityTypeConfiguration<Reservation>
{
    public void Configure(EntityTypeBuilder<Reservation> e)
    {
        e.ToTable("capacity_reservations");
        e.UtcTimes();
        e.HasKey(r => r.Id);
        e.Property(r => r.Id).ValueGeneratedNever();
        e.Property(r => r.RegionId).HasMaxLength(80);
        e.Property(r => r.TypeCode).HasMaxLength(40);
        e.Property(r => r.IdempotencyKey).HasMaxLength(100);
        e.Property(r => r.IdempotencyScope).HasMaxLength(80);
        e.Property(r => r.Requester).HasMaxLength(200);
        e.Property(r => r.PatientReference).HasMaxLength(40);
        e.Property(r => r.EndReason).HasMaxLength(500);
        e.Property(r => r.Version).IsConcurrencyToken();
        // One idempotency key, one reservation: also across app instances. Keys are per organisation (or account),
        // so another party's key never finds this reservation.
        e.HasIndex(r => new { r.IdempotencyScope, r.IdempotencyKey }).IsUnique();
        e.HasIndex(r => new { r.UnitId, r.Status });
        e.HasIndex(r => new { r.Status, r.ExpiresAtUtc });
    }
}

internal sealed class RequestingOrganisationConfiguration : IEntityTypeConfiguration<RequestingOrganisation>
{
    public void Configure(EntityTypeBuilder<RequestingOrganisation> e)
    {
        e.ToTable("capacity_requesting_organisations");
        e.UtcTimes();
        e.HasKey(x => new { x.OrganisationId, x.RegionId });
        e.Property(x => x.RegionId).HasMaxLength(80);
    }
}

internal sealed class CapacityForecastConfiguration : IEntityTypeConfiguration<CapacityForecast>
{
    public void Configure(EntityTypeBuilder<CapacityForecast> e)
    {
        e.ToTable("capacity_forecasts");
        e.UtcTimes();
        e.Property(f => f.RegionId).HasMaxLength(80);
        e.Property(f => f.TypeCode).HasMaxLength(40);
        e.Property(f => f.Method).HasMaxLength(40);
        e.HasIndex(f => new { f.RegionId, f.TypeCode, f.OriginDate, f.Method, f.Horizon }).IsUnique();
        e.HasIndex(f => new { f.RegionId, f.TypeCode, f.TargetDate });
    }
}

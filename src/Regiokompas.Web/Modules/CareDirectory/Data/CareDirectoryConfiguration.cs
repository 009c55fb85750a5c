using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regiokompas.Domain.CareDirectory;

namespace Regiokompas.Web.Modules.CareDirectory.Data;

internal sealed class CareOrganisationConfiguration : IEntityTypeConfiguration<CareOrganisation>
{
    public void Configure(EntityTypeBuilder<CareOrganisation> e)
    {
        e.ToTable("caredirectory_organisations");
        e.Property("Id").ValueGeneratedNever();
        e.Property(o => o.Name).HasMaxLength(300);
        e.Property(o => o.AlternateName).HasMaxLength(300);
        e.Property(o => o.Email).HasMaxLength(300);
        e.Property(o => o.Website).HasMaxLength(500);
        e.Property(o => o.KvkNumber).HasMaxLength(20);
        e.Property(o => o.AgbCode).HasMaxLength(20);
        e.Property(o => o.Version).IsConcurrencyToken();
        e.HasIndex(o => o.PlanOrganisationId);
        e.HasMany(o => o.Phones).WithOne().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CareServiceConfiguration : IEntityTypeConfiguration<CareService>
{
    public void Configure(EntityTypeBuilder<CareService> e)
    {
        e.ToTable("caredirectory_services");
        e.Property("Id").ValueGeneratedNever();
        e.Property(s => s.Name).HasMaxLength(CareService.MaxNameLength);
        e.Property(s => s.AlternateName).HasMaxLength(300);
        e.Property(s => s.B1Summary).HasMaxLength(CareService.MaxSummaryLength);
        e.Property(s => s.Url).HasMaxLength(500);
        e.Property(s => s.Email).HasMaxLength(300);
        e.Property(s => s.AssurerEmail).HasMaxLength(300);
        e.Property(s => s.WaitTime).HasMaxLength(300);
        e.Property(s => s.Version).IsConcurrencyToken();
        e.HasIndex(s => s.OrganisationId);
        e.HasIndex(s => s.LastModifiedUtc);
        e.HasIndex(s => s.AssuredDate);
        e.HasOne(s => s.Organisation).WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(s => s.Phones).WithOne().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(s => s.Schedules).WithOne().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(s => s.ServiceAreas).WithOne().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(s => s.Languages).WithOne().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(s => s.CostOptions).WithOne().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(s => s.Locations).WithOne().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(s => s.Attributes).WithOne().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CareLocationConfiguration : IEntityTypeConfiguration<CareLocation>
{
    public void Configure(EntityTypeBuilder<CareLocation> e)
    {
        e.ToTable("caredirectory_locations");
        e.Property("Id").ValueGeneratedNever();
        e.Property(l => l.Name).HasMaxLength(300);
        e.Property(l => l.MunicipalityCode).HasMaxLength(6);
        e.Property(l => l.DistrictCode).HasMaxLength(8);
        e.Property(l => l.Version).IsConcurrencyToken();
        e.HasIndex(l => l.MunicipalityCode);
        e.HasOne<CareOrganisation>().WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        e.HasMany(l => l.Addresses).WithOne().HasForeignKey(a => a.LocationId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(l => l.Phones).WithOne().HasForeignKey(p => p.LocationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceAtLocationConfiguration : IEntityTypeConfiguration<ServiceAtLocation>
{
    public void Configure(EntityTypeBuilder<ServiceAtLocation> e)
    {
        e.ToTable("caredirectory_service_at_locations");
        e.Property("Id").ValueGeneratedNever();
        e.HasOne(s => s.Location).WithMany().HasForeignKey(s => s.LocationId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(s => s.Schedules).WithOne().HasForeignKey(p => p.ServiceAtLocationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(s => new { s.ServiceId, s.LocationId });
    }
}

internal sealed class CareAddressConfiguration : IEntityTypeConfiguration<CareAddress>
{
    public void Configure(EntityTypeBuilder<CareAddress> e)
    {
        e.ToTable("caredirectory_addresses");
        e.Property("Id").ValueGeneratedNever();
        e.Property(a => a.Address1).HasMaxLength(300);
        e.Property(a => a.Address2).HasMaxLength(300);
        e.Property(a => a.City).HasMaxLength(200);
        e.Property(a => a.PostalCode).HasMaxLength(20);
        e.Property(a => a.Country).HasMaxLength(2);
        e.Property(a => a.AddressType).HasMaxLength(20);
    }
}

internal sealed class CarePhoneConfiguration : IEntityTypeConfiguration<CarePhone>
{
    public void Configure(EntityTypeBuilder<CarePhone> e)
    {
        e.ToTable("caredirectory_phones");
        e.Property("Id").ValueGeneratedNever();
        e.Property(p => p.Number).HasMaxLength(50);
        e.Property(p => p.Type).HasMaxLength(20);
    }
}

internal sealed class CareScheduleConfiguration : IEntityTypeConfiguration<CareSchedule>
{
    public void Configure(EntityTypeBuilder<CareSchedule> e)
    {
        e.ToTable("caredirectory_schedules");
        e.Property("Id").ValueGeneratedNever();
        e.Property(s => s.Freq).HasMaxLength(10);
        e.Property(s => s.ByDay).HasMaxLength(40);
    }
}

internal sealed class ServiceAreaConfiguration : IEntityTypeConfiguration<ServiceArea>
{
    public void Configure(EntityTypeBuilder<ServiceArea> e)
    {
        e.ToTable("caredirectory_service_areas");
        e.Property("Id").ValueGeneratedNever();
        e.Property(a => a.Name).HasMaxLength(300);
        e.Property(a => a.MunicipalityCode).HasMaxLength(6);
        e.HasIndex(a => a.MunicipalityCode);
    }
}

internal sealed class ServiceLanguageConfiguration : IEntityTypeConfiguration<ServiceLanguage>
{
    public void Configure(EntityTypeBuilder<ServiceLanguage> e)
    {
        e.ToTable("caredirectory_languages");
        e.Property("Id").ValueGeneratedNever();
        e.Property(l => l.Code).HasMaxLength(10);
        e.Property(l => l.Name).HasMaxLength(100);
    }
}

internal sealed class CostOptionConfiguration : IEntityTypeConfiguration<CostOption>
{
    public void Configure(EntityTypeBuilder<CostOption> e)
    {
        e.ToTable("caredirectory_cost_options");
        e.Property("Id").ValueGeneratedNever();
        e.Property(c => c.Currency).HasMaxLength(3);
        // SQLite stores decimal as text; double keeps it comparable in SQL on both databases.
        e.Property(c => c.Amount).HasConversion<double?>();
    }
}

internal sealed class TaxonomyConfiguration : IEntityTypeConfiguration<Taxonomy>
{
    public void Configure(EntityTypeBuilder<Taxonomy> e)
    {
        e.ToTable("caredirectory_taxonomies");
        e.Property(t => t.Id).ValueGeneratedNever();
        e.Property(t => t.Name).HasMaxLength(200);
    }
}

internal sealed class TaxonomyTermConfiguration : IEntityTypeConfiguration<TaxonomyTerm>
{
    public void Configure(EntityTypeBuilder<TaxonomyTerm> e)
    {
        e.ToTable("caredirectory_taxonomy_terms");
        e.Property("Id").ValueGeneratedNever();
        e.Property(t => t.Code).HasMaxLength(80);
        e.Property(t => t.Name).HasMaxLength(200);
        e.HasIndex(t => new { t.TaxonomyId, t.Code });
        e.HasOne<Taxonomy>().WithMany().HasForeignKey(t => t.TaxonomyId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ServiceAttributeConfiguration : IEntityTypeConfiguration<ServiceAttribute>
{
    public void Configure(EntityTypeBuilder<ServiceAttribute> e)
    {
        e.ToTable("caredirectory_service_attributes");
        e.Property("Id").ValueGeneratedNever();
        e.HasOne<TaxonomyTerm>().WithMany().HasForeignKey(a => a.TaxonomyTermId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ErrorReportConfiguration : IEntityTypeConfiguration<ErrorReport>
{
    public void Configure(EntityTypeBuilder<ErrorReport> e)
    {
        e.ToTable("caredirectory_error_reports");
        e.Property("Id").ValueGeneratedNever();
        e.Property(r => r.Message).HasMaxLength(ErrorReport.MaxMessageLength);
        e.Property(r => r.ContactEmail).HasMaxLength(300);
        e.Property(r => r.ResolvedBy).HasMaxLength(200);
        e.Property(r => r.Version).IsConcurrencyToken();
        e.HasIndex(r => new { r.ServiceId, r.Status });
        e.HasOne<CareService>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WellbeingReferralConfiguration : IEntityTypeConfiguration<WellbeingReferral>
{
    public void Configure(EntityTypeBuilder<WellbeingReferral> e)
    {
        e.ToTable("caredirectory_referrals");
        e.Property("Id").ValueGeneratedNever();
        e.Property(r => r.ReferrerName).HasMaxLength(200);
        e.Property(r => r.ReferrerUserId).HasMaxLength(450);
        e.HasIndex(r => r.ReferrerUserId);
        e.HasIndex(r => r.ReferrerOrganisationId);
        e.Property(r => r.ResidentInitials).HasMaxLength(10);
        e.Property(r => r.ResidentContact).HasMaxLength(200);
        e.Property(r => r.Note).HasMaxLength(WellbeingReferral.MaxNoteLength);
        e.Property(r => r.NotStartedReason).HasMaxLength(500);
        e.Property(r => r.Version).IsConcurrencyToken();
        e.HasIndex(r => r.ServiceId);
        e.HasOne<CareService>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

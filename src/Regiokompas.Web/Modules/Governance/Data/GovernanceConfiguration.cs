using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Regiokompas.Domain.Governance;
using Regiokompas.Domain.Plan;

namespace Regiokompas.Web.Modules.Governance.Data;

internal static class GovernanceMapping
{
    private static readonly ValueConverter<DateTime, DateTime> Utc = new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    private static readonly ValueConverter<DateTime?, DateTime?> UtcOrNull = new(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);

    /// <summary>SQLite returns times without a kind; every governance time is UTC.</summary>
    public static void UtcTimes<T>(this EntityTypeBuilder<T> e) where T : class
    {
        foreach (var p in typeof(T).GetProperties())
        {
            if (p.PropertyType == typeof(DateTime)) e.Property<DateTime>(p.Name).HasConversion(Utc);
            else if (p.PropertyType == typeof(DateTime?)) e.Property<DateTime?>(p.Name).HasConversion(UtcOrNull);
        }
    }
}

internal sealed class GovernanceBodyConfiguration : IEntityTypeConfiguration<GovernanceBody>
{
    public void Configure(EntityTypeBuilder<GovernanceBody> e)
    {
        e.ToTable("governance_bodies");
        e.HasKey(b => b.Id);
        e.Property(b => b.RegionId).HasMaxLength(80);
        e.Property(b => b.Key).HasMaxLength(80);
        e.HasIndex(b => new { b.RegionId, b.Key }).IsUnique();
        e.Property(b => b.Name).HasMaxLength(200);
        e.Property(b => b.Mandate).HasMaxLength(4000);
        e.Property(b => b.Chair).HasMaxLength(200);
        e.Property(b => b.Secretary).HasMaxLength(200);
        e.Property(b => b.ContactRole).HasMaxLength(200);
        e.Property(b => b.ContactEmail).HasMaxLength(254);
        e.Property(b => b.PublicContactName).HasMaxLength(200);
        e.Property(b => b.Version).IsConcurrencyToken();
        e.HasOne<Region>().WithMany().HasForeignKey(b => b.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> e)
    {
        e.ToTable("governance_meetings");
        e.UtcTimes();
        e.HasKey(m => m.Id);
        e.Property(m => m.Id).ValueGeneratedNever();
        e.Property(m => m.RegionId).HasMaxLength(80);
        e.Property(m => m.BodyKey).HasMaxLength(80);
        e.Property(m => m.Location).HasMaxLength(300);
        e.Property(m => m.VideoLink).HasMaxLength(500);
        e.Property(m => m.Minutes).HasMaxLength(Meeting.MaxMinutesLength);
        e.Property(m => m.Version).IsConcurrencyToken();
        e.HasIndex(m => new { m.BodyId, m.StartsAtUtc });
        e.HasOne<GovernanceBody>().WithMany().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(m => m.AgendaItems).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> e)
    {
        e.ToTable("governance_agenda_items");
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).ValueGeneratedNever();
        e.Property(a => a.RegionId).HasMaxLength(80);
        e.Property(a => a.Title).HasMaxLength(300);
        e.Property(a => a.PlanItemKey).HasMaxLength(80);
        e.Property(a => a.PillarKey).HasMaxLength(80);
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> e)
    {
        e.ToTable("governance_decisions");
        e.UtcTimes();
        e.HasKey(d => d.Id);
        e.Property(d => d.Id).ValueGeneratedNever();
        e.Property(d => d.RegionId).HasMaxLength(80);
        e.Property(d => d.Title).HasMaxLength(300);
        e.Property(d => d.Proposal).HasMaxLength(Decision.MaxTextLength);
        e.Property(d => d.AmendedProposal).HasMaxLength(Decision.MaxTextLength);
        e.Property(d => d.ProposedBy).HasMaxLength(300);
        e.Property(d => d.WithdrawalReason).HasMaxLength(Decision.MaxTextLength);
        e.Property(d => d.PlanItemKey).HasMaxLength(80);
        e.Property(d => d.PillarKey).HasMaxLength(80);
        e.Property(d => d.Version).IsConcurrencyToken();
        e.Ignore(d => d.IsClosed);
        e.Ignore(d => d.CurrentProposal);
        // The public list filters by region and period; a plan item's page asks by kind and key.
        e.HasIndex(d => new { d.RegionId, d.ProposedAtUtc });
        e.HasIndex(d => new { d.RegionId, d.PlanItemKind, d.PlanItemKey });
        e.HasOne<GovernanceBody>().WithMany().HasForeignKey(d => d.BodyId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<AgendaItem>().WithMany().HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.SetNull);
        e.HasMany(d => d.Objections).WithOne().HasForeignKey(o => o.DecisionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> e)
    {
        e.ToTable("governance_objections");
        e.UtcTimes();
        e.HasKey(o => o.Id);
        e.Property(o => o.Id).ValueGeneratedNever();
        e.Property(o => o.RegionId).HasMaxLength(80);
        e.Property(o => o.RaisedBy).HasMaxLength(300);
        e.Property(o => o.Text).HasMaxLength(Decision.MaxTextLength);
        e.Property(o => o.HowMet).HasMaxLength(Decision.MaxTextLength);
        e.Ignore(o => o.IsMet);
    }
}

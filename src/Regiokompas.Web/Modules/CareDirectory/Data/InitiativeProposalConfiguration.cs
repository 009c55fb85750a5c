using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regiokompas.Domain.CareDirectory;

namespace Regiokompas.Web.Modules.CareDirectory.Data;

internal sealed class InitiativeProposalConfiguration : IEntityTypeConfiguration<InitiativeProposal>
{
    public void Configure(EntityTypeBuilder<InitiativeProposal> e)
    {
        e.ToTable("caredirectory_initiative_proposals");
        e.Property("Id").ValueGeneratedNever();
        e.Property(p => p.Name).HasMaxLength(InitiativeProposal.MaxNameLength);
        e.Property(p => p.What).HasMaxLength(InitiativeProposal.MaxTextLength);
        e.Property(p => p.ForWhom).HasMaxLength(300);
        e.Property(p => p.MunicipalityCode).HasMaxLength(6);
        e.Property(p => p.Place).HasMaxLength(300);
        e.Property(p => p.ContactName).HasMaxLength(200);
        e.Property(p => p.ContactEmail).HasMaxLength(300);
        e.Property(p => p.ContactPhone).HasMaxLength(40);
        e.Property(p => p.DecidedBy).HasMaxLength(200);
        e.Property(p => p.RejectionReason).HasMaxLength(1000);
        e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.Version).IsConcurrencyToken();
        e.HasIndex(p => p.Status);
    }
}

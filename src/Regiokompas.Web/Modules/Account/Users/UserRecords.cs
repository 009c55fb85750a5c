using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regiokompas.Domain.Common;

namespace Regiokompas.Web.Modules.Account.Users;

/// <summary>
/// An invitation to join a region with one role. Only the SHA-256 hash of the link's token is stored;
/// the link works once (AcceptedAtUtc, guarded by Version) and until ExpiresAtUtc.
/// </summary>
public sealed class UserInvitation : IAudited, IVersioned
{
    public Guid Id { get; init; }
    public required string Email { get; init; }
    public required string DisplayName { get; init; }
    public required string RegionId { get; init; }
    public required string Role { get; init; }
    public int? PillarId { get; init; }
    public int? OrganisationId { get; init; }
    public required string TokenHash { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime ExpiresAtUtc { get; init; }
    public required string InvitedBy { get; init; }
    public DateTime? AcceptedAtUtc { get; set; }
    public DateTime? WithdrawnAtUtc { get; set; }
    public string? UserId { get; set; }
    public int Version { get; set; }
    string IAudited.AuditKey => Email;
    string? IAudited.AuditRegionId => RegionId;

    public bool IsOpen(DateTime nowUtc) => AcceptedAtUtc is null && WithdrawnAtUtc is null && nowUtc < ExpiresAtUtc;
}

public enum UserAccessChangeKind { Joined, Granted, Withdrawn, Deactivated, Reactivated }

/// <summary>
/// One change to who may do what: a role granted or withdrawn, an account (de)activated. Append-only;
/// the audit interceptor writes each into the trail of its region, and the user's page lists them.
/// </summary>
public sealed class UserAccessChange : IAudited
{
    public long Id { get; init; }
    public required string UserId { get; init; }
    public required string Email { get; init; }
    public required string RegionId { get; init; }
    public UserAccessChangeKind Kind { get; init; }
    public string? Role { get; init; }
    /// <summary>The pillar or organisation key the role is for, if any.</summary>
    public string? ScopeKey { get; init; }
    public DateTime AtUtc { get; init; }
    public required string By { get; init; }
    string IAudited.AuditKey => Email;
    string? IAudited.AuditRegionId => RegionId;
}

internal sealed class UserInvitationConfiguration : IEntityTypeConfiguration<UserInvitation>
{
    public void Configure(EntityTypeBuilder<UserInvitation> e)
    {
        e.ToTable("auth_invitations");
        e.HasKey(i => i.Id);
        e.HasIndex(i => i.TokenHash).IsUnique();
        e.HasIndex(i => new { i.RegionId, i.CreatedAtUtc });
        e.Property(i => i.Email).HasMaxLength(256);
        e.Property(i => i.DisplayName).HasMaxLength(200);
        e.Property(i => i.RegionId).HasMaxLength(80);
        e.Property(i => i.Role).HasMaxLength(40);
        e.Property(i => i.TokenHash).HasMaxLength(64);
        e.Property(i => i.InvitedBy).HasMaxLength(256);
        e.Property(i => i.UserId).HasMaxLength(450);
        e.Property(i => i.Version).IsConcurrencyToken();
    }
}

internal sealed class UserAccessChangeConfiguration : IEntityTypeConfiguration<UserAccessChange>
{
    public void Configure(EntityTypeBuilder<UserAccessChange> e)
    {
        e.ToTable("auth_access_changes");
        e.HasKey(c => c.Id);
        e.HasIndex(c => new { c.RegionId, c.UserId });
        e.Property(c => c.UserId).HasMaxLength(450);
        e.Property(c => c.Email).HasMaxLength(256);
        e.Property(c => c.RegionId).HasMaxLength(80);
        e.Property(c => c.Role).HasMaxLength(40);
        e.Property(c => c.ScopeKey).HasMaxLength(120);
        e.Property(c => c.By).HasMaxLength(256);
    }
}

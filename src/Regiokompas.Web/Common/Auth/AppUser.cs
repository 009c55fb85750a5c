using Microsoft.AspNetCore.Identity;

namespace Regiokompas.Web.Common.Auth;

public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>For organisation members: the one organisation they act for.</summary>
    public int? OrganisationId { get; set; }
    /// <summary>For region coordinators: the region whose plan they keep.</summary>
    public string? CoordinatorRegionId { get; set; }
    public List<PillarLeadAssignment> PillarLeads { get; } = [];
}

public sealed class PillarLeadAssignment
{
    public required string UserId { get; init; }
    public int PillarId { get; init; }
}

/// <summary>A per-organisation API token; only its SHA-256 hash is stored.</summary>
public sealed class ApiToken
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Name { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
}

public static class Roles
{
    public const string Administrator = "administrator";
    public const string Coordinator = "coordinator";
    public const string PillarLead = "pillar-lead";
    public const string OrganisationMember = "organisation-member";
    public static readonly string[] All = [Administrator, Coordinator, PillarLead, OrganisationMember];
}

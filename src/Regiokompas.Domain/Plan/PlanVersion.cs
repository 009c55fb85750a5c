using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Plan;

/// <summary>
/// A marked version of a region's plan ("Werkagenda 2025 vastgesteld …"): a frozen copy of the plan
/// in the plan file format, so anyone can see what the region promised then.
/// </summary>
public sealed class PlanVersion : IAudited
{
    public int Id { get; set; }
    public required string RegionId { get; init; }
    public int Number { get; init; }
    public required string Label { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>The Governance decision that adopted this version, if any.</summary>
    public Guid? DecisionId { get; set; }

    /// <summary>The plan file (YAML) of the plan at the moment the version was marked.</summary>
    public required string Snapshot { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public string? CreatedBy { get; init; }
    string IAudited.AuditKey => $"versie-{Number}";
    string? IAudited.AuditRegionId => RegionId;
}

using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;

namespace Regiokompas.Domain.Monitoring;

/// <summary>
/// Links a plan result (by its plan-file key) to an indicator that measures it, for one area:
/// the region as a whole or one municipality. The target, baseline and deadline come from the
/// result unless the link states its own (a result can be measured by several indicators).
/// </summary>
public sealed class ResultIndicator : IVersioned, IAudited
{
    public int Id { get; set; }
    public required string RegionId { get; init; }
    public required string ResultKey { get; init; }
    public required string IndicatorCode { get; init; }

    /// <summary>Area whose figures count: the region id for the region as a whole, or a CBS code.</summary>
    public required string AreaCode { get; init; }

    /// <summary>The indicator that decides the result's status; others are shown beside it.</summary>
    public bool IsPrimary { get; set; } = true;

    public double? TargetValue { get; set; }
    public double? TargetUpper { get; set; }
    public double? BaselineValue { get; set; }
    public DateOnly? BaselineDate { get; set; }
    public int Version { get; set; }

    string IAudited.AuditKey => $"{ResultKey}/{IndicatorCode}/{AreaCode}";
    string? IAudited.AuditRegionId => RegionId;

    /// <summary>The status input for this link, from the result's promise and the published figures.</summary>
    public StatusInput ToStatusInput(PlanResult result, Indicator indicator, IReadOnlyList<StatusPoint> points, DateOnly asOf) => new(
        indicator.Polarity,
        TargetValue ?? result.TargetValue ?? (indicator.Polarity == Polarity.WithinBand ? indicator.BandLower : null),
        result.Deadline,
        points,
        asOf,
        BaselineValue ?? result.BaselineValue,
        BaselineDate ?? result.BaselineDate,
        TargetUpper ?? (indicator.Polarity == Polarity.WithinBand ? indicator.BandUpper : null),
        MinValue: indicator.AllowsNegative ? null : 0,
        MaxValue: indicator.MaxValue);
}

/// <summary>Who may send and publish figures.</summary>
public static class MonitoringPermissions
{
    /// <summary>A coordinator or administrator may submit anything; an organisation only for the indicators it delivers.</summary>
    public static bool CanSubmit(Actor actor, Indicator indicator, string? actorOrganisationKey) =>
        actor.IsAdministrator
        || actor.CoordinatorRegions.Count > 0 && (indicator.RegionId is null || actor.CoordinatorRegions.Contains(indicator.RegionId))
        || actorOrganisationKey is not null && string.Equals(indicator.OwnerKey, actorOrganisationKey, StringComparison.Ordinal);

    /// <summary>
    /// The rule for one figure: an administrator anything; a coordinator only for an area of her own region
    /// (the country and provinces belong to no region: administrators); an organisation only for an area in
    /// its own region and an indicator it owns there.
    /// </summary>
    public static bool CanSubmit(Actor actor, Indicator indicator, string? areaRegionId, string? ownerKeyInRegion,
        string? actorOrganisationRegionId, string? actorOrganisationKey) =>
        actor.IsAdministrator
        || areaRegionId is not null && actor.CoordinatorRegions.Contains(areaRegionId)
           && (indicator.RegionId is null || indicator.RegionId == areaRegionId)
        || actorOrganisationKey is not null && areaRegionId is not null
           && string.Equals(areaRegionId, actorOrganisationRegionId, StringComparison.Ordinal)
           && string.Equals(ownerKeyInRegion, actorOrganisationKey, StringComparison.Ordinal);

    /// <summary>Only the coordinator checks and publishes: the four-eyes step between a partner and the public.</summary>
    public static bool CanPublish(Actor actor, string regionId) =>
        actor.IsAdministrator || actor.CoordinatorRegions.Contains(regionId);
}

using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring;

/// <summary>The indicators, areas and owners figures are checked against, loaded once per request.</summary>
public sealed class MonitoringCatalogue : IMeasurementCatalogue
{
    private readonly Dictionary<string, Indicator> _indicators;
    private readonly Dictionary<string, AreaLevel> _areas;
    private readonly Dictionary<string, string> _areaRegion;
    private readonly Dictionary<(string Region, string Code), string> _owners;
    private readonly Dictionary<int, OrganisationIdRef> _organisations;

    private MonitoringCatalogue(Dictionary<string, Indicator> indicators, Dictionary<string, AreaLevel> areas,
        Dictionary<string, string> areaRegion, Dictionary<(string, string), string> owners, Dictionary<int, OrganisationIdRef> organisations)
    {
        _indicators = indicators;
        _areas = areas;
        _areaRegion = areaRegion;
        _owners = owners;
        _organisations = organisations;
    }

    /// <summary>Municipalities and regions of the plans, plus the country and the twelve provinces.</summary>
    public static async Task<MonitoringCatalogue> LoadAsync(AppDbContext db, PlanQueries plans, CancellationToken ct)
    {
        var indicators = await db.Set<Indicator>().AsNoTracking().ToDictionaryAsync(i => i.Code, StringComparer.OrdinalIgnoreCase, ct);
        var areas = new Dictionary<string, AreaLevel>(StringComparer.OrdinalIgnoreCase) { ["NL01"] = AreaLevel.Country };
        var areaRegion = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var pv = 20; pv <= 31; pv++) areas[$"PV{pv}"] = AreaLevel.Province;
        foreach (var region in await plans.GetRegionsAsync(ct))
        {
            areas[region.Id] = AreaLevel.Region;
            areaRegion[region.Id] = region.Id;
            foreach (var m in region.Municipalities)
            {
                areas[m.Code] = AreaLevel.Municipality;
                areaRegion[m.Code] = region.Id;
            }
        }
        var owners = await db.Set<IndicatorOwner>().AsNoTracking()
            .ToDictionaryAsync(o => (o.RegionId, o.IndicatorCode), o => o.OrganisationKey, ct);
        var organisations = (await plans.GetOrganisationRefsAsync(null, ct)).ToDictionary(o => o.Id);
        return new(indicators, areas, areaRegion, owners, organisations);
    }

    public IReadOnlyCollection<Indicator> Indicators => _indicators.Values;

    public Indicator? FindIndicator(string code) => _indicators.GetValueOrDefault(code);

    public AreaLevel? FindArea(string code) => _areas.TryGetValue(code, out var level) ? level : null;

    /// <summary>
    /// The organisation that delivers an indicator in a region: the region's owner row, else the
    /// owner named on an indicator that belongs to that region alone.
    /// </summary>
    public string? OwnerOf(Indicator indicator, string regionId) =>
        _owners.TryGetValue((regionId, indicator.Code), out var key) ? key
        : indicator.RegionId == regionId ? indicator.OwnerKey : null;

    /// <summary>Whether the actor may send this indicator's figure for this area.</summary>
    public bool MaySubmit(Actor actor, Indicator indicator, string areaCode)
    {
        var areaRegion = _areaRegion.GetValueOrDefault(areaCode);
        var organisation = actor.OrganisationId is { } id ? _organisations.GetValueOrDefault(id) : null;
        return MonitoringPermissions.CanSubmit(actor, indicator, areaRegion,
            areaRegion is null ? null : OwnerOf(indicator, areaRegion), organisation?.RegionId, organisation?.Key);
    }
}

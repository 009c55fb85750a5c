using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring;

/// <summary>The indicators and areas figures are checked against, loaded once per request.</summary>
public sealed class MonitoringCatalogue : IMeasurementCatalogue
{
    private readonly Dictionary<string, Indicator> _indicators;
    private readonly Dictionary<string, AreaLevel> _areas;

    private MonitoringCatalogue(Dictionary<string, Indicator> indicators, Dictionary<string, AreaLevel> areas)
    {
        _indicators = indicators;
        _areas = areas;
    }

    /// <summary>Municipalities and regions of the plans, plus the country and the twelve provinces.</summary>
    public static async Task<MonitoringCatalogue> LoadAsync(AppDbContext db, PlanQueries plans, CancellationToken ct)
    {
        var indicators = await db.Set<Indicator>().AsNoTracking().ToDictionaryAsync(i => i.Code, StringComparer.OrdinalIgnoreCase, ct);
        var areas = new Dictionary<string, AreaLevel>(StringComparer.OrdinalIgnoreCase) { ["NL01"] = AreaLevel.Country };
        for (var pv = 20; pv <= 31; pv++) areas[$"PV{pv}"] = AreaLevel.Province;
        foreach (var region in await plans.GetRegionsAsync(ct))
        {
            areas[region.Id] = AreaLevel.Region;
            foreach (var m in region.Municipalities) areas[m.Code] = AreaLevel.Municipality;
        }
        return new(indicators, areas);
    }

    public IReadOnlyCollection<Indicator> Indicators => _indicators.Values;

    public Indicator? FindIndicator(string code) => _indicators.GetValueOrDefault(code);

    public AreaLevel? FindArea(string code) => _areas.TryGetValue(code, out var level) ? level : null;
}

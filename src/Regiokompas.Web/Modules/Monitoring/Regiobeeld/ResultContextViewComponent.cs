using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Regiobeeld;

public sealed record ResultContextRow(string Name, string? Year, string? RegionValue, int Municipalities, int MunicipalitiesWithFigure, string? Attribution);

public sealed record ResultContextView(string RegionId, IReadOnlyList<ResultContextRow> Rows);

/// <summary>
/// On a result page: the population figures that describe the people the result is about (links that
/// do not decide the status), with their source. <c>await Component.InvokeAsync("ResultContext", new { regionId, key })</c>.
/// </summary>
public sealed class ResultContextViewComponent(AppDbContext db, PlanQueries plans, MonitoringQueries monitoring) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string regionId, string key)
    {
        var ct = HttpContext.RequestAborted;
        var codes = await db.Set<ResultIndicator>().AsNoTracking().Where(l => l.RegionId == regionId && l.ResultKey == key && !l.IsPrimary)
            .Select(l => l.IndicatorCode).ToListAsync(ct);
        if (codes.Count == 0 || await plans.GetRegionAsync(regionId, ct) is not { } region) return Content(string.Empty);
        var indicators = await db.Set<Indicator>().AsNoTracking()
            .Where(i => codes.Contains(i.Code) && i.Level == IndicatorLevel.Population && i.Visibility == Visibility.Public)
            .OrderBy(i => i.Name).ToListAsync(ct);
        var municipalities = region.Municipalities.Select(m => m.Code).ToHashSet();
        var rows = new List<ResultContextRow>();
        foreach (var indicator in indicators)
        {
            var figures = (await monitoring.GetPublicFiguresAsync(indicator, ct))
                .Where(f => f.AgeGroup == Indicator.TotalAgeGroup && (f.Area == regionId || municipalities.Contains(f.Area))).ToList();
            if (figures.Count == 0) continue;
            var latest = figures.MaxBy(f => f.PeriodStart)!;
            var inLatest = figures.Where(f => f.Period == latest.Period).ToList();
            var regional = inLatest.FirstOrDefault(f => f.Area == regionId);
            rows.Add(new ResultContextRow(indicator.Name, RegiobeeldQueries.YearOf(latest.Period),
                regional is null ? null : regional.IsHidden ? "" : MonitoringTexts.Value(regional.Value, indicator.Unit),
                municipalities.Count, inLatest.Count(f => municipalities.Contains(f.Area)),
                indicator.Source == IndicatorSource.Cbs ? $"{RegiobeeldQueries.CbsAttribution} ({RegiobeeldQueries.CbsLicence})" : null));
        }
        return rows.Count == 0 ? Content(string.Empty) : View("/Modules/Monitoring/Regiobeeld/_ResultContext.cshtml", new ResultContextView(regionId, rows));
    }
}

using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Regiobeeld;

/// <summary>A published figure on the regiobeeld; a hidden one (disclosure control) has no value; a fictitious one is a demo figure.</summary>
public sealed record RegiobeeldFigure(string Period, string Year, double? Value, bool Hidden, bool Fictitious = false);

public sealed record RegiobeeldResultRef(string Key, string Title);

/// <summary>A population indicator with its figures for the region as a whole, and the plan results it informs.</summary>
public sealed record RegiobeeldIndicator(string Code, string Name, string? Definition, string Unit, string? SourceNote, string? Attribution,
    IReadOnlyList<RegiobeeldFigure> RegionFigures, IReadOnlyList<RegiobeeldResultRef> Informs);

/// <summary>One municipality: inhabitants first and last year, change, and the latest figure of every other population indicator.</summary>
public sealed record RegiobeeldMunicipality(string Code, string Name, RegiobeeldFigure? FirstInhabitants, RegiobeeldFigure? LastInhabitants,
    double? ChangePercent, IReadOnlyDictionary<string, RegiobeeldFigure> Latest);

public sealed record RegiobeeldAgeGroup(string AgeGroup, double? Count, double? Percent, bool Hidden);

public sealed record RegiobeeldNarrativeView(string Theme, string Text, DateOnly WrittenOn, string? WrittenBy, int Version);

public sealed record RegiobeeldView(
    string RegionId, string RegionName,
    IReadOnlyList<RegiobeeldFigure> Inhabitants, double? InhabitantsChange, double? InhabitantsChangePercent,
    IReadOnlyList<RegiobeeldFigure> Households,
    string? AgePeriod, IReadOnlyList<RegiobeeldAgeGroup> AgeStructure,
    IReadOnlyList<RegiobeeldMunicipality> Municipalities,
    IReadOnlyList<RegiobeeldIndicator> Indicators,
    IReadOnlyList<RegiobeeldNarrativeView> Narratives,
    string? Attribution, string? Licence, bool Fictitious);

/// <summary>
/// The region in numbers from its published public statistics (population indicators with source CBS),
/// through the same disclosure step as every public figure. Other population indicators (survey
/// figures, or the fictitious series of --demo) belong on the monitor, not here. <c>Fictitious</c> is
/// true only when a figure in the view is a demo figure (<see cref="Catalogue.DemoFiguresSeeder.IsFictitious"/>). A handful of queries: the region, the population indicators, their figures
/// (one read per indicator), the links to results, the plan titles and the narratives.
/// </summary>
public sealed class RegiobeeldQueries(AppDbContext db, PlanQueries plans, MonitoringQueries monitoring)
{
    public const string Inhabitants = "inwoners";
    public const string AgeGroups = "inwoners-naar-leeftijd";
    public const string Households = "huishoudens";
    public const string CbsAttribution = "Bron: CBS";
    public const string CbsLicence = "CC BY 4.0";

    public async Task<RegiobeeldView?> GetAsync(string regionId, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return null;
        var indicators = await db.Set<Indicator>().AsNoTracking()
            .Where(i => i.Level == IndicatorLevel.Population && i.Source == IndicatorSource.Cbs && i.Visibility == Visibility.Public
                && (i.RegionId == null || i.RegionId == regionId))
            .OrderBy(i => i.Code).ToListAsync(ct);
        var areas = region.Municipalities.Select(m => m.Code).Append(region.Id).ToHashSet();

        var figures = new Dictionary<string, List<PublicFigure>>();
        foreach (var indicator in indicators)
        {
            var mine = (await monitoring.GetPublicFiguresAsync(indicator, ct)).Where(f => areas.Contains(f.Area)).ToList();
            if (mine.Count > 0) figures[indicator.Code] = mine;
        }
        indicators = indicators.Where(i => figures.ContainsKey(i.Code)).ToList();

        var codes = indicators.Select(i => i.Code).ToList();
        var links = await db.Set<ResultIndicator>().AsNoTracking().Where(l => l.RegionId == regionId && codes.Contains(l.IndicatorCode))
            .Select(l => new { l.IndicatorCode, l.ResultKey }).ToListAsync(ct);
        var titles = links.Count == 0 ? [] : (await plans.GetPlanTreeAsync(regionId, ct))?.Pillars.SelectMany(p => p.Goals).SelectMany(g => g.Results)
            .ToDictionary(r => r.Id, r => r.Title) ?? [];

        static RegiobeeldFigure View(PublicFigure f) => new(f.Period, YearOf(f.Period), f.IsHidden ? null : f.Value, f.IsHidden, f.Fictitious);
        List<PublicFigure> Totals(string code, string area) => figures.GetValueOrDefault(code, [])
            .Where(f => f.Area == area && f.AgeGroup == Indicator.TotalAgeGroup).OrderBy(f => f.PeriodStart).ToList();

        var views = indicators.Select(i => new RegiobeeldIndicator(i.Code, i.Name, i.Definition, i.Unit.ToString(), i.SourceNote,
            i.Source == IndicatorSource.Cbs ? CbsAttribution : null,
            Totals(i.Code, region.Id).Select(View).ToList(),
            links.Where(l => l.IndicatorCode == i.Code).Select(l => l.ResultKey).Distinct()
                .Where(titles.ContainsKey).Select(k => new RegiobeeldResultRef(k, titles[k])).OrderBy(r => r.Key, StringComparer.Ordinal).ToList())).ToList();

        var inhabitants = Totals(Inhabitants, region.Id).Select(View).ToList();
        var (change, changePercent) = Change(inhabitants);
        // Households are counted per municipality; the region's figure is their sum, shipped as a region row (cbs-figures.csv).
        var households = Totals(Households, region.Id).Select(View).ToList();

        var municipalities = region.Municipalities.Select(m =>
        {
            var series = Totals(Inhabitants, m.Code).Select(View).ToList();
            var latest = indicators.Where(i => i.Code != Inhabitants && i.Code != AgeGroups)
                .Select(i => (i.Code, Last: Totals(i.Code, m.Code).LastOrDefault()))
                .Where(x => x.Last is not null).ToDictionary(x => x.Code, x => View(x.Last!));
            return new RegiobeeldMunicipality(m.Code, m.Name, series.FirstOrDefault(), series.LastOrDefault(), Change(series).Percent, latest);
        }).ToList();

        // Age structure: the latest period with age groups for the region; shares come from the counts, never from rounded percentages.
        var ageFigures = figures.GetValueOrDefault(AgeGroups, []).Where(f => f.Area == region.Id && f.AgeGroup != Indicator.TotalAgeGroup).ToList();
        var agePeriod = ageFigures.MaxBy(f => f.PeriodStart)?.Period;
        var ages = ageFigures.Where(f => f.Period == agePeriod).ToList();
        var anyHidden = ages.Any(f => f.IsHidden);
        var total = ages.Sum(f => f.Value);
        var ageIndicator = indicators.FirstOrDefault(i => i.Code == AgeGroups);
        var order = ageIndicator?.AgeGroups ?? [];
        var structure = ages.OrderBy(f => order.IndexOf(f.AgeGroup) is var n and >= 0 ? n : int.MaxValue)
            .Select(f => new RegiobeeldAgeGroup(f.AgeGroup, f.IsHidden ? null : f.Value,
                f.IsHidden || anyHidden || total <= 0 ? null : Math.Round(f.Value / total * 100, 1), f.IsHidden)).ToList();

        var narratives = await db.Set<RegionNarrative>().AsNoTracking().Where(n => n.RegionId == regionId)
            .Select(n => new RegiobeeldNarrativeView(n.Theme, n.Text, n.WrittenOn, n.WrittenBy, n.Version)).ToListAsync(ct);
        var cbs = indicators.Count > 0;
        // Only what the view shows decides the demo banner, figure by figure.
        var fictitious = views.SelectMany(i => i.RegionFigures).Concat(inhabitants).Concat(households)
            .Concat(municipalities.SelectMany(m => m.Latest.Values.Append(m.FirstInhabitants).Append(m.LastInhabitants)))
            .Any(f => f?.Fictitious == true) || ages.Any(f => f.Fictitious);
        return new RegiobeeldView(region.Id, region.Name, inhabitants, change, changePercent, households,
            agePeriod is null ? null : YearOf(agePeriod), structure,
            municipalities, views, narratives.OrderBy(n => Array.IndexOf(RegionNarrative.Themes, n.Theme)).ToList(),
            cbs ? CbsAttribution : null, cbs ? CbsLicence : null, fictitious);
    }

    /// <summary>Change from the first to the last figure of a series of counts, as a number and as a percentage of the first.</summary>
    private static (double? Change, double? Percent) Change(IReadOnlyList<RegiobeeldFigure> series)
    {
        if (series.Count < 2 || series[0].Value is not { } first || series[^1].Value is not { } last || first == 0) return (null, null);
        return (last - first, Math.Round((last - first) / first * 100, 1));
    }

    /// <summary>"2026" for a year period, else the period code as it is.</summary>
    public static string YearOf(string period) =>
        Period.TryParse(period, out var p) && p.Kind == PeriodKind.Year ? p.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : period;
}

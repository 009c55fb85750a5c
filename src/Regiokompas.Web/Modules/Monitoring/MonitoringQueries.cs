using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Monitoring.Stories;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring;

public sealed record StatusPointView(string Period, DateOnly Date, double Value);

public sealed record ProjectionView(DateOnly Deadline, double Value, double SlopePerYear);

/// <summary>A result's computed status with the sentence that explains it, for pages, the API and other modules.</summary>
public sealed record ResultStatusView(
    string RegionId, string ResultKey, string Title, string PillarKey, string PillarName,
    string? IndicatorCode, string? IndicatorName, string? Unit,
    string Status, string StatusName, string ExplanationCode, object[] Arguments, string Explanation,
    double? Target, DateOnly? Deadline, ProjectionView? Projection, IReadOnlyList<StatusPointView> Points, bool Warning);

public sealed record IndicatorView(
    string Code, string Name, string? Definition, string Level, string Question, string Unit, string Polarity,
    string Frequency, string Source, string? Owner, double? WarningThreshold, IReadOnlyList<string> Results);

public sealed record MeasurementView(string Indicator, string Area, string Period, string AgeGroup, double? Value,
    double? Numerator, double? Denominator, bool Suppressed, string State);

/// <summary>
/// Read side of the monitor, shared by pages and API, and the way other modules (the plan pages)
/// ask for a result's status. Only published figures count and are shown in public.
/// </summary>
public sealed class MonitoringQueries(AppDbContext db, PlanQueries plans, TimeProvider clock, IConfiguration config)
{
    public SmallCountSuppression Suppression { get; } = new(config.GetValue("Monitoring:SuppressionThreshold", SmallCountSuppression.DefaultThreshold));

    /// <summary>Every result of the region with its status, in plan order; null for an unknown region.</summary>
    public async Task<IReadOnlyList<ResultStatusView>?> GetRegionStatusesAsync(string regionId, CancellationToken ct, DateOnly? asOf = null)
    {
        var tree = await plans.GetPlanTreeAsync(regionId, ct);
        if (tree is null) return null;
        var links = await db.Set<ResultIndicator>().AsNoTracking().Where(l => l.RegionId == regionId && l.IsPrimary).ToListAsync(ct);
        var linkByResult = links.GroupBy(l => l.ResultKey).ToDictionary(g => g.Key, g => g.First());
        var codes = links.Select(l => l.IndicatorCode).Distinct().ToList();
        var indicators = await db.Set<Indicator>().AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, ct);
        // One query per indicator for just the areas it is linked to: every indicator × every area
        // reads many times the series needed once a region has figures for all its municipalities.
        var published = new List<(string IndicatorCode, string AreaCode, StatusPointView Point)>();
        foreach (var group in links.GroupBy(l => l.IndicatorCode))
        {
            var code = group.Key;
            var areas = group.Select(l => l.AreaCode).Distinct().ToList();
            published.AddRange((await db.Set<Measurement>().AsNoTracking()
                    .Where(m => m.IndicatorCode == code && areas.Contains(m.AreaCode) && m.AgeGroup == Indicator.TotalAgeGroup && m.PublishedValue != null)
                    .Select(m => new { m.AreaCode, m.PeriodCode, m.PeriodEnd, Value = m.PublishedValue!.Value })
                    .ToListAsync(ct))
                .Select(m => (code, m.AreaCode, new StatusPointView(m.PeriodCode, m.PeriodEnd, m.Value))));
        }
        var series = published.ToLookup(m => (m.IndicatorCode, m.AreaCode), m => m.Point);

        // A report for an earlier period sees only the figures about periods up to its end.
        var today = asOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var views = new List<ResultStatusView>();
        foreach (var pillar in tree.Pillars)
        foreach (var result in pillar.Goals.SelectMany(g => g.Results))
        {
            linkByResult.TryGetValue(result.Id, out var link);
            var indicator = link is null ? null : indicators.GetValueOrDefault(link.IndicatorCode);
            var points = link is null ? [] : series[(link.IndicatorCode, link.AreaCode)].Where(p => p.Date <= today).OrderBy(p => p.Date).ToList();
            views.Add(Evaluate(regionId, pillar, result, link, indicator, points, today));
        }
        return views;
    }

    /// <summary>The regions whose plan has a result with this key.</summary>
    public Task<IReadOnlyList<string>> GetResultRegionsAsync(string resultKey, CancellationToken ct) => plans.GetResultRegionsAsync(resultKey, ct);

    public async Task<ResultStatusView?> GetResultStatusAsync(string regionId, string resultKey, CancellationToken ct) =>
        (await GetRegionStatusesAsync(regionId, ct))?.FirstOrDefault(v => v.ResultKey == resultKey);

    private static ResultStatusView Evaluate(string regionId, PillarNode pillar, ResultNode result, ResultIndicator? link,
        Indicator? indicator, IReadOnlyList<StatusPointView> points, DateOnly today)
    {
        if (link is null || indicator is null)
        {
            var none = new StatusExplanation("monitoring.status.no-indicator");
            return new(regionId, result.Id, result.Title, pillar.Id, pillar.Name, null, null, null,
                nameof(ResultStatus.NoData), MonitoringTexts.StatusName(ResultStatus.NoData), none.Code, none.Arguments,
                MonitoringTexts.Explain(none, IndicatorUnit.Count), result.Target?.Value, result.Deadline, null, [], false);
        }
        var planResult = new PlanResult
        {
            RegionId = regionId, Key = result.Id, Title = result.Title, Deadline = result.Deadline,
            TargetValue = result.Target?.Value, BaselineValue = result.Target?.Baseline, BaselineDate = result.Target?.BaselineDate,
        };
        var input = link.ToStatusInput(planResult, indicator, points.Select(p => new StatusPoint(p.Date, p.Value)).ToList(), today);
        var outcome = ResultStatusRule.Evaluate(input);
        var projection = outcome is { Projection: { } value, Trend: { } trend } && input.Deadline is { } deadline
            ? new ProjectionView(deadline, value, trend.SlopePerYear) : null;
        var warning = points.Count > 0 && indicator.IsWarning(points[^1].Value);
        return new(regionId, result.Id, result.Title, pillar.Id, pillar.Name, indicator.Code, indicator.Name, indicator.Unit.ToString(),
            outcome.Status.ToString(), MonitoringTexts.StatusName(outcome.Status), outcome.Explanation.Code, outcome.Explanation.Arguments,
            MonitoringTexts.Explain(outcome.Explanation, indicator.Unit, indicator.Polarity == Polarity.WithinBand),
            input.Target, input.Deadline, projection, points, warning);
    }

    /// <summary>The catalogue as a region sees it: shared indicators and its own, with the results they measure.</summary>
    public async Task<IReadOnlyList<IndicatorView>?> GetIndicatorsAsync(string regionId, bool includeInternal, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is null) return null;
        var links = (await db.Set<ResultIndicator>().AsNoTracking().Where(l => l.RegionId == regionId)
            .Select(l => new { l.IndicatorCode, l.ResultKey }).ToListAsync(ct)).ToLookup(l => l.IndicatorCode, l => l.ResultKey);
        var owners = await db.Set<IndicatorOwner>().AsNoTracking().Where(o => o.RegionId == regionId)
            .ToDictionaryAsync(o => o.IndicatorCode, o => o.OrganisationKey, ct);
        var query = db.Set<Indicator>().AsNoTracking().Where(i => i.RegionId == null || i.RegionId == regionId);
        if (!includeInternal) query = query.Where(i => i.Visibility == Visibility.Public);
        return (await query.OrderBy(i => i.Code).ToListAsync(ct)).Select(i => new IndicatorView(
            i.Code, i.Name, i.Definition, i.Level.ToString(), i.Question.ToString(), i.Unit.ToString(), i.Polarity.ToString(),
            i.Frequency.ToString(), i.Source.ToString(), owners.GetValueOrDefault(i.Code) ?? i.OwnerKey, i.WarningThreshold, links[i.Code].ToList())).ToList();
    }

    /// <summary>
    /// Figures of one indicator. The public sees published values only, with small counts hidden;
    /// asking for a region returns the region and its municipalities, so a total that would give a
    /// hidden municipality away is hidden too.
    /// </summary>
    public async Task<IReadOnlyList<MeasurementView>?> GetMeasurementsAsync(string indicatorCode, string? area, string? from, string? to,
        bool includeSubmitted, CancellationToken ct)
    {
        var indicator = await db.Set<Indicator>().AsNoTracking().SingleOrDefaultAsync(i => i.Code == indicatorCode.ToLower(), ct);
        if (indicator is null || (!includeSubmitted && indicator.Visibility != Visibility.Public)) return null;

        var query = db.Set<Measurement>().AsNoTracking().Where(m => m.IndicatorId == indicator.Id);
        string? regionArea = null;
        if (!string.IsNullOrWhiteSpace(area))
        {
            var code = AreaCodes.Normalize(area);
            var region = await plans.GetRegionAsync(code, ct);
            if (region is not null)
            {
                regionArea = region.Id;
                var areas = region.Municipalities.Select(m => m.Code).Append(region.Id).ToList();
                query = query.Where(m => areas.Contains(m.AreaCode));
            }
            else query = query.Where(m => m.AreaCode == code);
        }
        if (Period.TryParse(from, out var fromPeriod)) query = query.Where(m => m.PeriodEnd >= fromPeriod.Start);
        if (Period.TryParse(to, out var toPeriod)) query = query.Where(m => m.PeriodStart <= toPeriod.End);
        if (!includeSubmitted) query = query.Where(m => m.PublishedValue != null);
        var rows = await query.OrderBy(m => m.PeriodStart).ThenBy(m => m.AreaCode).ThenBy(m => m.AgeGroup).ToListAsync(ct);

        if (includeSubmitted)
            return rows.Select(m => new MeasurementView(m.IndicatorCode, m.AreaCode, m.PeriodCode, m.AgeGroup, m.Value, m.Numerator,
                m.Denominator, false, m.State.ToString())).ToList();

        var views = new List<MeasurementView>(rows.Count);
        foreach (var period in rows.GroupBy(m => (m.PeriodCode, m.AgeGroup)))
        {
            var cells = period.Select(m => new TableCell(m.AreaCode, m.PublishedValue, CountOf(indicator, m))).ToList();
            var total = regionArea is null ? null : cells.FirstOrDefault(c => c.Key == regionArea);
            var parts = cells.Where(c => c != total).ToList();
            var (shownParts, shownTotal) = Suppression.ApplyToTable(parts, total);
            var shown = shownParts.Concat(shownTotal is null ? [] : [shownTotal]).ToDictionary(c => c.Key);
            foreach (var m in period)
            {
                var cell = shown[m.AreaCode];
                views.Add(new MeasurementView(m.IndicatorCode, m.AreaCode, m.PeriodCode, m.AgeGroup, cell.Value,
                    cell.IsHidden ? null : m.PublishedNumerator, cell.IsHidden ? null : m.PublishedDenominator, cell.IsHidden,
                    nameof(MeasurementState.Published)));
            }
        }
        return views;
    }

    /// <summary>The number of people behind a published figure, when the indicator counts people.</summary>
    private static double? CountOf(Indicator indicator, Measurement m) =>
        !indicator.SuppressSmallCounts ? null
        : m.PublishedNumerator ?? (indicator.Unit == IndicatorUnit.Count ? m.PublishedValue : null);

    /// <summary>Stories of a region, newest first; the public sees only those with consent made public.</summary>
    public async Task<IReadOnlyList<StoryView>> GetStoriesAsync(string regionId, string? resultKey, bool includeInternal, CancellationToken ct)
    {
        var query = db.Set<Story>().AsNoTracking().Where(s => s.RegionId == regionId);
        if (!includeInternal) query = query.Where(s => s.Visibility == Visibility.Public && s.ConsentDate != null);
        var stories = await query.OrderByDescending(s => s.Date).ThenByDescending(s => s.Id).ToListAsync(ct);
        // Filtered here rather than in SQL: JSON list columns query differently on SQLite and PostgreSQL.
        return stories.Where(s => resultKey is null || s.ResultKeys.Contains(resultKey)).Select(ToView).ToList();
    }

    internal static StoryView ToView(Story s) => new(s.Id, s.Kind.ToString(), s.Title, s.Text, s.Date, s.MunicipalityCode, s.Source.ToString(),
        s.Visibility == Visibility.Public, s.PillarKeys, s.ResultKeys, s.IndicatorCodes);

    public sealed record SubmittedView(string Indicator, string Area, string Period, string AgeGroup, double Value, double? PublishedValue,
        string? SubmittedBy, DateTime SubmittedAtUtc);

    /// <summary>Figures waiting for the coordinator's check, for the region and its municipalities.</summary>
    public async Task<IReadOnlyList<SubmittedView>?> GetSubmittedAsync(string regionId, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return null;
        var areas = region.Municipalities.Select(m => m.Code).Append(region.Id).ToList();
        return await db.Set<Measurement>().AsNoTracking()
            .Where(m => m.State == MeasurementState.Submitted && areas.Contains(m.AreaCode))
            .OrderBy(m => m.IndicatorCode).ThenBy(m => m.PeriodStart).ThenBy(m => m.AreaCode)
            .Select(m => new SubmittedView(m.IndicatorCode, m.AreaCode, m.PeriodCode, m.AgeGroup, m.Value, m.PublishedValue, m.SubmittedBy, m.SubmittedAtUtc))
            .Take(1000)
            .ToListAsync(ct);
    }

    public sealed record WarningView(string IndicatorCode, string IndicatorName, string Period, string Value, string Threshold);

    /// <summary>Risk indicators whose latest published figure for the region is past the warning threshold.</summary>
    public async Task<IReadOnlyList<WarningView>> GetWarningsAsync(string regionId, CancellationToken ct)
    {
        var risks = await db.Set<Indicator>().AsNoTracking()
            .Where(i => i.Level == IndicatorLevel.Risk && (i.RegionId == null || i.RegionId == regionId)).ToListAsync(ct);
        var codes = risks.Select(i => i.Code).ToList();
        var latest = (await db.Set<Measurement>().AsNoTracking()
                .Where(m => codes.Contains(m.IndicatorCode) && m.AreaCode == regionId && m.AgeGroup == Indicator.TotalAgeGroup && m.PublishedValue != null)
                .Select(m => new { m.IndicatorCode, m.PeriodCode, m.PeriodStart, Value = m.PublishedValue!.Value })
                .ToListAsync(ct))
            .GroupBy(m => m.IndicatorCode).ToDictionary(g => g.Key, g => g.MaxBy(m => m.PeriodStart)!);
        return risks.Where(i => latest.TryGetValue(i.Code, out var m) && i.IsWarning(m.Value))
            .Select(i => new WarningView(i.Code, i.Name, latest[i.Code].PeriodCode, MonitoringTexts.Value(latest[i.Code].Value, i.Unit),
                i.WarningThreshold is { } t ? MonitoringTexts.Value(t, i.Unit) : $"{i.BandLower}-{i.BandUpper}"))
            .ToList();
    }
}

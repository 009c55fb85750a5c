using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Domain.Privacy;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Privacy;
using Regiokompas.Web.Modules.Monitoring.Catalogue;
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
    double? Target, DateOnly? Deadline, ProjectionView? Projection, IReadOnlyList<StatusPointView> Points, bool Warning,
    bool Fictitious = false);

public sealed record IndicatorView(
    string Code, string Name, string? Definition, string Level, string Question, string Unit, string Polarity,
    string Frequency, string Source, string? Owner, double? WarningThreshold, IReadOnlyList<string> Results);

/// <summary>A figure as the API gives it; <c>Fictitious</c> marks demo figures (DemoFiguresSeeder).</summary>
public sealed record MeasurementView(string Indicator, string Area, string Period, string AgeGroup, double? Value,
    double? Numerator, double? Denominator, bool Suppressed, string State, bool Fictitious = false, string? Source = null);

/// <summary>A published figure after disclosure control: hidden ones keep their place but no numbers may leave the server.</summary>
public sealed record PublicFigure(string Area, string Period, DateOnly PeriodStart, DateOnly PeriodEnd, string AgeGroup,
    double Value, double? Numerator, double? Denominator, DisclosureReason Reason, bool Fictitious, string? Source = null)
{
    public bool IsHidden => Reason != DisclosureReason.Shown;
}

/// <summary>
/// Read side of the monitor, shared by pages and API, and the way other modules (the plan pages)
/// ask for a result's status. Only published figures count and are shown in public.
/// </summary>
public sealed class MonitoringQueries(AppDbContext db, PlanQueries plans, TimeProvider clock, PublicDisclosure disclosure)
{
    private readonly Dictionary<int, IReadOnlyList<PublicFigure>> _publicFigures = [];

    /// <summary>
    /// Every published figure of an indicator with what the public may see of it. All public
    /// figures are read here, so disclosure control always sees the whole table (every area,
    /// period and age group) and asking for a part cannot show what the whole would hide.
    /// </summary>
    public async Task<IReadOnlyList<PublicFigure>> GetPublicFiguresAsync(Indicator indicator, CancellationToken ct)
    {
        if (_publicFigures.TryGetValue(indicator.Id, out var cached)) return cached;
        var rows = await db.Set<Measurement>().AsNoTracking().Where(m => m.IndicatorId == indicator.Id && m.PublishedValue != null)
            .OrderBy(m => m.PeriodStart).ThenBy(m => m.AreaCode).ThenBy(m => m.AgeGroup)
            .Select(m => new { m.AreaCode, m.PeriodCode, m.PeriodStart, m.PeriodEnd, m.AgeGroup, Value = m.PublishedValue!.Value,
                m.PublishedNumerator, m.PublishedDenominator, m.PublishedBy, m.Note })
            .ToListAsync(ct);
        IReadOnlyList<DisclosureReason> reasons = rows.Select(_ => DisclosureReason.Shown).ToList();
        if (indicator.SuppressSmallCounts)
        {
            var sums = (await plans.GetRegionsAsync(ct)).Select(r => new AreaSum(r.Id, r.Municipalities.Select(m => m.Code).ToList())).ToList();
            reasons = disclosure.Protect(rows.Select(r => new DisclosureFigure(r.AreaCode, r.PeriodCode, r.PeriodStart, r.AgeGroup,
                    r.PublishedNumerator ?? (indicator.Unit == IndicatorUnit.Count ? r.Value : null),
                    indicator.IsShare ? r.PublishedDenominator : null)).ToList(),
                sums, Indicator.TotalAgeGroup, indicator.IsCumulative);
        }
        var figures = rows.Select((r, i) => new PublicFigure(r.AreaCode, r.PeriodCode, r.PeriodStart, r.PeriodEnd, r.AgeGroup,
            r.Value, r.PublishedNumerator, r.PublishedDenominator, reasons[i], DemoFiguresSeeder.IsFictitious(r.PublishedBy),
            Connectors.CbsProvenance.Of(r.Note))).ToList();
        return _publicFigures[indicator.Id] = figures;
    }

    /// <summary>Every result of the region with its status, in plan order; null for an unknown region.</summary>
    public async Task<IReadOnlyList<ResultStatusView>?> GetRegionStatusesAsync(string regionId, CancellationToken ct, DateOnly? asOf = null)
    {
        var tree = await plans.GetPlanTreeAsync(regionId, ct);
        if (tree is null) return null;
        var links = await db.Set<ResultIndicator>().AsNoTracking().Where(l => l.RegionId == regionId && l.IsPrimary).ToListAsync(ct);
        var linkByResult = links.GroupBy(l => l.ResultKey).ToDictionary(g => g.Key, g => g.First());
        var codes = links.Select(l => l.IndicatorCode).Distinct().ToList();
        var indicators = await db.Set<Indicator>().AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, ct);
        // Statuses are public: they are worked out from the figures the public may see, so a hidden
        // figure cannot come back as a point, a projection or a number in the explanation.
        var published = new List<(string IndicatorCode, string AreaCode, StatusPointView Point, bool Fictitious)>();
        foreach (var group in links.GroupBy(l => l.IndicatorCode))
        {
            if (!indicators.TryGetValue(group.Key, out var indicator)) continue;
            var areas = group.Select(l => l.AreaCode).ToHashSet();
            published.AddRange((await GetPublicFiguresAsync(indicator, ct))
                .Where(f => areas.Contains(f.Area) && f.AgeGroup == Indicator.TotalAgeGroup && !f.IsHidden)
                .Select(f => (group.Key, f.Area, new StatusPointView(f.Period, f.PeriodEnd, f.Value), f.Fictitious)));
        }
        var fictitious = published.Where(p => p.Fictitious).Select(p => (p.IndicatorCode, p.AreaCode)).ToHashSet();
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
            views.Add(Evaluate(regionId, pillar, result, link, indicator, points, today) with
            {
                Fictitious = link is not null && fictitious.Contains((link.IndicatorCode, link.AreaCode)),
            });
        }
        return views;
    }

    /// <summary>Whether any published figure of the region or its municipalities is a demo figure: the pages and report then say so.</summary>
    public async Task<bool> HasFictitiousFiguresAsync(string regionId, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return false;
        var areas = region.Municipalities.Select(m => m.Code).Append(region.Id).ToList();
        return await db.Set<Measurement>().AnyAsync(m => areas.Contains(m.AreaCode) && m.PublishedBy == DemoFiguresSeeder.ActorName, ct);
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
        var input = link.ToStatusInput(planResult, indicator, points.Select(p => new StatusPoint(p.Date, p.Value, Period.TryParse(p.Period, out var period) ? period : null)).ToList(), today);
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
        var query = db.Set<Indicator>().AsNoTracking().Where(i => (i.RegionId == null || i.RegionId == regionId) && i.RetiredOn == null);
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

        IReadOnlyCollection<string>? areas = null;
        if (!string.IsNullOrWhiteSpace(area))
        {
            var code = AreaCodes.Normalize(area);
            areas = await plans.GetRegionAsync(code, ct) is { } region ? [.. region.Municipalities.Select(m => m.Code), region.Id] : [code];
        }
        Period.TryParse(from, out var fromPeriod);
        Period.TryParse(to, out var toPeriod);
        bool InWindow(DateOnly start, DateOnly end) => (from is null || !Period.TryParse(from, out _) || end >= fromPeriod.Start)
            && (to is null || !Period.TryParse(to, out _) || start <= toPeriod.End);

        if (includeSubmitted)
        {
            var query = db.Set<Measurement>().AsNoTracking().Where(m => m.IndicatorId == indicator.Id);
            if (areas is not null) query = query.Where(m => areas.Contains(m.AreaCode));
            if (Period.TryParse(from, out _)) query = query.Where(m => m.PeriodEnd >= fromPeriod.Start);
            if (Period.TryParse(to, out _)) query = query.Where(m => m.PeriodStart <= toPeriod.End);
            var rows = await query.OrderBy(m => m.PeriodStart).ThenBy(m => m.AreaCode).ThenBy(m => m.AgeGroup).ToListAsync(ct);
            return rows.Select(m => new MeasurementView(m.IndicatorCode, m.AreaCode, m.PeriodCode, m.AgeGroup, m.Value, m.Numerator,
                m.Denominator, false, m.State.ToString(), DemoFiguresSeeder.IsFictitious(m.SubmittedBy))).ToList();
        }

        return (await GetPublicFiguresAsync(indicator, ct))
            .Where(f => (areas is null || areas.Contains(f.Area)) && InWindow(f.PeriodStart, f.PeriodEnd))
            .Select(f => new MeasurementView(indicator.Code, f.Area, f.Period, f.AgeGroup, f.IsHidden ? null : f.Value,
                f.IsHidden ? null : f.Numerator, f.IsHidden ? null : f.Denominator, f.IsHidden, nameof(MeasurementState.Published), f.Fictitious, f.Source))
            .ToList();
    }

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
        var latest = new Dictionary<string, PublicFigure>();
        foreach (var risk in risks)
        {
            if ((await GetPublicFiguresAsync(risk, ct)).Where(f => f.Area == regionId && f.AgeGroup == Indicator.TotalAgeGroup && !f.IsHidden)
                .MaxBy(f => f.PeriodStart) is { } figure) latest[risk.Code] = figure;
        }
        return risks.Where(i => latest.TryGetValue(i.Code, out var m) && i.IsWarning(m.Value))
            .Select(i => new WarningView(i.Code, i.Name, latest[i.Code].Period, MonitoringTexts.Value(latest[i.Code].Value, i.Unit),
                i.WarningThreshold is { } t ? MonitoringTexts.Value(t, i.Unit) : $"{i.BandLower}-{i.BandUpper}"))
            .ToList();
    }
}

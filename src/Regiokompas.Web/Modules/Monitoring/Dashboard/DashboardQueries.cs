using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Dashboard;

/// <summary>One indicator an owner delivers: the period that is due and whether a figure for it came in.</summary>
public sealed record IndicatorFreshness(string Code, string Name, string Frequency, string DuePeriod, DateOnly DueDate,
    bool Submitted, string? LatestPeriod, DateTime? LastSubmittedUtc);

/// <summary>An organisation and the indicators it owns in a region; <see cref="OrganisationKey"/> is null for indicators without owner.</summary>
public sealed record OwnerFreshness(string? OrganisationKey, string OrganisationName, IReadOnlyList<IndicatorFreshness> Indicators,
    DateTime? LastSubmittedUtc)
{
    public int Behind => Indicators.Count(i => !i.Submitted);
    public bool IsBehind => Behind > 0;
}

/// <summary>Partner organisations of a pillar, and those of them that did something in the window.</summary>
public sealed record PillarEngagement(string PillarKey, string PillarName, int Partners, IReadOnlyList<string> ActiveNames)
{
    public int Active => ActiveNames.Count;
}

/// <summary>
/// Data freshness per owner and engagement per pillar, for the region dashboard and the board
/// report alike, so both show the same thing. Rules: docs/monitoring-dashboard.md.
/// </summary>
public sealed class DashboardQueries(AppDbContext db, PlanQueries plans)
{
    public const int EngagementDays = 90;

    /// <summary>Owners with the indicators they deliver in the region, owners behind first; null for an unknown region.</summary>
    public async Task<IReadOnlyList<OwnerFreshness>?> GetFreshnessAsync(string regionId, DateOnly asOf, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return null;
        var areas = region.Municipalities.Select(m => m.Code).Append(region.Id).ToList();
        var owners = await db.Set<IndicatorOwner>().AsNoTracking().Where(o => o.RegionId == regionId)
            .ToDictionaryAsync(o => o.IndicatorCode, o => o.OrganisationKey, ct);
        // Only what the region uses (its own indicators, those its results measure, those it assigned an owner):
        // a national catalogue of hundreds of shared indicators is not every region's homework.
        var linked = await db.Set<ResultIndicator>().AsNoTracking().Where(l => l.RegionId == regionId)
            .Select(l => l.IndicatorCode).Distinct().ToListAsync(ct);
        var used = linked.Concat(owners.Keys).Distinct().ToList();
        var indicators = await db.Set<Indicator>().AsNoTracking()
            .Where(i => i.RegionId == regionId || (i.RegionId == null && used.Contains(i.Code)))
            .Select(i => new { i.Code, i.Name, i.Frequency, i.OwnerKey, i.RegionId }).ToListAsync(ct);
        var names = (await plans.GetOrganisationRefsAsync(regionId, ct)).ToDictionary(o => o.Key, o => o.Name);
        var codes = indicators.Select(i => i.Code).ToList();
        var asOfEnd = asOf.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc);

        // Per indicator: the latest period with a figure and the last time one came in, for the region or any of its municipalities.
        var latest = (await db.Set<Measurement>().AsNoTracking()
                .Where(m => codes.Contains(m.IndicatorCode) && areas.Contains(m.AreaCode) && m.PeriodStart <= asOf && m.SubmittedAtUtc <= asOfEnd)
                .GroupBy(m => m.IndicatorCode)
                .Select(g => new { Code = g.Key, Start = g.Max(m => m.PeriodStart), At = g.Max(m => m.SubmittedAtUtc) })
                .ToListAsync(ct))
            .ToDictionary(x => x.Code);
        var due = indicators.ToDictionary(i => i.Code, i => ReportingDue.LastDuePeriod(i.Frequency, asOf));
        var dueCodes = due.Values.Select(p => p.Code).Distinct().ToList();
        var submitted = (await db.Set<Measurement>().AsNoTracking()
                .Where(m => codes.Contains(m.IndicatorCode) && areas.Contains(m.AreaCode) && dueCodes.Contains(m.PeriodCode) && m.SubmittedAtUtc <= asOfEnd)
                .Select(m => new { m.IndicatorCode, m.PeriodCode }).Distinct().ToListAsync(ct))
            .Select(x => (x.IndicatorCode, x.PeriodCode)).ToHashSet();

        var rows = indicators.Select(i =>
        {
            var owner = owners.GetValueOrDefault(i.Code) ?? (i.RegionId == regionId ? i.OwnerKey : null);
            var period = due[i.Code];
            latest.TryGetValue(i.Code, out var last);
            var latestPeriod = last is null ? null : Period.Containing(last.Start, i.Frequency).Code;
            return (Owner: owner, Row: new IndicatorFreshness(i.Code, i.Name, i.Frequency.ToString(), period.Code,
                ReportingDue.DueDate(period, i.Frequency), submitted.Contains((i.Code, period.Code)), latestPeriod,
                last is null ? null : DateTime.SpecifyKind(last.At, DateTimeKind.Utc)));
        });
        return rows.GroupBy(r => r.Owner)
            .Select(g => new OwnerFreshness(g.Key, g.Key is null ? MonitoringTexts.Get("monitoring.no-owner") : names.GetValueOrDefault(g.Key, g.Key),
                g.Select(r => r.Row).OrderBy(r => r.Submitted).ThenBy(r => r.Name, StringComparer.Ordinal).ToList(),
                g.Max(r => r.Row.LastSubmittedUtc)))
            // Owners behind first, the most behind on top; indicators nobody owns last, as they are nobody's neglect.
            .OrderBy(o => o.OrganisationKey is null).ThenByDescending(o => o.Behind).ThenBy(o => o.OrganisationName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Per pillar: its partner organisations (leads, members, owners of its actions and of the
    /// indicators of its results) and how many of them changed something about the pillar in the
    /// 90 days up to <paramref name="asOf"/>. Organisations are counted, never people.
    /// </summary>
    public async Task<IReadOnlyList<PillarEngagement>?> GetEngagementAsync(string regionId, DateOnly asOf, CancellationToken ct)
    {
        if (await plans.GetPlanTreeAsync(regionId, ct) is not { } tree) return null;
        var since = asOf.AddDays(-EngagementDays).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var until = asOf.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc);
        var organisations = await plans.GetOrganisationRefsAsync(regionId, ct);
        var keyById = organisations.ToDictionary(o => o.Id, o => o.Key);
        var nameByKey = organisations.ToDictionary(o => o.Key, o => o.Name);

        // Which pillar a plan key or an indicator belongs to.
        var pillarOf = new Dictionary<(string Type, string Key), string>();
        var resultPillar = new Dictionary<string, string>();
        foreach (var p in tree.Pillars)
        {
            pillarOf[("Pillar", p.Id)] = p.Id;
            foreach (var a in p.Actions.Concat(p.Goals.SelectMany(g => g.Actions))) pillarOf[("PlanAction", a.Id)] = p.Id;
            foreach (var g in p.Goals)
            {
                pillarOf[("Goal", g.Id)] = p.Id;
                foreach (var r in g.Results) { pillarOf[("PlanResult", r.Id)] = p.Id; resultPillar[r.Id] = p.Id; }
            }
        }
        var links = await db.Set<ResultIndicator>().AsNoTracking().Where(l => l.RegionId == regionId)
            .Select(l => new { l.ResultKey, l.IndicatorCode }).ToListAsync(ct);
        var indicatorPillars = links.Where(l => resultPillar.ContainsKey(l.ResultKey))
            .ToLookup(l => l.IndicatorCode, l => resultPillar[l.ResultKey]);
        var owners = await db.Set<IndicatorOwner>().AsNoTracking().Where(o => o.RegionId == regionId)
            .Select(o => new { o.IndicatorCode, o.OrganisationKey }).ToListAsync(ct);

        var active = new HashSet<(string Pillar, string Organisation)>();

        // Changes in the audit trail, by users and API tokens that act for an organisation.
        var changes = await db.AuditEntries.AsNoTracking()
            .Where(a => a.RegionId == regionId && a.AtUtc >= since && a.AtUtc <= until && a.UserId != null)
            .Select(a => new { a.UserId, a.EntityType, a.EntityKey, Snapshot = a.Operation == "created" ? a.NewValue : null }).Distinct().ToListAsync(ct);
        var userIds = changes.Select(c => c.UserId!).Where(u => !u.StartsWith("token:", StringComparison.Ordinal)).Distinct().ToList();
        var userOrganisation = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.OrganisationId != null)
            .ToDictionaryAsync(u => u.Id, u => u.OrganisationId!.Value, ct);
        var tokenIds = changes.Select(c => c.UserId!).Where(u => u.StartsWith("token:", StringComparison.Ordinal))
            .Select(u => int.TryParse(u["token:".Length..], out var id) ? id : 0).Distinct().ToList();
        var tokenOrganisation = await db.ApiTokens.AsNoTracking().Where(t => tokenIds.Contains(t.Id))
            .ToDictionaryAsync(t => $"token:{t.Id}", t => t.OrganisationId, ct);
        var storyIds = changes.Where(c => c.EntityType == nameof(Story) && c.EntityKey.StartsWith("story/", StringComparison.Ordinal))
            .Select(c => int.TryParse(c.EntityKey["story/".Length..], out var id) ? id : 0).Distinct().ToList();
        var storyPillars = (await db.Set<Story>().AsNoTracking().Where(s => storyIds.Contains(s.Id)).ToListAsync(ct))
            .ToDictionary(s => $"story/{s.Id}", s => s.PillarKeys.Concat(s.ResultKeys.Where(resultPillar.ContainsKey).Select(r => resultPillar[r])).ToList());
        foreach (var c in changes)
        {
            var organisationId = userOrganisation.TryGetValue(c.UserId!, out var u) ? u : tokenOrganisation.TryGetValue(c.UserId!, out var t) ? t : (int?)null;
            if (organisationId is not { } orgId || !keyById.TryGetValue(orgId, out var orgKey)) continue;
            IEnumerable<string> pillars = c.EntityType switch
            {
                // A new story has no id yet when its audit row is written; its links are in the row's snapshot.
                nameof(Story) => storyPillars.GetValueOrDefault(c.EntityKey) ?? StoryPillars(c.Snapshot, resultPillar),
                // Progress notes and indicator links carry the action or result key before the first slash.
                "ProgressNote" => pillarOf.TryGetValue(("PlanAction", c.EntityKey.Split('/')[0]), out var pa) ? [pa] : [],
                nameof(ResultIndicator) => resultPillar.TryGetValue(c.EntityKey.Split('/')[0], out var pr) ? [pr] : [],
                _ => pillarOf.TryGetValue((c.EntityType, c.EntityKey), out var p) ? [p] : [],
            };
            foreach (var p in pillars) active.Add((p, orgKey));
        }

        // Figures sent (their audit rows carry no region), counted for the pillars whose results the indicator measures.
        var areas = tree.Region.Municipalities.Select(m => m.Code).Append(regionId).ToList();
        // Only indicators that count for a pillar; naming them also lets the database use the figures' key index.
        var linkedCodes = links.Select(l => l.IndicatorCode).Distinct().ToList();
        var sent = await db.Set<Measurement>().AsNoTracking()
            .Where(m => linkedCodes.Contains(m.IndicatorCode) && areas.Contains(m.AreaCode) && m.OrganisationId != null && m.SubmittedAtUtc >= since && m.SubmittedAtUtc <= until)
            .Select(m => new { m.OrganisationId, m.IndicatorCode }).Distinct().ToListAsync(ct);
        foreach (var s in sent)
            if (keyById.TryGetValue(s.OrganisationId!.Value, out var orgKey))
                foreach (var p in indicatorPillars[s.IndicatorCode]) active.Add((p, orgKey));

        return tree.Pillars.Select(p =>
        {
            var partners = p.Leads.Concat(p.Members).Select(o => o.Id)
                .Concat(p.Actions.Concat(p.Goals.SelectMany(g => g.Actions)).Where(a => a.Owner is not null).Select(a => a.Owner!))
                .Concat(owners.Where(o => indicatorPillars[o.IndicatorCode].Contains(p.Id)).Select(o => o.OrganisationKey))
                .Where(nameByKey.ContainsKey).ToHashSet();
            var activeNames = partners.Where(k => active.Contains((p.Id, k))).Select(k => nameByKey[k]).Order(StringComparer.Ordinal).ToList();
            return new PillarEngagement(p.Id, p.Name, partners.Count, activeNames);
        }).ToList();
    }

    private static IEnumerable<string> StoryPillars(string? snapshot, Dictionary<string, string> resultPillar)
    {
        if (snapshot is null) return [];
        static IEnumerable<string> Keys(string snapshot, string field) =>
            Regex.Match(snapshot, $"(?:^|; ){field}=([^;]*)") is { Success: true } m
                ? m.Groups[1].Value.Split(", ", StringSplitOptions.RemoveEmptyEntries) : [];
        return Keys(snapshot, nameof(Story.PillarKeys))
            .Concat(Keys(snapshot, nameof(Story.ResultKeys)).Where(resultPillar.ContainsKey).Select(r => resultPillar[r]));
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Governance;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Governance.Money;

public sealed record BudgetLineView(Guid Id, int Year, string Fund, string Part, string? Pillar, decimal Allocated, decimal Committed, decimal Spent, int Version);
public sealed record BudgetTotal(string Label, decimal Allocated, decimal Committed, decimal Spent);
public sealed record BudgetYear(int Year, IReadOnlyList<BudgetLineView> Lines, IReadOnlyList<BudgetTotal> PerFundAndPart,
    IReadOnlyList<BudgetTotal> PerPillar, BudgetTotal Total);
public sealed record BudgetOverview(string RegionId, IReadOnlyList<BudgetYear> Years, decimal TransformationRequested, decimal TransformationGranted);

public sealed class SetBudgetLineRequest
{
    [Range(2020, 2040)] public int Year { get; set; }
    /// <summary>spuk-iza or gala.</summary>
    [Required, StringLength(20)] public string Fund { get; set; } = "";
    /// <summary>coordination or execution.</summary>
    [Required, StringLength(20)] public string Part { get; set; } = "";
    /// <summary>Empty for money not tied to one pillar.</summary>
    [StringLength(80)] public string? Pillar { get; set; }
    [Range(0, 1_000_000_000)] public decimal Allocated { get; set; }
    [Range(0, 1_000_000_000)] public decimal Committed { get; set; }
    [Range(0, 1_000_000_000)] public decimal Spent { get; set; }
    /// <summary>The version you read; 0 or empty for a new line.</summary>
    public int? Version { get; set; }
}

/// <summary>The region's budget per year: SPUK IZA and GALA, allocated / committed / spent, coordination / execution, totals per pillar.</summary>
public sealed class BudgetHandler(AppDbContext db)
{
    public async Task<BudgetOverview?> GetAsync(string regionId, CancellationToken ct)
    {
        if (!await db.Regions.AnyAsync(r => r.Id == regionId, ct)) return null;
        var pillars = await db.Pillars.AsNoTracking().Where(p => p.RegionId == regionId).ToDictionaryAsync(p => p.Key, p => p.Name, ct);
        var lines = await db.Set<BudgetLine>().AsNoTracking().Where(b => b.RegionId == regionId).ToListAsync(ct);
        var years = lines.GroupBy(l => l.Year).OrderBy(g => g.Key).Select(y =>
        {
            var views = y.OrderBy(l => l.Fund).ThenBy(l => l.Part).ThenBy(l => l.PillarKey).Select(ToView).ToList();
            return new BudgetYear(y.Key, views,
                y.GroupBy(l => (l.Fund, l.Part)).OrderBy(g => g.Key).Select(g => Sum(
                    $"{GovernanceLabels.Label(g.Key.Fund)} · {GovernanceLabels.Label(g.Key.Part)}", g)).ToList(),
                y.GroupBy(l => l.PillarKey).OrderBy(g => g.Key).Select(g => Sum(g.Key.Length == 0
                    ? Common.Localization.Ui.T("niet aan één pijler", "not tied to one pillar") : pillars.GetValueOrDefault(g.Key, g.Key), g)).ToList(),
                Sum(Common.Localization.Ui.T("Totaal", "Total"), y));
        }).ToList();
        var plans = await db.TransformationPlans.AsNoTracking().Where(t => t.RegionId == regionId).Select(t => new { t.Budget, t.GrantedBudget }).ToListAsync(ct);
        return new BudgetOverview(regionId, years, plans.Sum(p => p.Budget ?? 0), plans.Sum(p => p.GrantedBudget ?? 0));
    }

    public async Task<BudgetLineView?> SetAsync(string regionId, SetBudgetLineRequest r, Actor actor, CancellationToken ct)
    {
        if (!await db.Regions.AnyAsync(x => x.Id == regionId, ct)) return null;
        GovernanceEditSupport.EnsureMayManage(actor, regionId);
        if (!EnumNames.TryParse<BudgetFund>(r.Fund, out var fund)) throw new RuleViolation("governance.budget-fund-unknown", r.Fund);
        if (!EnumNames.TryParse<BudgetPart>(r.Part, out var part)) throw new RuleViolation("governance.budget-part-unknown", r.Part);
        var pillar = string.IsNullOrWhiteSpace(r.Pillar) ? "" : r.Pillar.Trim();
        if (pillar.Length > 0 && !await db.Pillars.AnyAsync(p => p.RegionId == regionId && p.Key == pillar, ct)) throw new RuleViolation("governance.pillar-unknown", pillar);
        var line = await db.Set<BudgetLine>().SingleOrDefaultAsync(b => b.RegionId == regionId && b.Year == r.Year && b.Fund == fund && b.Part == part && b.PillarKey == pillar, ct);
        if (line is null)
        {
            if (r.Version is > 0) throw new Common.Errors.EditConflict($"{r.Year}/{fund}/{part}", r.Version.Value, 0, new { }, null, null);
            line = BudgetLine.Create(regionId, r.Year, fund, part, pillar);
            line.Version = 1;
            db.Add(line);
        }
        else if (r.Version is { } read)
        {
            if (read != line.Version) throw new Common.Errors.EditConflict($"{r.Year}/{fund}/{part}", read, line.Version, ToView(line), null, null);
            db.Entry(line).Property(nameof(BudgetLine.Version)).OriginalValue = read;
        }
        line.SetAmounts(r.Allocated, r.Committed, r.Spent);
        await db.SaveChangesAsync(ct);
        return ToView(line);
    }

    private static BudgetLineView ToView(BudgetLine l) => new(l.Id, l.Year, EnumNames.ToName(l.Fund), EnumNames.ToName(l.Part),
        l.PillarKey.Length == 0 ? null : l.PillarKey, l.Allocated, l.Committed, l.Spent, l.Version);

    private static BudgetTotal Sum(string label, IEnumerable<BudgetLine> lines)
    {
        var list = lines.ToList();
        return new BudgetTotal(label, list.Sum(l => l.Allocated), list.Sum(l => l.Committed), list.Sum(l => l.Spent));
    }
}

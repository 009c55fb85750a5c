using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan.PlanFiles;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Plan.Regions;

[Access(Scope.Public)]
public sealed class WorkAgendaModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Item(string Key, string Title, string PillarKey, string PillarName, string? OwnerName, string Status, DateOnly Due, bool Overdue);
    public sealed record QuarterGroup(int Quarter, IReadOnlyList<Item> Items);
    public sealed record YearGroup(int Year, IReadOnlyList<QuarterGroup> Quarters);

    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public IReadOnlyList<YearGroup> Years { get; private set; } = [];
    public int Undated { get; private set; }

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct)
    {
        var name = await db.Regions.Where(r => r.Id == regionId).Select(r => r.Name).SingleOrDefaultAsync(ct);
        if (name is null) return NotFound();
        (RegionId, RegionName) = (regionId, name);
        var rows = await (from a in db.Actions.AsNoTracking()
                          join p in db.Pillars on a.PillarId equals p.Id
                          where a.RegionId == regionId
                          select new { a.Key, a.Title, PillarKey = p.Key, PillarName = p.Name, Owner = a.Owner == null ? null : a.Owner.Name, a.Status, a.Due })
            .ToListAsync(ct);
        Undated = rows.Count(r => r.Due is null);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Years = rows.Where(r => r.Due is not null)
            .Select(r => new Item(r.Key, r.Title, r.PillarKey, r.PillarName, r.Owner, EnumNames.ToName(r.Status), r.Due!.Value, PlanAction.IsOverdue(r.Due, r.Status, today)))
            .GroupBy(i => i.Due.Year).OrderBy(g => g.Key)
            .Select(y => new YearGroup(y.Key, y.GroupBy(i => (i.Due.Month - 1) / 3 + 1).OrderBy(q => q.Key)
                .Select(q => new QuarterGroup(q.Key, q.OrderBy(i => i.Due).ThenBy(i => i.Title).ToList())).ToList()))
            .ToList();
        return Page();
    }
}

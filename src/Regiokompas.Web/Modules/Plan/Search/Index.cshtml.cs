using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Web.Common.Data;
using static Regiokompas.Web.Common.Localization.Ui;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Plan.Search;

/// <summary>Plain substring search over the plan's own texts; the plan is small enough that the database does this fast.</summary>
[Access(Scope.Public)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Hit(string Kind, string Title, string Url, string? Context);

    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public IReadOnlyList<Hit> Hits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct)
    {
        var name = await db.Regions.Where(r => r.Id == regionId).Select(r => r.Name).SingleOrDefaultAsync(ct);
        if (name is null) return NotFound();
        (RegionId, RegionName) = (regionId, name);
        var q = Q?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(q) || q.Length > 100) return Page();
        var hits = new List<Hit>();
        var baseUrl = $"/regio/{regionId}";
        hits.AddRange((await db.Pillars.AsNoTracking().Where(p => p.RegionId == regionId &&
                (p.Name.ToLower().Contains(q) || (p.Ambition != null && p.Ambition.ToLower().Contains(q)) || (p.Description != null && p.Description.ToLower().Contains(q))))
            .OrderBy(p => p.SortOrder).Select(p => new { p.Key, p.Name }).ToListAsync(ct))
            .Select(p => new Hit(T("Pijlers", "Pillars"), p.Name, $"{baseUrl}#{p.Key}", null)));
        hits.AddRange((await db.Goals.AsNoTracking().Where(g => g.RegionId == regionId &&
                (g.Title.ToLower().Contains(q) || (g.Description != null && g.Description.ToLower().Contains(q))))
            .OrderBy(g => g.SortOrder).Select(g => new { g.Key, g.Title }).ToListAsync(ct))
            .Select(g => new Hit(T("Doelen", "Goals"), g.Title, $"{baseUrl}#{g.Key}", null)));
        hits.AddRange((await db.Results.AsNoTracking().Where(r => r.RegionId == regionId &&
                (r.Title.ToLower().Contains(q) || (r.Description != null && r.Description.ToLower().Contains(q))))
            .OrderBy(r => r.Deadline).Select(r => new { r.Key, r.Title, r.Deadline }).ToListAsync(ct))
            .Select(r => new Hit(T("Resultaten", "Results"), r.Title, $"{baseUrl}/resultaat/{r.Key}", r.Deadline is null ? null : Date(r.Deadline))));
        hits.AddRange((await db.Actions.AsNoTracking().Where(a => a.RegionId == regionId &&
                (a.Title.ToLower().Contains(q) || (a.Description != null && a.Description.ToLower().Contains(q))))
            .OrderBy(a => a.Due).Select(a => new { a.Key, a.Title, Owner = a.Owner == null ? null : a.Owner.Name }).ToListAsync(ct))
            .Select(a => new Hit(T("Acties", "Actions"), a.Title, $"{baseUrl}/actie/{a.Key}", a.Owner)));
        hits.AddRange((await db.Organisations.AsNoTracking().Where(o => o.RegionId == regionId && o.Name.ToLower().Contains(q))
            .OrderBy(o => o.Name).Select(o => new { o.Key, o.Name }).ToListAsync(ct))
            .Select(o => new Hit(T("Organisaties", "Organisations"), o.Name, $"{baseUrl}/organisatie/{o.Key}", null)));
        hits.AddRange((await db.Initiatives.AsNoTracking().Where(i => i.RegionId == regionId &&
                (i.Name.ToLower().Contains(q) || (i.Description != null && i.Description.ToLower().Contains(q))))
            .OrderBy(i => i.Name).Select(i => new { i.Name, i.Description }).ToListAsync(ct))
            .Select(i => new Hit(T("Initiatieven", "Initiatives"), i.Name, baseUrl, i.Description)));
        Hits = hits;
        return Page();
    }
}

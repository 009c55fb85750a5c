using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan.PlanFiles;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Plan.Organisations;

[Access(Scope.Public)]
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public Organisation Organisation { get; private set; } = null!;
    public IReadOnlyList<PillarRef> Leads { get; private set; } = [];
    public IReadOnlyList<PillarRef> Member { get; private set; } = [];
    public IReadOnlyList<ActionNode> Owned { get; private set; } = [];
    public IReadOnlyList<ActionNode> Partner { get; private set; } = [];
    public IReadOnlyList<string> Plans { get; private set; } = [];
    public IReadOnlyList<string> Initiatives { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, string key, CancellationToken ct)
    {
        var org = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.RegionId == regionId && o.Key == key, ct);
        if (org is null) return NotFound();
        (RegionId, Organisation) = (regionId, org);
        RegionName = await db.Regions.Where(r => r.Id == regionId).Select(r => r.Name).SingleAsync(ct);
        var pillars = await db.Pillars.AsNoTracking().Where(p => p.RegionId == regionId).OrderBy(p => p.SortOrder)
            .Select(p => new { p.Key, p.Name, p.LeadKeys, p.MemberKeys }).ToListAsync(ct);
        Leads = pillars.Where(p => p.LeadKeys.Contains(key)).Select(p => new PillarRef(p.Key, p.Name)).ToList();
        Member = pillars.Where(p => p.MemberKeys.Contains(key)).Select(p => new PillarRef(p.Key, p.Name)).ToList();
        var actions = await db.Actions.AsNoTracking().Include(a => a.Owner)
            .Where(a => a.RegionId == regionId && (a.OwnerId == org.Id || a.PartnerKeys.Contains(key)))
            .OrderBy(a => a.Due).ToListAsync(ct);
        ActionNode Node(PlanAction a) => new(a.Key, a.Title, a.Owner?.Key, a.Owner?.Name, EnumNames.ToName(a.Status), a.Start, a.Due, a.Version);
        Owned = actions.Where(a => a.OwnerId == org.Id).Select(Node).ToList();
        Partner = actions.Where(a => a.OwnerId != org.Id).Select(Node).ToList();
        Plans = await db.TransformationPlans.AsNoTracking().Where(t => t.RegionId == regionId && t.ApplicantKeys.Contains(key)).Select(t => t.Title).ToListAsync(ct);
        Initiatives = await db.Initiatives.AsNoTracking().Where(i => i.RegionId == regionId && i.OrganisationKeys.Contains(key)).Select(i => i.Name).ToListAsync(ct);
        return Page();
    }
}

using Regiokompas.Web.Common.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Plan.Results;

[Access(Scope.Public)]
public sealed class DetailsModel(AppDbContext db, PlanQueries queries, ICurrentActor actor) : PageModel
{
    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public string PillarKey { get; private set; } = "";
    public string PillarName { get; private set; } = "";
    public string GoalTitle { get; private set; } = "";
    public ResultNode Result { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public IReadOnlyList<AuditLine> Audit { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, string key, CancellationToken ct)
    {
        var found = await ResultContext.LoadAsync(db, regionId, key, ct);
        if (found is null) return NotFound();
        (RegionId, RegionName, PillarKey, PillarName, GoalTitle) = (regionId, found.RegionName, found.PillarKey, found.PillarName, found.GoalTitle);
        Result = PlanQueries.ToNode(found.Result);
        CanEdit = PlanPermissions.CanEditPillar(actor.Actor, regionId, found.PillarId);
        Audit = User.Identity?.IsAuthenticated == true ? await queries.GetAuditAsync(regionId, nameof(PlanResult), key, ct) : [];
        return Page();
    }
}

internal sealed record ResultContext(PlanResult Result, int PillarId, string PillarKey, string PillarName, string GoalTitle, string RegionName)
{
    public static async Task<ResultContext?> LoadAsync(AppDbContext db, string regionId, string key, CancellationToken ct, bool track = false)
    {
        var results = track ? db.Results : db.Results.AsNoTracking();
        var result = await results.SingleOrDefaultAsync(r => r.RegionId == regionId && r.Key == key, ct);
        if (result is null) return null;
        var ctx = await (from g in db.Goals
                         join p in db.Pillars on g.PillarId equals p.Id
                         join reg in db.Regions on p.RegionId equals reg.Id
                         where g.Id == result.GoalId
                         select new { p.Id, p.Key, p.Name, g.Title, Region = reg.Name }).SingleAsync(ct);
        return new ResultContext(result, ctx.Id, ctx.Key, ctx.Name, ctx.Title, ctx.Region);
    }
}

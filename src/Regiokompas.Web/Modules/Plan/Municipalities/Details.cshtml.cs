using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan.PlanFiles;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Plan.Municipalities;

[Access(Scope.Public)]
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public sealed record ChainRow(string Name, RolloutStatus Status, string StatusName, DateOnly? Date, string? Note, string? RegionalTarget, DateOnly? Deadline);
    public sealed record Promise(string Key, string Title, DateOnly Deadline, bool Local);
    public sealed record InitiativeRow(string Name, string? Description);

    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Note { get; private set; }
    public IReadOnlyList<ChainRow> Chains { get; private set; } = [];
    public IReadOnlyList<ActionNode> Actions { get; private set; } = [];
    public IReadOnlyList<Promise> Promises { get; private set; } = [];
    public IReadOnlyList<InitiativeRow> Initiatives { get; private set; } = [];
    public IReadOnlyList<OrganisationRef> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, string code, CancellationToken ct)
    {
        var m = await db.Municipalities.AsNoTracking().SingleOrDefaultAsync(x => x.Code == code && x.RegionId == regionId, ct);
        if (m is null) return NotFound();
        (RegionId, Name, Note) = (regionId, m.Name, m.Note);
        RegionName = await db.Regions.Where(r => r.Id == regionId).Select(r => r.Name).SingleAsync(ct);

        Chains = (await (from r in db.ChainRollouts.AsNoTracking()
                         join c in db.ChainApproaches on r.ChainApproachId equals c.Id
                         where r.RegionId == regionId && r.MunicipalityCode == code
                         orderby c.SortOrder
                         select new { c.Name, r.Status, r.Date, r.Note, c.RegionalTarget, c.Deadline }).ToListAsync(ct))
            .Select(x => new ChainRow(x.Name, x.Status, EnumNames.ToName(x.Status), x.Date, x.Note, x.RegionalTarget, x.Deadline)).ToList();

        Actions = (await db.Actions.AsNoTracking().Where(a => a.RegionId == regionId && a.MunicipalityCodes.Contains(code))
                .OrderBy(a => a.Due).Select(a => new { a.Key, a.Title, Owner = a.Owner, a.Status, a.Start, a.Due, a.Version }).ToListAsync(ct))
            .Select(a => new ActionNode(a.Key, a.Title, a.Owner?.Key, a.Owner?.Name, EnumNames.ToName(a.Status), a.Start, a.Due, a.Version)).ToList();

        Promises = (await db.Results.AsNoTracking().Where(r => r.RegionId == regionId && r.Deadline != null)
                .Select(r => new { r.Key, r.Title, r.Deadline, r.MunicipalityCodes }).ToListAsync(ct))
            .Where(r => r.MunicipalityCodes.Count == 0 || r.MunicipalityCodes.Contains(code))
            .OrderBy(r => r.Deadline).Select(r => new Promise(r.Key, r.Title, r.Deadline!.Value, r.MunicipalityCodes.Count > 0)).ToList();

        Initiatives = await db.Initiatives.AsNoTracking().Where(i => i.RegionId == regionId && i.MunicipalityCodes.Contains(code))
            .OrderBy(i => i.Name).Select(i => new InitiativeRow(i.Name, i.Description)).ToListAsync(ct);
        Organisations = await db.Organisations.AsNoTracking().Where(o => o.RegionId == regionId && (o.MunicipalityCodes.Contains(code) || o.MunicipalityCodes.Count == 0))
            .OrderBy(o => o.Name).Select(o => new OrganisationRef(o.Key, o.Name)).ToListAsync(ct);
        return Page();
    }
}

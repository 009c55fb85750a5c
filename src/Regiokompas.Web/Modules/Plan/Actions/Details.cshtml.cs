using Regiokompas.Web.Common.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Common.Privacy;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Plan.Actions;

[Access(Scope.Public)]
public sealed class DetailsModel(AppDbContext db, PlanQueries queries, ICurrentActor actor, AddProgressNoteHandler addNote) : PageModel
{
    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public string PillarKey { get; private set; } = "";
    public string PillarName { get; private set; } = "";
    public string? GoalTitle { get; private set; }
    public PlanAction Action { get; private set; } = null!;
    public string? OwnerKey { get; private set; }
    public string? OwnerName { get; private set; }
    public IReadOnlyList<OrganisationRef> Partners { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanReport { get; private set; }
    public IReadOnlyList<AuditLine> Audit { get; private set; } = [];
    public IReadOnlyDictionary<int, string> NoteOrganisations { get; private set; } = new Dictionary<int, string>();

    /// <summary>Who wrote a note: the person for signed-in readers, the organisation for the public.</summary>
    public string? NoteAuthor(ProgressNote note) => PublicDisclosure.AuthorFor(User, note.Author,
        note.AuthorOrganisationId is { } id ? NoteOrganisations.GetValueOrDefault(id) : null);
    [BindProperty] public AddProgressNoteRequest Note { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string regionId, string key, CancellationToken ct) =>
        await LoadAsync(regionId, key, ct) ? Page() : NotFound();

    [Access(Scope.Organisation)]
    public async Task<IActionResult> OnPostNoteAsync(string regionId, string key, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, key, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        await addNote.HandleAsync(regionId, key, Note, actor.Actor, ct);
        TempData["Status"] = Texts.Get("edit.saved");
        return Redirect($"/regio/{regionId}/actie/{key}#notes-h");
    }

    private async Task<bool> LoadAsync(string regionId, string key, CancellationToken ct)
    {
        var action = await db.Actions.AsNoTracking().Include(a => a.Owner).Include(a => a.Notes)
            .SingleOrDefaultAsync(a => a.RegionId == regionId && a.Key == key, ct);
        if (action is null) return false;
        Action = action;
        RegionId = regionId;
        RegionName = await db.Regions.Where(r => r.Id == regionId).Select(r => r.Name).SingleAsync(ct);
        var pillar = await db.Pillars.Where(p => p.Id == action.PillarId).Select(p => new { p.Key, p.Name }).SingleAsync(ct);
        (PillarKey, PillarName) = (pillar.Key, pillar.Name);
        GoalTitle = action.GoalId is { } gid ? await db.Goals.Where(g => g.Id == gid).Select(g => g.Title).SingleAsync(ct) : null;
        (OwnerKey, OwnerName) = (action.Owner?.Key, action.Owner?.Name);
        Partners = await db.Organisations.Where(o => o.RegionId == regionId && action.PartnerKeys.Contains(o.Key))
            .OrderBy(o => o.Name).Select(o => new OrganisationRef(o.Key, o.Name)).ToListAsync(ct);
        var noteOrganisations = action.Notes.Where(n => n.AuthorOrganisationId != null).Select(n => n.AuthorOrganisationId!.Value).Distinct().ToList();
        NoteOrganisations = await db.Organisations.Where(o => noteOrganisations.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        CanEdit = PlanPermissions.CanReportActionProgress(actor.Actor, regionId, action.PillarId, action.OwnerId);
        CanReport = CanEdit;
        Audit = User.Identity?.IsAuthenticated == true ? await queries.GetAuditAsync(regionId, nameof(PlanAction), key, ct) : [];
        return true;
    }
}

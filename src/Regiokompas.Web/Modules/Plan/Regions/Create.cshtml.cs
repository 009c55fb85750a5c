using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.Plan.Regions;

[Access(Scope.Administrator)]
public sealed class CreateModel(CreateRegionHandler handler, AppDbContext db) : PageModel
{
    [BindProperty] public CreateRegionRequest Input { get; set; } = new();
    public IReadOnlyList<CbsMunicipality> Choices { get; private set; } = [];
    /// <summary>Municipality code → the region it already belongs to.</summary>
    public IReadOnlyDictionary<string, string> Taken { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(int? jaar, CancellationToken ct)
    {
        Input.Year = jaar is { } y && CbsMunicipalities.Years.Contains(y) ? y : CbsMunicipalities.Years[0];
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CbsMunicipalities.Years.Contains(Input.Year)) Input.Year = CbsMunicipalities.Years[0];
        if (!ModelState.IsValid) { await LoadAsync(ct); return Page(); }
        try
        {
            var id = await handler.HandleAsync(Input, ct);
            TempData["Status"] = Texts.Get("regions.created", Input.Name.Trim());
            return Redirect($"/regio/{id}/gebruikers/uitnodigen");
        }
        catch (RuleViolation e)
        {
            ModelState.AddModelError(string.Empty, Texts.Get(e.Code, e.Arguments));
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Choices = CbsMunicipalities.ForYear(Input.Year);
        Taken = await db.Municipalities.AsNoTracking().Where(m => m.RegionId != null)
            .Join(db.Regions, m => m.RegionId, r => r.Id, (m, r) => new { m.Code, r.Name }).ToDictionaryAsync(x => x.Code, x => x.Name, ct);
    }
}

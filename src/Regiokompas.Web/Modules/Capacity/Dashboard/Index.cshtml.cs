using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Capacity.Dashboard;

/// <summary>The regional dashboard: unit detail for signed-in professionals, suppressed totals for everyone else.</summary>
[Access(Scope.Public)]
public sealed class IndexModel(CapacityQueries queries, PublicCapacity publicCapacity) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Municipality { get; set; }
    [BindProperty(SupportsGet = true)] public bool Reservable { get; set; }

    public CapacityOverview? Overview { get; private set; }
    public IReadOnlyList<PublicCapacityRow> PublicRows { get; private set; } = [];
    public IReadOnlyList<CapacityTypeView> Types { get; private set; } = [];
    public CapacityQueries.Names Names { get; private set; } = null!;
    public bool Professional => User.Identity?.IsAuthenticated == true;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Only the table, for the live refresh script.</summary>
    public async Task<IActionResult> OnGetTableAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Partial("_CapacityTable", this);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Names = await queries.NamesAsync(ct);
        Types = await queries.GetTypesAsync(ct);
        if (Professional)
            Overview = await queries.GetOverviewAsync(new CapacityFilter(Region, Type, Municipality, null, Reservable), ct);
        else
            PublicRows = await publicCapacity.GetAsync(Region, ct);
    }
}

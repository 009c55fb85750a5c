using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Capacity.Forecasts;

[Access(Scope.Public)]
public sealed class IndexModel(ForecastQueries forecasts, CapacityQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    public ForecastPanel? Panel { get; private set; }
    public IReadOnlyList<CapacityTypeView> Types { get; private set; } = [];
    public CapacityQueries.Names Names { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Names = await queries.NamesAsync(ct);
        Types = await queries.GetTypesAsync(ct);
        Region ??= Names.Regions.FirstOrDefault()?.Id;
        Type ??= Types.FirstOrDefault()?.Code;
        if (Region is not null && Type is not null) Panel = await forecasts.GetAsync(Region, Type, ct);
    }

    public static string Method(string method) => method == "holt-winters"
        ? Common.Localization.Ui.T("Holt-Winters", "Holt-Winters")
        : Common.Localization.Ui.T("Seizoensnaïef (vorige week)", "Seasonal naive (last week)");
}

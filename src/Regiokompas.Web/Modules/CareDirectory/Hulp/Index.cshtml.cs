using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Modules.CareDirectory.Seeding;
using Regiokompas.Web.Modules.CareDirectory.Services;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.CareDirectory.Hulp;

/// <summary>The residents' front door: search, theme tiles, filters and results, all in one GET form.</summary>
[Access(Scope.Public)]
public sealed class IndexModel(CareDirectoryQueries queries, CareDirectoryContent content) : PageModel
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "gemeente")] public string? Municipality { get; set; }
    [BindProperty(SupportsGet = true, Name = "thema")] public List<string> Themes { get; set; } = [];
    [BindProperty(SupportsGet = true, Name = "leeftijd")] public int? Age { get; set; }
    [BindProperty(SupportsGet = true, Name = "gratis")] public bool FreeOnly { get; set; }
    [BindProperty(SupportsGet = true, Name = "direct")] public bool WithoutReferral { get; set; }
    [BindProperty(SupportsGet = true, Name = "taal")] public string? Language { get; set; }
    [BindProperty(SupportsGet = true, Name = "soort")] public List<ServiceKind> Kinds { get; set; } = [];
    [BindProperty(SupportsGet = true, Name = "weergave")] public string? View { get; set; }
    [BindProperty(SupportsGet = true, Name = "pagina")] public int PageNumber { get; set; } = 1;

    public ResidentResults? Results { get; private set; }
    public bool Professional => View == "professional";
    public bool HasQuestion => !string.IsNullOrWhiteSpace(Query) || Themes.Count > 0 || Municipality is not null || Kinds.Count > 0
        || Age is not null || FreeOnly || WithoutReferral || Language is not null;
    public IReadOnlyList<string> SuggestionWords { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        Municipality = string.IsNullOrWhiteSpace(Municipality) ? null : Municipality;
        Language = string.IsNullOrWhiteSpace(Language) ? null : Language;
        Themes = Themes.Where(DutchThemes.IsKnown).Distinct().ToList();
        // Without JavaScript, the browser's own list gives suggestions: theme names and the lay words we know.
        SuggestionWords = DutchThemes.All.Select(t => t.Name)
            .Concat(content.Synonyms.Rules.SelectMany(r => r.From)).Distinct().Order().ToList();
        if (!HasQuestion) return;
        Results = await queries.SearchAsync(Query, Filter(), residentView: true, (PageNumber - 1) * PageSize, PageSize, ct);
    }

    public DirectoryFilter Filter() => new()
    {
        MunicipalityCode = Municipality,
        Age = Age is >= 0 and <= AgeRange.OldestAge ? Age : null,
        FreeOnly = FreeOnly,
        WithoutReferralOnly = WithoutReferral,
        LanguageCode = Language,
        Kinds = Kinds.ToHashSet(),
        Themes = Themes.ToHashSet(StringComparer.Ordinal),
    };

    /// <summary>The current search as a query string with one value changed, for tiles and paging links.</summary>
    public string Link(string? theme = null, int? page = null, string? query = null) =>
        "/hulp" + (QueryString(theme, page, query) is { Length: > 0 } qs ? "?" + qs : "");

    /// <summary>The search as a query string for a service link, so "Terug naar zoeken" there returns to these results.</summary>
    public string BackQuery => QueryString(null, PageNumber, null) is { Length: > 0 } qs ? "?" + qs : "";

    public string? PlaceName => Municipality is { } code ? MunicipalityNames.Of(code) : null;

    private string QueryString(string? theme, int? page, string? query)
    {
        var parts = new List<string>();
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) parts.Add($"{key}={Uri.EscapeDataString(value)}"); }
        Add("q", query ?? Query);
        Add("gemeente", Municipality);
        foreach (var t in theme is null ? Themes : [theme]) Add("thema", t);
        Add("leeftijd", Age?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (FreeOnly) Add("gratis", "true");
        if (WithoutReferral) Add("direct", "true");
        Add("taal", Language);
        foreach (var k in Kinds) Add("soort", k.ToString());
        Add("weergave", View);
        if ((page ?? 1) > 1) Add("pagina", page!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return string.Join("&", parts);
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.CareDirectory.Hulp;

/// <summary>"Welke hulp past bij mij?": a few questions on one page; the answers become the filters of /hulp.</summary>
[Access(Scope.Public)]
public sealed class WelkeHulpModel(CareDirectoryContent content) : PageModel
{
    public QuestionPath Path => content.QuestionPath;
    [BindProperty(SupportsGet = true, Name = "gemeente")] public string? Municipality { get; set; }

    public void OnGet() { }

    public IActionResult OnPost([FromForm] Dictionary<string, string> answers)
    {
        var known = answers.Where(a => Path.Questions.Any(q => q.Id == a.Key)).ToDictionary(a => a.Key, a => a.Value);
        DirectoryFilter filter;
        try { filter = Path.Apply(known); }
        catch (RuleViolation) { return BadRequest(); }
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(Municipality)) query.Add("gemeente=" + Uri.EscapeDataString(Municipality));
        query.AddRange(filter.Themes.Select(t => "thema=" + Uri.EscapeDataString(t)));
        query.AddRange(filter.Kinds.Select(k => "soort=" + k));
        if (filter.Age is { } age) query.Add("leeftijd=" + age.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (filter.FreeOnly) query.Add("gratis=true");
        if (filter.WithoutReferralOnly) query.Add("direct=true");
        return Redirect("/hulp" + (query.Count == 0 ? "" : "?" + string.Join("&", query)) + "#resultaten");
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Stories;

/// <summary>The story form: add (no id) or edit a story, record consent, make it public or internal, withdraw consent.</summary>
[Access(Scope.PillarLead)]
public sealed class EditStoryModel(AppDbContext db, PlanQueries plans, AddStoryHandler add, EditStoryHandler edit, ICurrentActor actor) : PageModel
{
    public sealed class StoryForm
    {
        public int Version { get; set; }
        public StoryKind Kind { get; set; } = StoryKind.Story;
        [MaxLength(300), Display(Name = "Titel")] public string? Title { get; set; }
        [Required, MaxLength(Story.MaxTextLength), Display(Name = "Tekst")] public string Text { get; set; } = "";
        [Required, Display(Name = "Datum")] public DateOnly? Date { get; set; }
        public string? MunicipalityCode { get; set; }
        public StorySource Source { get; set; } = StorySource.Interview;
        [Display(Name = "Datum van toestemming")] public DateOnly? ConsentDate { get; set; }
        public bool Public { get; set; }
        public List<string> ResultKeys { get; set; } = [];
    }

    [BindProperty] public StoryForm Input { get; set; } = new();
    public string RegionId { get; private set; } = "";
    public RegionSummary Region { get; private set; } = null!;
    public int? StoryId { get; private set; }
    public StoryEditView? Current { get; private set; }
    public IReadOnlyList<(string Pillar, IReadOnlyList<(string Key, string Title)> Results)> Results { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, int? storyId, string? resultaat, CancellationToken ct)
    {
        if (await LoadAsync(regionId, storyId, ct) is { } stop) return stop;
        if (Current is { } s)
        {
            Input = new StoryForm
            {
                Version = s.Version, Kind = s.Kind, Title = s.Title, Text = s.Text, Date = s.Date, MunicipalityCode = s.MunicipalityCode,
                Source = s.Source, ConsentDate = s.ConsentDate, Public = s.Public, ResultKeys = [.. s.ResultKeys],
            };
        }
        else if (resultaat is { Length: > 0 })
        {
            Input.ResultKeys = [resultaat];
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string regionId, int? storyId, CancellationToken ct)
    {
        if (await LoadAsync(regionId, storyId, ct) is { } stop) return stop;
        if (!ModelState.IsValid) return Page();
        try
        {
            if (storyId is { } id)
            {
                var request = new EditStoryRequest
                {
                    Version = Input.Version, Kind = Input.Kind, Title = Input.Title, Text = Input.Text, Date = Input.Date!.Value,
                    MunicipalityCode = Input.MunicipalityCode, Source = Input.Source, ConsentDate = Input.ConsentDate, Public = Input.Public,
                    ResultKeys = Input.ResultKeys,
                };
                if (await edit.HandleAsync(regionId, id, request, actor.Actor, actor.Name, ct) is null) return NotFound();
            }
            else
            {
                var request = new AddStoryRequest
                {
                    Kind = Input.Kind, Title = Input.Title, Text = Input.Text, Date = Input.Date!.Value, MunicipalityCode = Input.MunicipalityCode,
                    Source = Input.Source, ConsentDate = Input.ConsentDate, Public = Input.Public, ResultKeys = Input.ResultKeys,
                };
                if (await add.HandleAsync(regionId, request, actor.Actor, actor.Name, ct) is null) return NotFound();
            }
            TempData["Status"] = MonitoringTexts.Get("monitoring.story-saved");
            return Redirect($"/regio/{regionId}/monitor/verhalen");
        }
        catch (NotAllowed)
        {
            return Forbid();
        }
        catch (EditConflict conflict)
        {
            ModelState.AddModelError(string.Empty, Texts.Get("edit.conflict"));
            Current = (StoryEditView)conflict.Current;
            // The next save deliberately builds on the version the user has now seen.
            ModelState.Remove("Input.Version");
            Input.Version = conflict.CurrentVersion;
            return Page();
        }
        catch (RuleViolation rule)
        {
            ModelState.AddModelError(string.Empty, MonitoringTexts.Get(rule.Code, rule.Arguments));
            return Page();
        }
    }

    /// <summary>Consent withdrawn: one click, no version needed, gone from every public place.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(string regionId, int? storyId, CancellationToken ct)
    {
        if (await LoadAsync(regionId, storyId, ct) is { } stop) return stop;
        if (storyId is not { } id) return NotFound();
        try
        {
            if (await edit.WithdrawAsync(regionId, id, null, actor.Actor, ct) is null) return NotFound();
        }
        catch (NotAllowed)
        {
            return Forbid();
        }
        TempData["Status"] = MonitoringTexts.Get("monitoring.story-withdrawn");
        return Redirect($"/regio/{regionId}/monitor/verhalen");
    }

    private async Task<IActionResult?> LoadAsync(string regionId, int? storyId, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return NotFound();
        if (!await StoryPermissions.CanWriteAsync(db, actor.Actor, regionId, ct)) return Forbid();
        (RegionId, Region, StoryId) = (regionId, region, storyId);
        if (storyId is { } id)
        {
            Current = await edit.GetAsync(regionId, id, ct);
            if (Current is null) return NotFound();
        }
        var tree = await plans.GetPlanTreeAsync(regionId, ct);
        Results = tree is null ? [] : tree.Pillars
            .Select(p => (p.Name, (IReadOnlyList<(string, string)>)p.Goals.SelectMany(g => g.Results).Select(r => (r.Id, r.Title)).ToList()))
            .Where(p => p.Item2.Count > 0).ToList();
        return null;
    }

    public static string KindName(StoryKind kind) => kind switch
    {
        StoryKind.Quote => Ui.T("Citaat", "Quote"),
        StoryKind.Observation => Ui.T("Observatie", "Observation"),
        _ => Ui.T("Verhaal", "Story"),
    };

    public static string SourceName(StorySource source) => source switch
    {
        StorySource.Interview => Ui.T("Interview", "Interview"),
        StorySource.GroupTalk => Ui.T("Groepsgesprek", "Group talk"),
        StorySource.ResidentsPanel => Ui.T("Inwonerspanel", "Residents' panel"),
        StorySource.Professional => Ui.T("Professional", "Professional"),
        _ => Ui.T("Anders", "Other"),
    };
}

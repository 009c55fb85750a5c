using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.CareDirectory.Services;
using static Regiokompas.Web.Common.Localization.Ui;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.CareDirectory.Beheer;

/// <summary>An organisation member edits its own entry; "Controleer taal" runs the B1 check without saving.</summary>
[Access(Scope.Organisation)]
public sealed class EditModel(CareDirectoryQueries queries, EditServiceHandler handler, CareDirectoryContent content, ICurrentActor actor) : PageModel
{
    [BindProperty] public EditServiceRequest Input { get; set; } = new();
    public ServiceView Current { get; private set; } = null!;
    public IReadOnlyList<B1Warning> Warnings { get; private set; } = [];
    public bool Conflict { get; private set; }
    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem) return problem;
        Input = new EditServiceRequest
        {
            Version = Current.Version, Name = Current.Name, Summary = Current.Summary, Description = Current.Description,
            Kind = Current.Kind, Status = Current.Status, Themes = Current.ThemeCodes.ToList(), MinimumAge = Current.MinimumAge,
            MaximumAge = Current.MaximumAge, IsFree = Current.IsFree, ReferralRequired = Current.ReferralRequired,
            FeesDescription = Current.FeesDescription, Url = Current.Url, Email = Current.Email,
            Contact = await handler.ContactOfAsync(id, ct) ?? new ServiceContactInput(),
        };
        Warnings = Check();
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem) return problem;
        Input.Contact ??= new ServiceContactInput();
        Warnings = Check();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem) return problem;
        Input.Contact ??= new ServiceContactInput();
        Warnings = Check();
        NieuwModel.CheckFields(ModelState, Input, Errors);
        if (Errors.Count > 0) return Page();
        try
        {
            await handler.HandleAsync(id, Input, ct);
            TempData["Status"] = Texts.Get("edit.saved");
            return RedirectToPage("Index");
        }
        catch (RuleViolation e)
        {
            Errors.Add(e, FormErrors.ContactFields, "Input_Name");
        }
        catch (EditConflict)
        {
            Conflict = true;
            Errors.Add("Input_Name", Texts.Get("edit.conflict"));
        }
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is not { } current) return NotFound();
        if (!CareDirectoryPermissions.CanEdit(actor.Actor, current.OwnerPlanOrganisationId)) return Forbid();
        Current = current;
        return null;
    }

    private List<B1Warning> Check() => content.B1.Check(Input.Summary).Concat(content.B1.Check(Input.Description)).ToList();
}

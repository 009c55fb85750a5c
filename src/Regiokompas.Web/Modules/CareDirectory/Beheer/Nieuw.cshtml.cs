using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.CareDirectory.Services;
using static Regiokompas.Web.Common.Localization.Ui;

namespace Regiokompas.Web.Modules.CareDirectory.Beheer;

/// <summary>An organisation member adds a service of its own organisation; "Controleer taal" runs the B1 check without saving.</summary>
[Access(Scope.Organisation)]
public sealed class NieuwModel(CreateServiceHandler handler, CareDirectoryContent content) : PageModel
{
    [BindProperty] public EditServiceRequest Input { get; set; } = new() { Contact = new ServiceContactInput() };
    [BindProperty] public bool NotTheSame { get; set; }
    public IReadOnlyList<B1Warning> Warnings { get; private set; } = [];
    public IReadOnlyList<PossibleDuplicate> Duplicates { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    public void OnGet() { }

    public IActionResult OnPostCheck()
    {
        Input.Contact ??= new ServiceContactInput();
        Warnings = Check();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Contact ??= new ServiceContactInput();
        Warnings = Check();
        CheckFields(ModelState, Input, Errors);
        if (Errors.Count > 0) return Page();
        try
        {
            var result = await handler.HandleAsync(Input, NotTheSame, ct);
            if (result.Id == Guid.Empty) { Duplicates = result.Duplicates; return Page(); }
            TempData["Status"] = T("Het aanbod is toegevoegd. Inwoners kunnen het nu vinden.", "The service has been added. Residents can find it now.");
            return Redirect($"/hulp/dienst/{result.Id}");
        }
        catch (RuleViolation e) { Errors.Add(e, FormErrors.ContactFields, "Input_Name"); }
        catch (NotAllowed) { return Forbid(); }
        return Page();
    }

    /// <summary>The binder's findings in Dutch, field by field.</summary>
    public static void CheckFields(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, EditServiceRequest input, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add("Input_Name", Texts.Get("caredirectory.name-required"));
        errors.FromModelState(state, "Input.Name", Texts.Get("caredirectory.name-too-long", CareService.MaxNameLength));
        errors.FromModelState(state, "Input.Summary", Texts.Get("caredirectory.summary-too-long", CareService.MaxSummaryLength));
        errors.FromModelState(state, "Input.Url", Texts.Get("caredirectory.url-invalid"));
        errors.FromModelState(state, "Input.Email", Texts.Get("caredirectory.report-email-invalid"));
        errors.FromModelState(state, "Input.MinimumAge", Texts.Get("caredirectory.age-out-of-range", 0, AgeRange.OldestAge));
        errors.FromModelState(state, "Input.MaximumAge", Texts.Get("caredirectory.age-out-of-range", 0, AgeRange.OldestAge));
        if (input.Contact is { } c)
            try { c.Validate(); }
            catch (RuleViolation e) { errors.Add(e, FormErrors.ContactFields, "Input_Contact_Phone"); }
    }

    private List<B1Warning> Check() => content.B1.Check(Input.Summary).Concat(content.B1.Check(Input.Description)).ToList();
}

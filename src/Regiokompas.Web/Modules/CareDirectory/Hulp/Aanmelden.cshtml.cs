using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Common.Security;
using Regiokompas.Web.Modules.CareDirectory.Services;
using static Regiokompas.Web.Common.Localization.Ui;

namespace Regiokompas.Web.Modules.CareDirectory.Hulp;

/// <summary>Anyone proposes an informal initiative; it shows up in search only after a moderator approves it.</summary>
[Access(Scope.Public), EnableRateLimiting(AppRateLimits.ProposalPolicy)]
public sealed class AanmeldenModel(InitiativeHandler handler) : PageModel
{
    [BindProperty] public ProposeInitiativeRequest Input { get; set; } = new();
    /// <summary>The proposer has seen the possible duplicate and says it is another initiative.</summary>
    [BindProperty] public bool NotTheSame { get; set; }
    public FormErrors Errors { get; } = new();
    public IReadOnlyList<PossibleDuplicate> Duplicates { get; private set; } = [];
    public bool Sent { get; private set; }

    public void OnGet() => Sent = TempData["ProposalSent"] is true;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Check(ModelState, Input, Errors);
        if (Errors.Count > 0) return Page();
        try
        {
            var outcome = await handler.ProposeAsync(Input, NotTheSame, ct);
            if (outcome.Id is null) { Duplicates = outcome.Duplicates; return Page(); }
            TempData["ProposalSent"] = true;
            return RedirectToPage();
        }
        catch (RuleViolation e)
        {
            Errors.Add(e, ProposalFields, "Input_Name");
            return Page();
        }
    }

    public static readonly IReadOnlyDictionary<string, string> ProposalFields = new Dictionary<string, string>
    {
        ["caredirectory.name-required"] = "Input_Name",
        ["caredirectory.proposal-what-required"] = "Input_What",
        ["caredirectory.municipality-unknown"] = "Input_MunicipalityCode",
        ["caredirectory.phone-invalid"] = "Input_ContactPhone",
    };

    /// <summary>Each field's problem in Dutch, in form order.</summary>
    public static void Check(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, ProposeInitiativeRequest input, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add("Input_Name", Texts.Get("caredirectory.name-required"));
        errors.FromModelState(state, "Input.Name", Texts.Get("caredirectory.name-too-long", Domain.CareDirectory.InitiativeProposal.MaxNameLength));
        if (string.IsNullOrWhiteSpace(input.What)) errors.Add("Input_What", Texts.Get("caredirectory.proposal-what-required"));
        errors.FromModelState(state, "Input.What", Texts.Get("caredirectory.summary-too-long", Domain.CareDirectory.InitiativeProposal.MaxTextLength));
        errors.FromModelState(state, "Input.ForWhom", Texts.Get("caredirectory.summary-too-long", 300));
        if (Seeding.MunicipalityNames.Of(input.MunicipalityCode ?? "") is null) errors.Add("Input_MunicipalityCode", Texts.Get("caredirectory.municipality-unknown"));
        errors.FromModelState(state, "Input.Place", Texts.Get("caredirectory.summary-too-long", 300));
        errors.FromModelState(state, "Input.ContactName", Texts.Get("caredirectory.name-too-long", 200));
        if (string.IsNullOrWhiteSpace(input.ContactEmail) || state.GetFieldValidationState("Input.ContactEmail") == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            errors.Add("Input_ContactEmail", Texts.Get("caredirectory.report-email-invalid"));
        errors.FromModelState(state, "Input.ContactPhone", Texts.Get("caredirectory.phone-invalid"));
    }
}

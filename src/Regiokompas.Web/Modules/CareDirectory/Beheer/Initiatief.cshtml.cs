using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.CareDirectory.Hulp;
using Regiokompas.Web.Modules.CareDirectory.Services;
using static Regiokompas.Web.Common.Localization.Ui;

namespace Regiokompas.Web.Modules.CareDirectory.Beheer;

/// <summary>A moderator approves a proposal (after editing it if needed) or rejects it with a reason the proposer receives.</summary>
[Access(Scope.Administrator)]
public sealed class InitiatiefModel(InitiativeHandler handler) : PageModel
{
    [BindProperty] public ProposeInitiativeRequest Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Reason { get; set; }
    public InitiativeProposal Proposal { get; private set; } = null!;
    public IReadOnlyList<PossibleDuplicate> Duplicates { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        Input = new ProposeInitiativeRequest
        {
            Name = Proposal.Name, What = Proposal.What, ForWhom = Proposal.ForWhom, MunicipalityCode = Proposal.MunicipalityCode, Place = Proposal.Place,
            ContactName = Proposal.ContactName, ContactEmail = Proposal.ContactEmail, ContactPhone = Proposal.ContactPhone,
        };
        Version = Proposal.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        AanmeldenModel.Check(ModelState, Input, Errors);
        if (Errors.Count > 0) return Page();
        return await DecideAsync(async () =>
        {
            var serviceId = await handler.ApproveAsync(id, Version, Input, ct);
            TempData["Status"] = T("Goedgekeurd. Het initiatief staat nu in de sociale kaart; de aanmelder krijgt een e-mail.", "Approved. The initiative is now listed; the proposer gets an e-mail.");
            return serviceId is null ? NotFound() : Redirect($"/hulp/dienst/{serviceId}");
        }, "Input_Name");
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        return await DecideAsync(async () =>
        {
            if (!await handler.RejectAsync(id, Version, Reason, ct)) return NotFound();
            TempData["Status"] = T("Afgewezen. De aanmelder krijgt de reden per e-mail.", "Rejected. The proposer receives the reason by e-mail.");
            return RedirectToPage("Initiatieven");
        }, "Reason");
    }

    private async Task<IActionResult> DecideAsync(Func<Task<IActionResult>> decide, string field)
    {
        try { return await decide(); }
        catch (RuleViolation e) { Errors.Add(e, AanmeldenModel.ProposalFields.ToDictionary().Append(new("caredirectory.proposal-reason-required", "Reason")).ToDictionary(), field); }
        catch (EditConflict) { Errors.Add(field, Texts.Get("edit.conflict")); }
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await handler.GetAsync(id, ct) is not { } proposal) return NotFound();
        Proposal = proposal;
        Duplicates = await handler.DuplicatesOfAsync(proposal, ct);
        return null;
    }
}

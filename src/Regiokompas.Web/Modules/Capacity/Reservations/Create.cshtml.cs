using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Capacity.Reservations;

[Access(Scope.RequestingOrganisation)]
public sealed class CreateModel(CapacityQueries queries, CreateReservationHandler handler, ICurrentActor actor) : PageModel
{
    public sealed class ReserveInput
    {
        [Required] public string? IdempotencyKey { get; set; }
        [Required(ErrorMessage = "Vul een kenmerk in.")]
        [StringLength(40, MinimumLength = 4, ErrorMessage = "Het kenmerk heeft 4 tot 40 tekens.")]
        public string? PatientReference { get; set; }
        [Required] public string Urgency { get; set; } = "urgent";
        [Required(ErrorMessage = "Vul de verwachte aankomst in.")] public DateTime? ExpectedArrivalLocal { get; set; }
        public bool ProviderConfirmed { get; set; }
    }

    [BindProperty] public ReserveInput Input { get; set; } = new();
    public UnitAvailabilityView Unit { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid unitId, CancellationToken ct)
    {
        if (await queries.GetUnitAsync(unitId, ct) is not { } unit) return NotFound();
        Unit = unit;
        // A fresh key per form: pressing the button twice still holds one place.
        Input.IdempotencyKey = Guid.NewGuid().ToString("N");
        Input.ExpectedArrivalLocal = CapacityTime.ToLocal(DateTime.UtcNow.AddHours(2)).Date.AddHours(CapacityTime.ToLocal(DateTime.UtcNow.AddHours(2)).Hour);
        return Page();
    }

    /// <summary>Set when the hold found no free place: the page then offers the waiting list with the same details.</summary>
    public bool OfferWaitingList { get; private set; }

    public Task<IActionResult> OnPostAsync(Guid unitId, CancellationToken ct) => SubmitAsync(unitId, waitIfFull: false, ct);

    /// <summary>"Zet op de wachtlijst": the same request, now allowed to wait (it still gets a place if one came free meanwhile).</summary>
    public Task<IActionResult> OnPostWaitAsync(Guid unitId, CancellationToken ct) => SubmitAsync(unitId, waitIfFull: true, ct);

    private async Task<IActionResult> SubmitAsync(Guid unitId, bool waitIfFull, CancellationToken ct)
    {
        if (await queries.GetUnitAsync(unitId, ct) is not { } unit) return NotFound();
        Unit = unit;
        if (!ModelState.IsValid) return Page();
        try
        {
            var outcome = await handler.HandleAsync(new CreateReservationRequest
            {
                UnitId = unitId, IdempotencyKey = Input.IdempotencyKey, PatientReference = Input.PatientReference,
                Urgency = Input.Urgency, ExpectedArrival = CapacityTime.ToUtc(Input.ExpectedArrivalLocal!.Value),
                ProviderConfirmed = Input.ProviderConfirmed, WaitIfFull = waitIfFull,
            }, actor.Actor, actor.UserId, ct);
            if (outcome is null) return NotFound();
            var r = outcome.Reservation;
            if (r.Status == "requested")
            {
                TempData["Status"] = Ui.T($"Aanvraag {r.PatientReference} staat op de wachtlijst. Komt er een plek vrij, dan ziet u dat hier.",
                    $"Request {r.PatientReference} is on the waiting list. When a place comes free, you will see it here.");
                return Redirect($"/capaciteit/wachtlijst#r-{r.Id}");
            }
            TempData["Status"] = Texts.Get("capacity.hold-saved", CapacityTime.ToLocal(r.ExpiresAt!.Value));
            return RedirectToPage("Details", new { id = r.Id });
        }
        catch (RuleViolation e)
        {
            OfferWaitingList = e.Code == "capacity.no-free-place";
            ModelState.AddModelError(string.Empty, Texts.Get(e.Code, e.Arguments));
            return Page();
        }
    }
}

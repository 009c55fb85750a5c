using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Capacity.Reservations;

[Access(Scope.Requester)]
public sealed class DetailsModel(CapacityQueries queries, ChangeReservationHandler handler, ICurrentActor actor) : PageModel
{
    public ReservationView Reservation { get; private set; } = null!;
    public UnitAvailabilityView? Unit { get; private set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string action, CancellationToken ct)
    {
        if (!ChangeReservationHandler.Actions.Contains(action)) return BadRequest();
        try
        {
            if (await handler.HandleAsync(id, action, new ChangeReservationRequest { Reason = Reason }, actor.Actor, actor.UserId, ct) is null)
                return NotFound();
            TempData["Status"] = Texts.Get("capacity.reservation-changed");
            return RedirectToPage(new { id });
        }
        catch (RuleViolation e)
        {
            ModelState.AddModelError(string.Empty, Texts.Get(e.Code, e.Arguments));
        }
        catch (NotAllowed)
        {
            ModelState.AddModelError(string.Empty, Texts.Get("capacity.not-allowed"));
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await queries.GetReservationAsync(id, ct) is not { } r) return false;
        Reservation = r;
        Unit = await queries.GetUnitAsync(r.UnitId, ct);
        return true;
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.Governance.FollowUp;

/// <summary>
/// The "klaar" / "nieuwe datum" link from the weekly digest. Opening it only shows the item; the person confirms
/// with a button, so mail scanners that follow links change nothing.
/// </summary>
[Access(Scope.Public)]
public sealed class FollowUpLinkModel(FollowUpLinks links, FollowUpHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "t")] public string? Token { get; set; }
    [BindProperty] public DateOnly? NewDate { get; set; }
    public (string Title, string RegionId, DateOnly? Due, string Url, bool CanReschedule)? Item { get; private set; }
    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (links.Read(Token) is { } target) Item = await handler.DescribeAsync(target, ct);
        return Page();
    }

    public Task<IActionResult> OnPostDoneAsync(CancellationToken ct) => ApplyAsync(done: true, ct);

    public Task<IActionResult> OnPostNewDateAsync(CancellationToken ct) => ApplyAsync(done: false, ct);

    private async Task<IActionResult> ApplyAsync(bool done, CancellationToken ct)
    {
        if (links.Read(Token) is not { } target || await handler.DescribeAsync(target, ct) is not { } item) return Page();
        Item = item;
        try
        {
            if (!await handler.ApplyLinkAsync(target, done, NewDate, ct)) { Item = null; return Page(); }
            Saved = Texts.Get(done ? "governance.follow-up-done" : item.CanReschedule ? "governance.follow-up-rescheduled" : "governance.follow-up-date-noted");
            Item = await handler.DescribeAsync(target, ct);
        }
        catch (RuleViolation rule)
        {
            ModelState.AddModelError(string.Empty, Texts.Get(rule.Code, rule.Arguments));
        }
        return Page();
    }
}

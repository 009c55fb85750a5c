using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Common.Authorization;

/// <summary>What each scope asks, in words an API caller can act on.</summary>
public static class AccessTexts
{
    public static readonly IReadOnlyDictionary<string, (string Nl, string En)> Messages = new Dictionary<string, (string Nl, string En)>
    {
        ["access.sign-in"] = ("Log in of stuur een geldig API-token (Authorization: Bearer …).", "Sign in or send a valid API token (Authorization: Bearer …)."),
        ["access.signedin"] = ("Hiervoor moet u ingelogd zijn.", "You need to be signed in for this."),
        ["access.organisation"] = ("Alleen een organisatie uit deze regio (met haar eigen gegevens), de coördinator of een beheerder mag dit.",
            "Only an organisation of this region (for its own records), the coordinator or an administrator may do this."),
        ["access.pillarlead"] = ("Alleen een pijlertrekker van deze regio, de coördinator of een beheerder mag dit.",
            "Only a pillar lead of this region, the coordinator or an administrator may do this."),
        ["access.coordinator"] = ("Alleen een coördinator (van deze regio) of een beheerder mag dit.", "Only a coordinator (of this region) or an administrator may do this."),
        ["access.unitowner"] = ("Alleen de organisatie van deze eenheid, de coördinator van de regio of een beheerder mag dit.",
            "Only the unit's organisation, the region's coordinator or an administrator may do this."),
        ["access.requester"] = ("Alleen wie bij deze reservering betrokken is (aanvrager, aanbieder, coördinator) mag die zien of wijzigen.",
            "Only the parties of this reservation (requester, provider, coordinator) may see or change it."),
        ["access.requestingorganisation"] = ("Uw organisatie mag in deze regio geen plekken vasthouden. Alleen het transferpunt (de coördinator) en aanvragende organisaties die de regio daarvoor heeft aangemeld, mogen dat.",
            "Your organisation may not hold places in this region. Only the transfer desk (the coordinator) and requesting organisations registered by the region may."),
        ["access.administrator"] = ("Alleen een beheerder mag dit.", "Only an administrator may do this."),
    };

    public static string Code(Scope scope) => "access." + scope.ToString().ToLowerInvariant();
}

/// <summary>
/// A refused API call gets a problem detail that says which scope it needs (Dutch or English); pages keep the
/// login redirect and the "no access" page.
/// </summary>
public sealed class AccessResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (!context.Request.Path.StartsWithSegments("/api") || !(result.Challenged || result.Forbidden))
        {
            await _default.HandleAsync(next, context, policy, result);
            return;
        }
        var scope = policy.Requirements.OfType<AccessRequirement>().Select(r => (Scope?)r.Scope).FirstOrDefault();
        var code = result.Challenged ? "access.sign-in" : scope is { } s ? AccessTexts.Code(s) : "access.signedin";
        // Challenge/forbid first so the schemes set their status and headers (WWW-Authenticate), then add the body.
        await _default.HandleAsync(next, context, policy, result);
        if (context.Response.HasStarted) return;
        await TypedResults.Problem(statusCode: context.Response.StatusCode, title: Texts.Get(code),
            extensions: new Dictionary<string, object?> { ["code"] = code }).ExecuteAsync(context);
    }
}

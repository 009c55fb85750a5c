using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Regiokompas.Web.Common.Authorization;

/// <summary>
/// The scope an endpoint or page handler needs. Every route states one (the route-table test fails otherwise);
/// <see cref="AccessHandler"/> checks it for all of them, before model binding, so a refused caller learns nothing.
/// A route value <c>regionId</c> narrows every private scope to that region; <c>id</c> names the unit or reservation.
/// </summary>
public enum Scope
{
    /// <summary>Anyone, also without signing in; the output holds nothing private.</summary>
    Public,
    /// <summary>Any signed-in actor; the handler shows and changes only the actor's own records.</summary>
    SignedIn,
    /// <summary>A member or token of an organisation (of the route's region); the handler checks the record's organisation.</summary>
    Organisation,
    /// <summary>Lead of a pillar of the route's region, or its coordinator; the handler checks the pillar.</summary>
    PillarLead,
    /// <summary>Coordinator of the route's region.</summary>
    Coordinator,
    /// <summary>The organisation that owns the unit <c>{id}</c> (or <c>{unitId}</c>), or the unit's coordinator.</summary>
    UnitOwner,
    /// <summary>
    /// A party of the reservation <c>{id}</c>: the requester, the requesting organisation, the unit's organisation,
    /// or the coordinator of its region. Nobody else sees the patient reference.
    /// </summary>
    Requester,
    /// <summary>Holds places: an organisation allowed to request places in the unit's region (transfer desk), or its coordinator.</summary>
    RequestingOrganisation,
    /// <summary>Administrators only.</summary>
    Administrator,
}

/// <summary>States the scope of a page (class) or one page handler (method). Administrators pass every scope.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class AccessAttribute(Scope scope) : Attribute, IAuthorizeData
{
    public Scope Scope { get; } = scope;
    public string? Policy { get => AccessPolicies.Name(Scope); set => throw new NotSupportedException(); }
    public string? Roles { get; set; }
    public string? AuthenticationSchemes { get; set; }
}

public static class AccessPolicies
{
    public static string Name(Scope scope) => "access:" + scope;

    /// <summary>One policy per scope, all answered by <see cref="AccessHandler"/>; page handlers are checked by <see cref="AccessPageFilter"/>.</summary>
    public static IServiceCollection AddAccessControl(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, AccessHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AccessResultHandler>();
        services.AddAuthorization(o =>
        {
            foreach (var scope in Enum.GetValues<Scope>())
                o.AddPolicy(Name(scope), p => p.AddRequirements(new AccessRequirement(scope)));
        });
        services.Configure<MvcOptions>(o => o.Filters.Add<AccessPageFilter>());
        return services;
    }

    /// <summary>Declares the scope of a minimal-API endpoint or group.</summary>
    public static TBuilder RequireAccess<TBuilder>(this TBuilder builder, Scope scope) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AccessAttribute(scope));
}

public sealed record AccessRequirement(Scope Scope) : IAuthorizationRequirement;

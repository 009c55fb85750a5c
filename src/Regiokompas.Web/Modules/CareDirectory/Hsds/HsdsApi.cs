using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.CareDirectory.Hsds;

/// <summary>
/// Open Referral HSDS 3.0 read API under /api/v1/hsds (and /hsds as a permanent redirect).
/// Open to all, with CORS for any origin, because the directory is public information.
/// </summary>
public static class HsdsApi
{
    public const string Prefix = "/api/v1/hsds";
    private const string OpenApiUrl = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

    public static IEndpointRouteBuilder MapHsdsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("HSDS 3.0").RequireAccess(Scope.Public)
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.AccessControlAllowOrigin = "*";
                return await next(context);
            });

        api.MapGet("/", () => Json(new HsdsBase("3.0", HsdsProfile.ProfileUrl, OpenApiUrl)))
            .WithName("HsdsBase").WithSummary("HSDS version, profile and OpenAPI location");

        api.MapGet("/services", async (HsdsQueries queries, CancellationToken ct,
                [FromQuery] string? search, [FromQuery] int? page, [FromQuery(Name = "per_page")] int? perPage,
                [FromQuery(Name = "taxonomy_term_id")] Guid? taxonomyTermId, [FromQuery(Name = "taxonomy_id")] Guid? taxonomyId,
                [FromQuery(Name = "organization_id")] Guid? organizationId, [FromQuery(Name = "modified_after")] DateTimeOffset? modifiedAfter,
                [FromQuery] bool? minimal, [FromQuery] bool? full, [FromQuery] string? format) =>
            {
                var result = await queries.ServicesAsync(new HsdsServiceQuery(search, page ?? 1, perPage ?? 50, taxonomyTermId, taxonomyId,
                    organizationId, modifiedAfter?.UtcDateTime, minimal ?? false, full ?? false), ct);
                return format is "ndjson" ? NdJson(result.Contents) : Json(result);
            })
            .WithName("HsdsServices").WithSummary("Services, paged, with free-text search and filters");

        api.MapGet("/services/{id:guid}", async (Guid id, HsdsQueries queries, CancellationToken ct) =>
                await queries.ServiceAsync(id, ct) is { } service ? Json(service) : NotFound())
            .WithName("HsdsService").WithSummary("One service, fully nested");

        api.MapGet("/organizations", async (HsdsQueries queries, CancellationToken ct, [FromQuery] string? search,
                [FromQuery] int? page, [FromQuery(Name = "per_page")] int? perPage) =>
                Json(await queries.OrganizationsAsync(search, page ?? 1, perPage ?? 50, ct)))
            .WithName("HsdsOrganizations").WithSummary("Organisations, paged");

        api.MapGet("/organizations/{id:guid}", async (Guid id, HsdsQueries queries, CancellationToken ct) =>
                await queries.OrganizationAsync(id, ct) is { } org ? Json(org) : NotFound())
            .WithName("HsdsOrganization").WithSummary("One organisation with its locations and services");

        api.MapGet("/service_at_locations", async (HsdsQueries queries, CancellationToken ct, [FromQuery] string? postcode,
                [FromQuery] double? proximity, [FromQuery] int? page, [FromQuery(Name = "per_page")] int? perPage) =>
                Json(await queries.ServiceAtLocationsAsync(postcode, proximity, page ?? 1, perPage ?? 50, ct)))
            .WithName("HsdsServiceAtLocations").WithSummary("Services at locations, optionally near a postcode");

        api.MapGet("/service_at_locations/{id:guid}", async (Guid id, HsdsQueries queries, CancellationToken ct) =>
                await queries.ServiceAtLocationAsync(id, ct) is { } service ? Json(service) : NotFound())
            .WithName("HsdsServiceAtLocation").WithSummary("The service offered at one location, fully nested");

        api.MapGet("/taxonomies", async (HsdsQueries queries, CancellationToken ct, [FromQuery] int? page, [FromQuery(Name = "per_page")] int? perPage) =>
                Json(await queries.TaxonomiesAsync(page ?? 1, perPage ?? 50, ct)))
            .WithName("HsdsTaxonomies").WithSummary("Taxonomies, including the Dutch profile's themes");

        api.MapGet("/taxonomies/{id:guid}", async (Guid id, HsdsQueries queries, CancellationToken ct) =>
                await queries.TaxonomyAsync(id, ct) is { } t ? Json(t) : NotFound())
            .WithName("HsdsTaxonomy").WithSummary("One taxonomy");

        api.MapGet("/taxonomy_terms", async (HsdsQueries queries, CancellationToken ct, [FromQuery(Name = "taxonomy_id")] Guid? taxonomyId,
                [FromQuery] string? search, [FromQuery] int? page, [FromQuery(Name = "per_page")] int? perPage) =>
                Json(await queries.TaxonomyTermsAsync(taxonomyId, search, page ?? 1, perPage ?? 50, ct)))
            .WithName("HsdsTaxonomyTerms").WithSummary("Taxonomy terms");

        api.MapGet("/taxonomy_terms/{id:guid}", async (Guid id, HsdsQueries queries, CancellationToken ct) =>
                await queries.TaxonomyTermAsync(id, ct) is { } t ? Json(t) : NotFound())
            .WithName("HsdsTaxonomyTerm").WithSummary("One taxonomy term");

        app.MapGet("/hsds/{**rest}", (HttpContext http, string? rest) =>
                Results.Redirect($"{Prefix}/{rest}{http.Request.QueryString}", permanent: true, preserveMethod: true))
            .RequireAccess(Scope.Public).ExcludeFromDescription();
        return app;
    }

    private static IResult Json<T>(T value) => TypedResults.Json(value, HsdsJson.Options);

    private static IResult NdJson<T>(IEnumerable<T> items)
    {
        var sb = new StringBuilder();
        foreach (var item in items) sb.Append(JsonSerializer.Serialize(item, HsdsJson.Options)).Append('\n');
        return TypedResults.Text(sb.ToString(), "application/x-ndjson", Encoding.UTF8);
    }

    private static IResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden.",
        extensions: new Dictionary<string, object?> { ["code"] = "caredirectory.not-found" });
}

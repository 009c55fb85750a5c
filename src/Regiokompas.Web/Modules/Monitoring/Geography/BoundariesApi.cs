using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Net.Http.Headers;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Http;
using Regiokompas.Web.Modules.Plan;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Monitoring.Geography;

public static class BoundariesApi
{
    public static IEndpointRouteBuilder MapBoundariesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Monitoring");

        api.MapPost("/boundaries/import", ImportAsync)
            .RequireAccess(Scope.Coordinator).WithBodyLimit(ImportBoundariesHandler.MaxBytes).WithName("ImportBoundaries")
            .WithSummary("Municipality boundaries as a GeoJSON FeatureCollection in WGS84 (body). ?dryRun=true only checks; ?year= when the features carry no 'jaar'; ?codeProperty= names the code property. All or nothing; 422 lists every problem by feature.");

        api.MapGet("/regions/{regionId}/boundaries", GetRegionBoundariesAsync)
            .RequireAccess(Scope.Public).WithName("GetRegionBoundaries").WithSummary("The region's municipalities as a GeoJSON FeatureCollection (newest imported year per municipality)");
        return app;
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, bool? dryRun, int? year, string? codeProperty, string? source,
        ImportBoundariesHandler handler, ICurrentActor actor, CancellationToken ct)
    {
        if (!BoundaryPermissions.CanImport(actor.Actor))
            return TypedResults.Problem(statusCode: 403, title: BoundaryTexts.Get("boundaries.not-allowed"));
        // The body limit (BoundedBody) cuts off anything above MaxBytes, with or without a length.
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, ct);
        if (StrictText.Check(body.GetBuffer().AsSpan(0, (int)body.Length)) is { } text)
            return TypedResults.Problem(statusCode: 422, title: BoundaryTexts.Get("boundaries.import-failed"), extensions: new Dictionary<string, object?>
            {
                ["errors"] = new[] { new { feature = 0, field = $"regel {text.Line}", code = text.Code, message = text.Message } },
            });
        body.Position = 0;
        var outcome = await handler.HandleAsync(body, new ImportBoundariesRequest
        {
            Year = year, CodeProperty = codeProperty, Source = Trim(source ?? "api", 300),
        }, dryRun == true, actor.Name, ct);
        var notes = outcome.Notes.Select(n => new { feature = n.Feature, message = n.Message }).ToList();
        if (!outcome.Succeeded)
            return TypedResults.Problem(statusCode: 422, title: BoundaryTexts.Get("boundaries.import-failed"), extensions: new Dictionary<string, object?>
            {
                ["errors"] = outcome.Problems.Select(p => new { feature = p.Feature, field = p.Field, code = p.Code, message = p.Message }).ToList(),
                ["notes"] = notes,
            });
        return TypedResults.Ok(new
        {
            year = outcome.Year, areas = outcome.Areas, added = outcome.Added, updated = outcome.Updated, unchanged = outcome.Unchanged,
            removed = outcome.Removed, skipped = outcome.Skipped, notes, errors = Array.Empty<object>(), dryRun = outcome.DryRun,
        });
    }

    private static async Task<IResult> GetRegionBoundariesAsync(string regionId, HttpContext http, PlanQueries plans, BoundaryQueries boundaries,
        CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return TypedResults.NotFound();
        var last = await boundaries.LastImportAsync(ct);
        // Changes with a new import and with a change in the region's municipalities.
        var codes = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', region.Municipalities.Select(m => m.Code)))))[..12];
        var etag = $"\"{regionId}-{last?.Ticks.ToString(CultureInfo.InvariantCulture) ?? "none"}-{codes}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "public, max-age=3600";
        if (http.Request.Headers.IfNoneMatch.Contains(etag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);

        var names = region.Municipalities.ToDictionary(m => m.Code, m => m.Name);
        var rows = await boundaries.GetLatestAsync(names.Keys, ct);
        // The stored geometry is already GeoJSON: written through as is, not parsed again.
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var b in rows)
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteString("id", b.Code);
                w.WritePropertyName("properties");
                w.WriteStartObject();
                w.WriteString("code", b.Code);
                w.WriteString("name", names[b.Code]);
                w.WriteNumber("year", b.Year);
                w.WriteString("attribution", b.Attribution);
                w.WriteEndObject();
                w.WritePropertyName("geometry");
                w.WriteRawValue(b.GeometryGeoJson, skipInputValidation: true);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return TypedResults.Bytes(stream.ToArray(), "application/geo+json");
    }

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..max];
}

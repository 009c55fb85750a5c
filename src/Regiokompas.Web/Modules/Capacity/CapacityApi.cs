using Regiokompas.Web.Common.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Regiokompas.Domain.Capacity;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Privacy;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Modules.Capacity.Dashboard;
using Regiokompas.Web.Modules.Capacity.Forecasts;
using Regiokompas.Web.Modules.Capacity.Interop;
using Regiokompas.Web.Modules.Capacity.Reports;
using Regiokompas.Web.Modules.Capacity.Reservations;

namespace Regiokompas.Web.Modules.Capacity;

public static class CapacityApi
{
    public static IEndpointRouteBuilder MapCapacityApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Capacity");

        api.MapGet("/capacity", async (string? region, string? type, string? municipality, int? organisation, bool? reservable,
                CapacityQueries q, CancellationToken ct) =>
                await q.GetOverviewAsync(new CapacityFilter(region, type, municipality, organisation, reservable == true), ct))
            .RequireAccess(Scope.SignedIn) // counts per unit are for care professionals; the public has /capacity/public
            .WithName("GetCapacity").WithSummary("Free places per unit now and expected in 24 h / 72 h, with data age, and totals per type and municipality (signed in)");

        api.MapGet("/capacity/types", async (CapacityQueries q, CancellationToken ct) => await q.GetTypesAsync(ct))
            .RequireAccess(Scope.Public).WithName("ListCapacityTypes").WithSummary("Capacity types with freshness limit and hold time");

        api.MapGet("/capacity/public", async (string? region, PublicCapacity q, CancellationToken ct) => await q.GetAsync(region, ct))
            .RequireAccess(Scope.Public).WithName("GetPublicCapacity").WithSummary("Free places per region and type for the public; small counts suppressed");

        api.MapGet("/capacity/units/{id:guid}", async Task<Results<Ok<UnitAvailabilityView>, NotFound>> (Guid id, CapacityQueries q, CancellationToken ct) =>
                await q.GetUnitAsync(id, ct) is { } u ? TypedResults.Ok(u) : TypedResults.NotFound())
            .RequireAccess(Scope.SignedIn).WithName("GetCapacityUnit").WithSummary("One unit with its computed availability (signed in)");

        api.MapPost("/capacity/units/{id:guid}/reports", async Task<Results<Created<ReportView>, NotFound>> (
                Guid id, SubmitReportRequest request, SubmitReportHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.HandleAsync(id, request, ReportSource.Api, actor.Actor, ct) is { } r
                    ? TypedResults.Created($"/api/v1/capacity/units/{id}", r) : TypedResults.NotFound())
            .RequireAccess(Scope.UnitOwner).WithName("SubmitCapacityReport")
            .WithSummary("Report open, occupied and blocked places; a report below live reservations is accepted with conflict = true");

        api.MapPost("/capacity/units/{id:guid}/reports/unchanged", async Task<Results<Created<ReportView>, NotFound>> (
                Guid id, SubmitReportHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.UnchangedAsync(id, ReportSource.Api, actor.Actor, ct) is { } r
                    ? TypedResults.Created($"/api/v1/capacity/units/{id}", r) : TypedResults.NotFound())
            .RequireAccess(Scope.UnitOwner).WithName("ConfirmCapacityUnchanged").WithSummary("Confirm that the last figures are still right");

        api.MapPost("/capacity/reports/csv", ImportCsvAsync)
            .DisableAntiforgery().RequireAccess(Scope.Organisation).WithBodyLimit(ImportReportsCsvHandler.MaxBytes).WithName("ImportCapacityReports")
            .WithSummary("CSV upload for many units at once (text/csv body; ?dryRun=true only checks); all or nothing, 422 lists every problem by line");

        api.MapGet("/capacity/forecasts", async (string region, string type, ForecastQueries q, CancellationToken ct) => await q.GetAsync(region, type, ct))
            .RequireAccess(Scope.Public).WithName("GetCapacityForecasts").WithSummary("Forecasts 1, 7 and 14 days ahead with 80% interval, and their score against seasonal-naive");

        api.MapGet("/capacity/events", (CapacityChangeFeed feed, HttpContext http, CancellationToken ct) => feed.StreamAsync(http, ct))
            .RequireAccess(Scope.Public).ExcludeFromDescription();

        api.MapPost("/reservations", async Task<Results<Created<ReservationView>, Accepted<ReservationView>, Ok<ReservationView>, NotFound>> (
                CreateReservationRequest request, CreateReservationHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.HandleAsync(request, actor.Actor, actor.UserId, ct) switch
                {
                    null => TypedResults.NotFound(),
                    { Created: true, Reservation.Status: "requested" } o => TypedResults.Accepted($"/api/v1/reservations/{o.Reservation.Id}", o.Reservation),
                    { Created: true } o => TypedResults.Created($"/api/v1/reservations/{o.Reservation.Id}", o.Reservation),
                    var o => TypedResults.Ok(o.Reservation),
                })
            .RequireAccess(Scope.RequestingOrganisation).WithName("CreateReservation")
            .WithSummary("Hold one place: 201 with expiresAt; 200 for a repeat with the same idempotencyKey; 409 when nothing is free, " +
                "or with waitIfFull 202 on the waiting list (a freed place becomes a hold, most urgent first)");

        api.MapGet("/reservations/{id:guid}", async Task<Results<Ok<ReservationView>, NotFound>> (Guid id, CapacityQueries q, CancellationToken ct) =>
                await q.GetReservationAsync(id, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .RequireAccess(Scope.Requester).WithName("GetReservation").WithSummary("One reservation");

        api.MapPost("/reservations/{id:guid}/{action:regex(^(confirm|release|cancel|arrive|decline|withdraw)$)}",
                async Task<Results<Ok<ReservationView>, NotFound>> (Guid id, string action, ChangeReservationRequest? request,
                    ChangeReservationHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.HandleAsync(id, action, request ?? new(), actor.Actor, actor.UserId, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .RequireAccess(Scope.Requester).WithName("ChangeReservation")
            .WithSummary("confirm | release | cancel (reason) | arrive | decline (reason) | withdraw (a waiting request)");

        api.MapGet("/capacity/fhir/measure-reports", async (string? region, FhirExport fhir, HttpContext http, CancellationToken ct) =>
                Results.Text(PublicDisclosure.IsPublic(http.User)
                    ? await fhir.PublicMeasureReportsAsync(region, ct)
                    : await fhir.MeasureReportsAsync(region, ct), "application/fhir+json"))
            .RequireAccess(Scope.Public).WithName("ExportCapacityMeasureReports")
            .WithSummary("Current availability as a FHIR R4 Bundle of SANER-style MeasureReports: per unit when signed in, else per region and type with small counts hidden");

        api.MapGet("/capacity/fhir/locations", async (string? region, FhirExport fhir, CancellationToken ct) =>
                Results.Text(await fhir.LocationsAsync(region, ct), "application/fhir+json"))
            .RequireAccess(Scope.Public).WithName("ExportCapacityLocations").WithSummary("Units as a FHIR R4 Bundle of Location and HealthcareService");
        return app;
    }

    private static async Task<IResult> ImportCsvAsync(HttpRequest request, bool? dryRun, ImportReportsCsvHandler handler, ICurrentActor actor, CancellationToken ct)
    {
        var (text, encoding) = await StrictText.ReadUtf8Async(request.Body, ct);
        if (encoding is not null)
            return TypedResults.Problem(statusCode: 422, title: "Het bestand bevat fouten; er is niets opgeslagen.",
                extensions: new Dictionary<string, object?> { ["problems"] = new[] { new CsvProblem(encoding.Line, "", encoding.Message) } });
        var result = await handler.HandleAsync(text!, ReportSource.File, actor.Actor, dryRun == true, ct);
        return result.Problems.Count > 0
            ? TypedResults.Problem(statusCode: 422, title: "Het bestand bevat fouten; er is niets opgeslagen.",
                extensions: new Dictionary<string, object?> { ["problems"] = result.Problems })
            : TypedResults.Ok(result);
    }
}

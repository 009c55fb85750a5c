using Regiokompas.Web.Common.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Regiokompas.Domain.CareDirectory;
using System.Text.Json;
using System.Text.Json.Nodes;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.CareDirectory.Hsds;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.CareDirectory.Services;

public sealed record B1CheckRequest(string? Text);
public sealed record B1WarningView(string Code, string Fragment, string? Suggestion, int Count, string Message);

/// <summary>The directory's own API beside HSDS: suggestions, the B1 check, and owners' writes.</summary>
public static class DirectoryApi
{
    public static IEndpointRouteBuilder MapDirectoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/directory").WithTags("Aanbod");

        api.MapGet("/suggestions", (string? q, CareDirectoryQueries queries) => queries.Suggest(q ?? ""))
            .RequireAccess(Scope.Public).WithName("DirectorySuggestions").WithSummary("Suggestions while a resident types (themes and service names)");

        api.MapPost("/b1-check", (B1CheckRequest request, CareDirectoryContent content) =>
                content.B1.Check(request.Text).Select(ToView).ToList())
            .RequireAccess(Scope.Public).WithName("DirectoryB1Check").WithSummary("Plain-language (B1) warnings for a text");

        api.MapPut("/services/{id:guid}", async Task<Results<Ok<EditServiceResultView>, NotFound>> (
                Guid id, EditServiceRequest request, EditServiceHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(id, request, ct) is { } r
                    ? TypedResults.Ok(new EditServiceResultView(r.Version, r.Warnings.Select(ToView).ToList())) : TypedResults.NotFound())
            .RequireAccess(Scope.Organisation).WithName("EditDirectoryService").WithSummary("Change an entry of your own organisation; send the version you read");

        api.MapPost("/services/{id:guid}/assure", async Task<Results<Ok<AssuredView>, NotFound>> (Guid id, AssureServiceHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(id, ct) is { } date ? TypedResults.Ok(new AssuredView(date)) : TypedResults.NotFound())
            .RequireAccess(Scope.Organisation).WithName("AssureDirectoryService").WithSummary("Confirm that an entry of your own organisation is still correct");

        api.MapPost("/services/{id:guid}/error-reports", async Task<Results<Created, NotFound>> (
                Guid id, ReportErrorRequest request, ReportErrorHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(id, request, ct) is { } reportId
                    ? TypedResults.Created($"/api/v1/directory/services/{id}/error-reports/{reportId}") : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("ReportDirectoryError").WithSummary("Tell the owner that an entry is wrong (no account needed)");
        api.MapPost("/services/{id:guid}/referrals", async Task<Results<Created<ReferralView>, NotFound>> (
                Guid id, CreateReferralRequest request, ReferralsHandler handler, CancellationToken ct) =>
                await handler.CreateAsync(id, request, ct) is { } r ? TypedResults.Created($"/api/v1/directory/referrals/{r.Id}", r) : TypedResults.NotFound())
            .RequireAccess(Scope.SignedIn).WithName("CreateReferral")
            .WithSummary("Welzijn op Recept: refer a resident (initials, contact, consent; no medical data)");

        api.MapGet("/referrals", async (ReferralsHandler handler, CancellationToken ct) => await handler.MineAsync(ct))
            .RequireAccess(Scope.SignedIn).WithName("ListReferrals").WithSummary("Referrals you sent, and those your organisation received");

        api.MapPost("/referrals/{id:guid}/status", async Task<Results<Ok<ReferralView>, NotFound>> (
                Guid id, ChangeReferralStatusRequest request, ReferralsHandler handler, CancellationToken ct) =>
                await handler.ChangeStatusAsync(id, request, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .RequireAccess(Scope.Organisation).WithName("ChangeReferralStatus")
            .WithSummary("The receiving organisation reports: received, contact made, started, or not started (with a reason)");

        api.MapPost("/reminders", async (SendRemindersHandler handler, ICurrentActor actor, CancellationToken ct) =>
                actor.Actor.IsAdministrator ? Results.Ok(await handler.HandleAsync(ct)) : throw new NotAllowed("edit.not-allowed"))
            .RequireAccess(Scope.Administrator).WithName("SendDirectoryReminders")
            .WithSummary("E-mail owners whose entries are due for their yearly check (at most once per 30 days per entry)");

        api.MapPost("/import/hsds-tabular", async (HttpRequest http, ImportHsdsHandler handler, ICurrentActor actor, CancellationToken ct) =>
            {
                if (!actor.Actor.IsAdministrator) throw new NotAllowed("edit.not-allowed");
                using var buffer = new MemoryStream();
                await http.Body.CopyToAsync(buffer, ct);
                buffer.Position = 0;
                JsonObject page;
                List<ImportProblem> problems;
                try { (page, problems) = TabularHsds.FromZip(buffer); }
                catch (InvalidDataException e) { return Unprocessable([new ImportProblem("upload.zip", "", "", e.Message)]); }
                if (problems.Count > 0) return Unprocessable(problems);
                try { return Results.Ok(await handler.HandleAsync("datapackage", JsonSerializer.SerializeToElement(page), DryRun(http), ct)); }
                catch (ImportRejected rejected) { return Unprocessable(rejected.Problems, rejected.Records); }
            })
            .RequireAccess(Scope.Administrator).WithBodyLimit(TabularHsds.MaxZipBytes).WithName("ImportHsdsTabular")
            .WithSummary("Import an HSDS 3.0 tabular data package (zip of CSV files). All or nothing; 422 lists every problem, duplicated ids per table and a report per record. ?dryRun=true changes nothing.");

        api.MapPost("/import/hsds", async (HttpRequest http, ImportHsdsHandler handler, ICurrentActor actor, CancellationToken ct) =>
            {
                if (!actor.Actor.IsAdministrator) throw new NotAllowed("edit.not-allowed");
                using var body = new MemoryStream();
                await http.Body.CopyToAsync(body, ct);
                var bytes = body.GetBuffer().AsMemory(0, (int)body.Length);
                if (StrictText.Check(bytes.Span) is { } text)
                    return Unprocessable([new ImportProblem(http.Query["file"].FirstOrDefault() ?? "upload.json", $"regel {text.Line}", "", text.Message)]);
                JsonElement root;
                try { root = JsonDocument.Parse(bytes.Span.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes).RootElement; }
                catch (JsonException e) { return Unprocessable([new ImportProblem(http.Query["file"].ToString(), "", "", e.Message)]); }
                try { return Results.Ok(await handler.HandleAsync(http.Query["file"].FirstOrDefault() ?? "upload.json", root, DryRun(http), ct)); }
                catch (ImportRejected rejected) { return Unprocessable(rejected.Problems, rejected.Records); }
            })
            .RequireAccess(Scope.Administrator).WithBodyLimit(ImportHsdsHandler.MaxJsonBytes).WithName("ImportHsds")
            .WithSummary("Import HSDS 3.0 JSON (a service, a page of services, or an organisation with services). All or nothing; 422 lists every problem. ?dryRun=true changes nothing and reports per record.");
        return app;
    }

    private static IResult Unprocessable(IReadOnlyList<ImportProblem> problems, IReadOnlyList<ImportRecord>? records = null) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity, title: Texts.Get("caredirectory.import-rejected"),
        extensions: new Dictionary<string, object?>
        {
            ["code"] = "caredirectory.import-rejected", ["problems"] = problems,
            // Duplicated ids per table, with the lines that hold them.
            ["duplicateIds"] = problems.Where(p => p.Field == "id" && p.Record.StartsWith("regel ", StringComparison.Ordinal))
                .GroupBy(p => p.File).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToList()),
            ["records"] = records ?? [],
        });

    /// <summary>?dryRun=true: check and report per record, change nothing.</summary>
    private static bool DryRun(HttpRequest http) =>
        (http.Query["dryRun"].FirstOrDefault() ?? http.Query["dry_run"].FirstOrDefault()) is { } v && (v == "1" || v.Equals("true", StringComparison.OrdinalIgnoreCase));

    public static B1WarningView ToView(B1Warning w) => new(w.Code, w.Fragment, w.Suggestion, w.Count, Texts.Get(w.Code, w.Fragment, w.Suggestion ?? "", w.Count));
}

public sealed record EditServiceResultView(int Version, IReadOnlyList<B1WarningView> Warnings);
public sealed record AssuredView(DateOnly AssuredDate);

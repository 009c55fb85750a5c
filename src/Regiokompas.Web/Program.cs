using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Cli;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Site;
using Regiokompas.Web.Modules.Monitoring;
using Regiokompas.Web.Modules.Monitoring.Geography;
using Regiokompas.Web.Modules.CareDirectory;
using Regiokompas.Web.Modules.Plan;
using Regiokompas.Web.Modules.Capacity;

var demo = args.Contains("--demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddAppDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddAppAuth();
builder.Services.AddRazorPages(o => o.RootDirectory = "/Modules");
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ApiExceptionHandler>();
builder.Services.AddValidation();
builder.Services.AddOpenApi("v1");
builder.Services.ConfigureHttpJsonOptions(o =>
    o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull);
builder.Services.AddPlan();
builder.Services.AddCapacity();
builder.Services.AddMonitoring();
builder.Services.AddCareDirectory();
builder.Services.AddPublicSite(builder.Configuration);

var app = builder.Build();

if (CliCommands.IsCommand(args))
{
    await app.PrepareDatabaseAsync(demo: false);
    return await CliCommands.RunAsync(app, args);
}

await app.PrepareDatabaseAsync(demo);

app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = "/Error",
    // Rule violations and conflicts on /api are expected answers, not failures worth a stack trace.
    SuppressDiagnosticsCallback = ctx => ctx.ExceptionHandledBy == ExceptionHandledType.ExceptionHandlerService,
});
// Bodyless API errors (401, 403, 404) become problem details; pages get the Dutch error page.
app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"),
    api => api.UseStatusCodePages());
app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"),
    pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
app.Use(async (http, next) =>
{
    // Baseline security headers; pages use no inline script, so a strict CSP holds.
    var h = http.Response.Headers;
    h.XContentTypeOptions = "nosniff";
    h["Referrer-Policy"] = "same-origin";
    h.XFrameOptions = "DENY";
    h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
    await next();
});
app.UsePublicSiteStaticFiles();
string[] cultures = ["nl", "en"];
app.UseRequestLocalization(o =>
{
    o.SetDefaultCulture("nl").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
    o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
});
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapOpenApi("/openapi/{documentName}.json");
app.MapGet("/health", async (AppDbContext db, CancellationToken ct) =>
    await db.Database.CanConnectAsync(ct) ? Results.Ok(new { status = "ok" }) : Results.Problem(statusCode: 503, title: "database unreachable"))
    .ExcludeFromDescription();
app.MapGet("/taal", (string c, string? returnUrl, HttpContext http) =>
{
    var culture = c == "en" ? "en" : "nl";
    http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
        new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
    return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") ? returnUrl : "/");
}).ExcludeFromDescription();
app.MapPlanApi();
app.MapCapacityApi();
app.MapMonitoringApi();
app.MapBoundariesApi();
app.MapCareDirectoryApi();
app.MapRazorPages();

await app.RunAsync();
return 0;

public partial class Program;

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Cli;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Common.Mail;
using Regiokompas.Web.Common.Security;
using Regiokompas.Web.Common.Http;
using Regiokompas.Web.Common.Site;
using Regiokompas.Web.Modules.Monitoring;
using Regiokompas.Web.Modules.Monitoring.Geography;
using Regiokompas.Web.Modules.Monitoring.Connectors;
using Regiokompas.Web.Modules.CareDirectory;
using Regiokompas.Web.Modules.Plan;
using Regiokompas.Web.Modules.Capacity;
using Regiokompas.Web.Modules.Governance;
using Regiokompas.Web.Modules.Account.Users;

if (CliCommands.UnknownCommand(args) is { } unknown) return CliCommands.RefuseUnknown(unknown);
var demo = args.Contains("--demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());

builder.AddAppSecurity();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddAppDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddAppAuth();
builder.Services.AddAccessControl();
builder.Services.AddRazorPages(o => o.RootDirectory = "/Modules")
    .AddMvcOptions(o =>
    {
        o.Filters.Add<UnknownFormPageFilter>();
        o.Filters.Add<WriteErrorPageFilter>();
    });
builder.Services.AddAppTexts();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ApiExceptionHandler>();
builder.Services.AddValidation();
builder.Services.AddBoundedBodies();
builder.Services.AddOpenApi("v1");
builder.Services.ConfigureHttpJsonOptions(o =>
    o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull);
builder.Services.AddAppMail();
builder.Services.AddPlan();
builder.Services.AddCapacity();
builder.Services.AddMonitoring();
builder.Services.AddCareDirectory();
builder.Services.AddGovernance();
builder.Services.AddUserAdministration();
builder.Services.AddPublicSite(builder.Configuration);

var app = builder.Build();

var cli = CliCommands.IsCommand(args);
if (cli && await CliCommands.CheckFilesFirstAsync(args) is { } refused) return refused;
try { await app.PrepareDatabaseAsync(demo && !cli); }
catch (DatabaseRefusedException e)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}");
    return 3;
}
if (cli) return await CliCommands.RunAsync(app, args);

app.UseAppTransportSecurity();
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = "/Error",
    // Rule violations and conflicts on /api are expected answers, not failures worth a stack trace.
    SuppressDiagnosticsCallback = ctx => ctx.ExceptionHandledBy == ExceptionHandledType.ExceptionHandlerService,
    StatusCodeSelector = BoundedBody.StatusOf,
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
app.UseAppRateLimits();
app.UseAuthorization();
app.UseBoundedBodies();
app.UseAntiforgery();

app.MapOpenApi("/openapi/{documentName}.json").RequireAccess(Scope.Public);
app.MapHealth();
app.MapGet("/taal", (string c, string? returnUrl, HttpContext http) =>
{
    var culture = c == "en" ? "en" : "nl";
    http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
        new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = http.Request.IsHttps });
    return Results.LocalRedirect(LocalUrls.IsLocal(returnUrl) ? returnUrl! : "/");
}).RequireAccess(Scope.Public).ExcludeFromDescription();
app.MapPlanApi();
app.MapCapacityApi();
app.MapMonitoringApi();
app.MapBoundariesApi();
app.MapCbsConnectorApi();
app.MapCareDirectoryApi();
app.MapGovernanceApi();
app.MapRazorPages();

await app.RunAsync();
return 0;

public partial class Program;

using Microsoft.AspNetCore.ResponseCompression;

namespace Regiokompas.Web.Common.Site;

/// <summary>Who runs this installation, shown in the footer and on the statement pages (section "Site").</summary>
public sealed class SiteOptions
{
    /// <summary>The organisation responsible for this installation; empty until the operator sets it.</summary>
    public string? Owner { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
}

/// <summary>
/// What a public-service website owes its visitors beyond the pages: compressed, cacheable static files
/// and the operator's details. Kept here so Program.cs only calls two methods.
/// </summary>
public static class PublicSite
{
    /// <summary>One year: asp-append-version changes the ?v= hash whenever the file changes.</summary>
    public const string VersionedCacheControl = "public, max-age=31536000, immutable";
    public const string UnversionedCacheControl = "public, max-age=3600";

    public static IServiceCollection AddPublicSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SiteOptions>(configuration.GetSection("Site"));
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/geo+json"]);
        });
        return services;
    }

    /// <summary>
    /// Static files with long-lived caching for versioned URLs. Compression is limited to static files and the
    /// open API: pages carry antiforgery tokens next to reflected input, which compression over TLS could leak (BREACH).
    /// </summary>
    public static IApplicationBuilder UsePublicSiteStaticFiles(this IApplicationBuilder app)
    {
        app.UseWhen(http => IsCompressible(http.Request.Path), branch => branch.UseResponseCompression());
        return app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl =
                ctx.Context.Request.Query.ContainsKey("v") ? VersionedCacheControl : UnversionedCacheControl,
        });
    }

    private static bool IsCompressible(PathString path) =>
        path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/lib")
        || path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.Value is "/favicon.svg";
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.CareDirectory.Hsds;
using Regiokompas.Web.Modules.CareDirectory.Search;
using Regiokompas.Web.Modules.CareDirectory.Seeding;
using Regiokompas.Web.Modules.CareDirectory.Services;

namespace Regiokompas.Web.Modules.CareDirectory;

public static class CareDirectoryModule
{
    public static IServiceCollection AddCareDirectory(this IServiceCollection services)
    {
        services.AddOptions<CareDirectoryOptions>().BindConfiguration("CareDirectory");
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CareDirectoryOptions>>().Value.Freshness);
        services.AddSingleton(sp => CareDirectoryContent.Load(
            sp.GetRequiredService<IOptions<CareDirectoryOptions>>().Value.ContentFolder, sp.GetRequiredService<ILogger<CareDirectoryContent>>()));
        services.AddSingleton(sp => new ServiceSearchIndex(sp.GetRequiredService<CareDirectoryContent>().Synonyms, sp.GetRequiredService<FreshnessPolicy>()));
        services.AddSingleton<SearchIndexSync>();
        services.AddHostedService<CareDirectoryStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchIndexSync>());
        services.AddScoped<SearchIndexLoader>();
        services.AddScoped<DirectorySeeder>();
        services.AddScoped<HsdsQueries>();
        services.AddScoped<CareDirectoryQueries>();
        services.AddScoped<EditServiceHandler>();
        services.AddScoped<CreateServiceHandler>();
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<InitiativeHandler>();
        services.AddScoped<AssureServiceHandler>();
        services.AddScoped<ReportErrorHandler>();
        services.AddScoped<ImportHsdsHandler>();
        services.AddScoped<AssureLinks>();
        services.AddScoped<DataQualityReportHandler>();
        services.AddScoped<SendRemindersHandler>();
        services.AddScoped<ReferralsHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapCareDirectoryApi(this IEndpointRouteBuilder app)
    {
        app.MapHsdsApi();
        app.MapDirectoryApi();
        return app;
    }
}

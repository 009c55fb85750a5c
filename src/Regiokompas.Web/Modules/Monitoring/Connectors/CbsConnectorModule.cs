namespace Regiokompas.Web.Modules.Monitoring.Connectors;

public static class CbsConnectorModule
{
    public static IServiceCollection AddCbsConnector(this IServiceCollection services)
    {
        services.AddScoped<CbsFiguresSeeder>();
        services.AddScoped<CbsImportHandler>();
        services.AddScoped<CbsMappingsHandler>();
        services.AddScoped<Regiobeeld.RegiobeeldQueries>();
        services.AddScoped<Regiobeeld.SaveNarrativeHandler>();
        services.AddSingleton<CbsConnectorStatus>();
        services.AddOptions<CbsConnectorOptions>().BindConfiguration("Monitoring:Cbs");
        services.AddHttpClient(nameof(CbsRefreshService), c => c.Timeout = TimeSpan.FromMinutes(2));
        // The scheduled refresh does nothing unless switched on, and never under test (CbsRefreshService.ExecuteAsync).
        services.AddHostedService<CbsRefreshService>();
        return services;
    }
}

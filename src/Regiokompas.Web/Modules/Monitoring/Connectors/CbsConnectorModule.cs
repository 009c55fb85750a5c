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
        // The scheduled refresh exists only when switched on, and never under test.
        services.AddHostedService(sp =>
        {
            var enabled = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<CbsConnectorOptions>>().Value.RefreshEnabled
                && !sp.GetRequiredService<IHostEnvironment>().IsEnvironment("Testing");
            return enabled ? ActivatorUtilities.CreateInstance<CbsRefreshService>(sp) : (IHostedService)new IdleService();
        });
        return services;
    }

    /// <summary>Stands in for the refresh service when it is off, so nothing runs and nothing is fetched.</summary>
    private sealed class IdleService : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

using Regiokompas.Web.Common.Privacy;
using Regiokompas.Web.Modules.Monitoring.Catalogue;
using Regiokompas.Web.Modules.Monitoring.Connectors;
using Regiokompas.Web.Modules.Monitoring.Data;
using Regiokompas.Web.Modules.Monitoring.Measurements;
using Regiokompas.Web.Modules.Monitoring.Stories;

namespace Regiokompas.Web.Modules.Monitoring;

public static class MonitoringModule
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services)
    {
        services.AddPublicDisclosure();
        services.AddScoped<MonitoringQueries>();
        services.AddScoped<ImportMeasurementsHandler>();
        services.AddScoped<PublishMeasurementsHandler>();
        services.AddScoped<AddStoryHandler>();
        services.AddScoped<EditStoryHandler>();
        services.AddScoped<Dashboard.BoardReportBuilder>();
        services.AddScoped<Dashboard.DashboardQueries>();
        services.AddScoped<MonitoringSeeder>();
        services.AddScoped<DemoFiguresSeeder>();
        services.AddCbsConnector();
        services.AddScoped<Geography.ImportBoundariesHandler>();
        services.AddScoped<Geography.BoundaryQueries>();
        services.AddScoped<Indicators.IndicatorAdminHandler>();
        services.AddScoped<Indicators.IndicatorCoverageQuery>();
        services.AddScoped<Indicators.IndicatorCatalogueTransfer>();
        return services;
    }
}

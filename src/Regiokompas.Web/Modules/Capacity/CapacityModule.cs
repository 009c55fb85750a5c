using Regiokompas.Web.Common.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Capacity.Dashboard;
using Regiokompas.Web.Modules.Capacity.Forecasts;
using Regiokompas.Web.Modules.Capacity.Interop;
using Regiokompas.Web.Modules.Capacity.Reports;
using Regiokompas.Web.Modules.Capacity.Reservations;

namespace Regiokompas.Web.Modules.Capacity;

public static class CapacityModule
{
    public static IServiceCollection AddCapacity(this IServiceCollection services)
    {
        services.AddPublicDisclosure();
        services.AddOptions<CapacityOptions>().BindConfiguration("Capacity");
        services.AddScoped<CapacityQueries>();
        services.AddScoped<PublicCapacity>();
        services.AddScoped<CreateReservationHandler>();
        services.AddScoped<ChangeReservationHandler>();
        services.AddScoped<SubmitReportHandler>();
        services.AddScoped<ImportReportsCsvHandler>();
        services.AddScoped<ForecastService>();
        services.AddScoped<ForecastQueries>();
        services.AddScoped<FhirExport>();
        services.AddScoped<CapacitySeeder>();
        services.AddSingleton<CapacityChangeFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<CapacityChangeFeed>());
        services.AddHostedService<HoldExpiryService>();
        services.AddHostedService<ForecastBackgroundService>();
        return services;
    }
}

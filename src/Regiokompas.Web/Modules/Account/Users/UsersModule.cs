using Regiokompas.Web.Modules.Plan.Regions;

namespace Regiokompas.Web.Modules.Account.Users;

public static class UsersModule
{
    /// <summary>User administration in the browser and starting a new region.</summary>
    public static IServiceCollection AddUserAdministration(this IServiceCollection services)
    {
        services.AddScoped<UserAdministration>();
        services.AddScoped<CreateRegionHandler>();
        return services;
    }
}

namespace Regiokompas.Web.Modules.Account.Users;

public static class UsersModule
{
    /// <summary>User administration in the browser.</summary>
    public static IServiceCollection AddUserAdministration(this IServiceCollection services)
    {
        services.AddScoped<UserAdministration>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Monitoring;

internal static class AppFactoryExtensions
{
    /// <summary>Runs work in a request-like scope of the running app, for handlers that have no endpoint yet.</summary>
    public static async Task<T> WithServicesAsync<T>(this AppFactory factory, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}

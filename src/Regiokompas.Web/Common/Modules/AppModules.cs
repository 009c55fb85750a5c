namespace Regiokompas.Web.Common.Modules;

/// <summary>
/// Every <see cref="IAppModule"/> in the web project, found once by reflection and ordered by
/// <see cref="IAppModule.Order"/>. Static, because texts and command names are needed before the host exists.
/// </summary>
public static class AppModules
{
    private static readonly Lazy<IReadOnlyList<IAppModule>> Found = new(() =>
        typeof(AppModules).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAppModule).IsAssignableFrom(t))
            .Select(t => (IAppModule)Activator.CreateInstance(t)!)
            .OrderBy(m => m.Order).ThenBy(m => m.GetType().Name, StringComparer.Ordinal)
            .ToList());

    /// <summary>The modules, lowest <see cref="IAppModule.Order"/> first.</summary>
    public static IReadOnlyList<IAppModule> All => Found.Value;
}

using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Regiokompas.Domain.Privacy;

namespace Regiokompas.Web.Common.Privacy;

/// <summary>
/// The one disclosure step every public output of figures goes through (monitor pages, API,
/// board report, comparison map, capacity totals and FHIR): small counts hidden, plus whatever
/// else must be hidden so a hidden count cannot be worked out (see docs/disclosure-control.md).
/// It also says whether a reader may see people's names.
/// </summary>
public sealed class PublicDisclosure(IConfiguration config)
{
    public DisclosureControl Control { get; } = new(config.GetValue("Privacy:SuppressionThreshold",
        config.GetValue("Monitoring:SuppressionThreshold", DisclosureControl.DefaultThreshold)));

    public int Threshold => Control.Threshold;

    public bool IsSmall(double? count) => Control.IsSmall(count);

    /// <summary>Hides figures of one indicator together, over all its areas, periods and age groups.</summary>
    public IReadOnlyList<DisclosureReason> Protect(IReadOnlyList<DisclosureFigure> figures, IReadOnlyList<AreaSum> areaSums,
        string totalAgeGroup, bool cumulative) =>
        FigureDisclosure.Protect(figures, areaSums, totalAgeGroup, cumulative, Control);

    /// <summary>Hides cells of a table with the given sums (layer 0 only).</summary>
    public IReadOnlyList<DisclosureReason> Protect(IReadOnlyList<double?> counts, IEnumerable<(int Total, IReadOnlyList<int> Parts)> sums)
    {
        var table = new DisclosureTable();
        foreach (var c in counts) table.AddCell([c]);
        foreach (var (total, parts) in sums) table.AddSum(0, total, parts);
        return Control.Protect(table);
    }

    /// <summary>An anonymous reader gets the public output: figures after disclosure control, no person names.</summary>
    public static bool IsPublic(ClaimsPrincipal? user) => user?.Identity?.IsAuthenticated != true;

    /// <summary>Signed-in users see who wrote something; the public sees the organisation only.</summary>
    public static bool MayShowNames(ClaimsPrincipal? user) => !IsPublic(user);

    public static string? AuthorFor(ClaimsPrincipal? user, string? person, string? organisation) =>
        MayShowNames(user) ? person : organisation;
}

public static class PublicDisclosureSetup
{
    /// <summary>Called by every module that publishes figures; registers the step once.</summary>
    public static IServiceCollection AddPublicDisclosure(this IServiceCollection services)
    {
        services.TryAddSingleton<PublicDisclosure>();
        return services;
    }
}

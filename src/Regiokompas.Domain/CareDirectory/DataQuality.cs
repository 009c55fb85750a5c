namespace Regiokompas.Domain.CareDirectory;

public sealed record QualityReport(int Score, IReadOnlyList<string> Issues);

/// <summary>How complete and current one entry is; the data-quality page sums these per organisation and municipality.</summary>
public static class DataQuality
{
    public const string NoDescription = "quality.no-description";
    public const string NoB1Summary = "quality.no-b1-summary";
    public const string NoContact = "quality.no-contact";
    public const string NoLocation = "quality.no-location";
    public const string NoCoordinates = "quality.no-coordinates";
    public const string NoSchedule = "quality.no-schedule";
    public const string NoTheme = "quality.no-theme";
    public const string NoArea = "quality.no-area";
    public const string NotFresh = "quality.not-fresh";

    private const int Checks = 9;

    /// <summary>The service must be loaded with its phones, schedules, areas and locations.</summary>
    public static QualityReport Assess(CareService service, FreshnessPolicy policy, DateOnly today)
    {
        var issues = new List<string>();
        if (string.IsNullOrWhiteSpace(service.Description)) issues.Add(NoDescription);
        if (string.IsNullOrWhiteSpace(service.B1Summary)) issues.Add(NoB1Summary);
        if (service.Phones.Count == 0 && string.IsNullOrWhiteSpace(service.Email) && string.IsNullOrWhiteSpace(service.Url))
            issues.Add(NoContact);
        var physical = service.Locations.Select(l => l.Location).OfType<CareLocation>()
            .Where(l => l.LocationType == LocationType.Physical).ToList();
        if (service.Locations.Count == 0) issues.Add(NoLocation);
        else if (physical.Any(l => l.Latitude is null)) issues.Add(NoCoordinates);
        if (service.Schedules.Count == 0 && service.Locations.All(l => l.Schedules.Count == 0)) issues.Add(NoSchedule);
        if (service.ThemeCodes.Count == 0) issues.Add(NoTheme);
        if (service.ServiceAreas.Count == 0) issues.Add(NoArea);
        if (service.FreshnessOn(today, policy) != Freshness.Fresh) issues.Add(NotFresh);
        return new QualityReport((int)Math.Round(100.0 * (Checks - issues.Count) / Checks), issues);
    }
}

using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Regiokompas.Web.Modules.Capacity.Dashboard;

namespace Regiokompas.Web.Modules.Capacity.Interop;

/// <summary>
/// Current availability as FHIR R4, in the style of the SANER bed-capacity reports: one
/// MeasureReport per unit with populations for open, occupied, blocked, held, confirmed and
/// available places; and units as Location plus HealthcareService.
/// </summary>
public sealed class FhirExport(CapacityQueries queries, PublicCapacity publicCapacity)
{
    public const string System = "https://regiokompas.nl/fhir/CodeSystem/capacity";
    public const string TypeSystem = "https://regiokompas.nl/fhir/CodeSystem/capacity-type";
    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions { WriteIndented = false }.ForFhir(ModelInfo.ModelInspector);

    public async Task<string> MeasureReportsAsync(string? region, CancellationToken ct)
    {
        var overview = await queries.GetOverviewAsync(new CapacityFilter(region), ct);
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Timestamp = new DateTimeOffset(overview.At, TimeSpan.Zero) };
        foreach (var u in overview.Units)
        {
            var report = new MeasureReport
            {
                Id = u.Id.ToString(),
                Status = MeasureReport.MeasureReportStatus.Complete,
                Type = MeasureReport.MeasureReportType.Summary,
                Measure = $"https://regiokompas.nl/fhir/Measure/capacity-{u.TypeCode}",
                Subject = new ResourceReference($"Location/{u.Id}", u.Name),
                Date = new DateTimeOffset(overview.At, TimeSpan.Zero).ToString("o"),
                Period = new Period
                {
                    Start = u.LastReportAt is { } at ? new DateTimeOffset(at, TimeSpan.Zero).ToString("o") : null,
                    End = new DateTimeOffset(overview.At, TimeSpan.Zero).ToString("o"),
                },
            };
            var group = new MeasureReport.GroupComponent { Code = new CodeableConcept(TypeSystem, u.TypeCode, u.TypeName) };
            void Add(string code, int? count)
            {
                if (count is { } c) group.Population.Add(new MeasureReport.PopulationComponent { Code = new CodeableConcept(System, code), Count = c });
            }
            Add("open", u.Open);
            Add("occupied", u.Occupied);
            Add("blocked", u.Blocked);
            Add("held", u.ActiveHolds);
            Add("confirmed", u.ConfirmedNotArrived);
            Add("available", u.Free);
            Add("expected-available-24h", u.FreeIn24h);
            Add("expected-available-72h", u.FreeIn72h);
            report.Group.Add(group);
            if (u.Stale) report.ImprovementNotation = new CodeableConcept(System, "stale", "Gegevens verouderd");
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"urn:uuid:{Guid.NewGuid()}", Resource = report });
        }
        return JsonSerializer.Serialize(bundle, Json);
    }

    /// <summary>
    /// For anonymous readers: one MeasureReport per region and type with the free places of the
    /// public page, through the same disclosure step; a hidden count is left out and marked.
    /// </summary>
    public async Task<string> PublicMeasureReportsAsync(string? region, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Timestamp = now };
        foreach (var row in await publicCapacity.GetAsync(region, ct))
        {
            var report = new MeasureReport
            {
                Id = $"{row.RegionId}-{row.TypeCode}",
                Status = MeasureReport.MeasureReportStatus.Complete,
                Type = MeasureReport.MeasureReportType.Summary,
                Measure = $"https://regiokompas.nl/fhir/Measure/capacity-{row.TypeCode}",
                Subject = new ResourceReference { Display = row.RegionName },
                Date = now.ToString("o"),
            };
            var group = new MeasureReport.GroupComponent { Code = new CodeableConcept(TypeSystem, row.TypeCode, row.TypeName) };
            var available = new MeasureReport.PopulationComponent { Code = new CodeableConcept(System, "available"), Count = row.Free };
            if (row.Suppressed) available.Code.Text = "verborgen: klein aantal";
            group.Population.Add(available);
            report.Group.Add(group);
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"urn:uuid:{Guid.NewGuid()}", Resource = report });
        }
        return JsonSerializer.Serialize(bundle, Json);
    }

    public async Task<string> LocationsAsync(string? region, CancellationToken ct)
    {
        var overview = await queries.GetOverviewAsync(new CapacityFilter(region), ct);
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Timestamp = new DateTimeOffset(overview.At, TimeSpan.Zero) };
        foreach (var u in overview.Units)
        {
            var location = new Location
            {
                Id = u.Id.ToString(),
                Status = Location.LocationStatus.Active,
                Name = u.Name,
                Description = string.IsNullOrEmpty(u.LocationName) ? null : u.LocationName,
                ManagingOrganization = new ResourceReference { Display = u.OrganisationName },
                Address = new Address { City = u.MunicipalityName, District = u.MunicipalityCode, Country = "NL" },
            };
            var service = new HealthcareService
            {
                Id = $"{u.Id}-service",
                Active = u.AcceptingAdmissions,
                Name = u.TypeName,
                ProvidedBy = new ResourceReference { Display = u.OrganisationName },
                Location = [new ResourceReference($"Location/{u.Id}")],
                Type = [new CodeableConcept(TypeSystem, u.TypeCode, u.TypeName)],
            };
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"urn:uuid:{u.Id}", Resource = location });
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"urn:uuid:{Guid.NewGuid()}", Resource = service });
        }
        return JsonSerializer.Serialize(bundle, Json);
    }
}

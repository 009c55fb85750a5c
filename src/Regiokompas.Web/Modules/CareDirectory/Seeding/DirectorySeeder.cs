using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Modules.CareDirectory.Seeding;

/// <summary>
/// Puts the shipped directory entries (Content/directory-seed.json) in an empty directory.
/// Ids derive from the seed keys, so a second start changes nothing.
/// </summary>
public sealed class DirectorySeeder(AppDbContext db, TimeProvider clock, ILogger<DirectorySeeder> log)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string SeedPath => Path.Combine(CareDirectoryContent.DefaultFolder, "directory-seed.json");

    /// <param name="planOrganisationIds">Plan organisation ids by "region/key", so members can keep their entries.</param>
    public async Task SeedAsync(IReadOnlyDictionary<string, int> planOrganisationIds, CancellationToken ct)
    {
        if (await db.Set<CareService>().AnyAsync(ct)) return;
        var seed = JsonSerializer.Deserialize<SeedFile>(await File.ReadAllTextAsync(SeedPath, ct), Json)
            ?? throw new InvalidOperationException("Directory seed file is empty.");
        var now = clock.GetUtcNow().UtcDateTime;

        EnsureTaxonomies();
        var organisations = new Dictionary<string, CareOrganisation>(StringComparer.Ordinal);
        foreach (var o in seed.Organisations)
        {
            var org = new CareOrganisation
            {
                Id = ThemeTerms.NameBased("seed:org:" + o.Key), Name = o.Name, Description = o.Description ?? "",
                Website = o.Website, LastModifiedUtc = now,
                PlanOrganisationId = o.PlanOrganisation is { } key && planOrganisationIds.TryGetValue(key, out var id) ? id : null,
            };
            organisations[o.Key] = org;
            db.Add(org);
        }
        foreach (var s in seed.Services)
        {
            if (!organisations.TryGetValue(s.Organisation, out var owner))
                throw new InvalidOperationException($"Seed service {s.Key} names unknown organisation {s.Organisation}.");
            db.Add(ToService(s, owner, now));
        }
        await db.SaveChangesAsync(ct);
        log.LogInformation("Seeded the directory with {Organisations} organisations and {Services} services", seed.Organisations.Count, seed.Services.Count);
    }

    private void EnsureTaxonomies()
    {
        db.Add(new Taxonomy { Id = ThemeTerms.TaxonomyId, Name = DutchThemes.TaxonomyId, Description = "Thema's die inwoners herkennen.", Version = "1" });
        foreach (var t in DutchThemes.All)
            db.Add(new TaxonomyTerm { Id = ThemeTerms.IdOf(t.Code), Code = t.Code, Name = t.Name, Description = t.Name, TaxonomyId = ThemeTerms.TaxonomyId, Language = "nl" });
    }

    internal static CareService ToService(SeedService s, CareOrganisation owner, DateTime now)
    {
        var id = ThemeTerms.NameBased("seed:service:" + s.Key);
        var service = new CareService
        {
            Id = id, OrganisationId = owner.Id, Name = s.Name, Description = s.Description, Url = s.Url,
            Kind = s.Kind, IsFree = s.Free, ReferralRequired = s.ReferralRequired ?? false,
            Unverified = true, IsDemo = s.Demo, LastModifiedUtc = now,
        };
        service.ChangeSummary(s.Summary);
        service.SetThemes(s.Themes);
        service.SetAgeRange(s.MinAge, s.MaxAge);
        foreach (var code in s.Municipalities)
            service.ServiceAreas.Add(new ServiceArea { Id = ThemeTerms.NameBased($"seed:area:{s.Key}:{code}"), ServiceId = id, MunicipalityCode = code, Name = MunicipalityNames.Of(code) });
        var n = 0;
        foreach (var sch in s.Schedules)
            service.Schedules.Add(new CareSchedule { Id = ThemeTerms.NameBased($"seed:schedule:{s.Key}:{n++}"), ServiceId = id, Freq = sch.Byday is null ? null : "WEEKLY", ByDay = sch.Byday, Description = sch.Description });
        foreach (var l in s.Locations)
        {
            var location = new CareLocation
            {
                Id = ThemeTerms.NameBased($"seed:location:{s.Key}:{l.Name}"), OrganisationId = owner.Id, Name = l.Name,
                MunicipalityCode = l.Municipality, LocationType = LocationType.Physical,
            };
            if (l.Address is { } street && l.PostalCode is { } pc)
                location.Addresses.Add(new CareAddress { Id = ThemeTerms.NameBased($"seed:address:{s.Key}:{l.Name}"), LocationId = location.Id, Address1 = street, City = l.City ?? "", PostalCode = pc, StateProvince = "" });
            service.Locations.Add(new ServiceAtLocation { Id = ThemeTerms.NameBased($"seed:sal:{s.Key}:{l.Name}"), ServiceId = id, LocationId = location.Id, Location = location });
        }
        return service;
    }

    internal sealed record SeedFile(List<SeedOrganisation> Organisations, List<SeedService> Services);
    internal sealed record SeedOrganisation(string Key, string Name, string? Description, string? Website, string? PlanOrganisation);
    internal sealed class SeedService
    {
        public required string Key { get; init; }
        public required string Organisation { get; init; }
        public required string Name { get; init; }
        public string? Summary { get; init; }
        public string? Description { get; init; }
        public ServiceKind Kind { get; init; } = ServiceKind.Welfare;
        public List<string> Themes { get; init; } = [];
        public List<string> Municipalities { get; init; } = [];
        public int? MinAge { get; init; }
        public int? MaxAge { get; init; }
        public bool Free { get; init; }
        public bool? ReferralRequired { get; init; }
        public string? Url { get; init; }
        public bool Demo { get; init; }
        public List<SeedSchedule> Schedules { get; init; } = [];
        public List<SeedLocation> Locations { get; init; } = [];
    }

    internal sealed record SeedSchedule(string? Byday, string? Description);
    internal sealed record SeedLocation(string Name, string? City, string? Municipality, string? Address, string? PostalCode);
}

/// <summary>Names of the municipalities of the two regions, for service areas and filters (CBS codes).</summary>
public static class MunicipalityNames
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GM0034"] = "Almere", ["GM0303"] = "Dronten", ["GM0995"] = "Lelystad", ["GM0171"] = "Noordoostpolder",
        ["GM0184"] = "Urk", ["GM0050"] = "Zeewolde", ["GM0148"] = "Dalfsen", ["GM0160"] = "Hardenberg",
        ["GM0166"] = "Kampen", ["GM0175"] = "Ommen", ["GM0180"] = "Staphorst", ["GM1708"] = "Steenwijkerland",
        ["GM1896"] = "Zwartewaterland", ["GM0193"] = "Zwolle",
    };

    public static string? Of(string code) => All.GetValueOrDefault(code);
}

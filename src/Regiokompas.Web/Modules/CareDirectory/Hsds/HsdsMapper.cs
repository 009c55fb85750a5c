using System.Globalization;
using Regiokompas.Domain.CareDirectory;

namespace Regiokompas.Web.Modules.CareDirectory.Hsds;

/// <summary>Entities to HSDS 3.0 objects. Services must be loaded with their children, locations and organisation.</summary>
public static class HsdsMapper
{
    public static HsdsService Service(CareService s, bool full, IReadOnlyDictionary<Guid, TaxonomyTerm>? importedTerms = null) => new()
    {
        Id = s.Id.ToString(),
        OrganizationId = s.OrganisationId.ToString(),
        Name = s.Name,
        AlternateName = s.AlternateName,
        Description = s.Description,
        Url = s.Url,
        Email = s.Email,
        Status = HsdsProfile.StatusText(s.Status),
        ApplicationProcess = s.ApplicationProcess,
        FeesDescription = s.FeesDescription,
        WaitTime = s.WaitTime,
        EligibilityDescription = s.EligibilityDescription,
        MinimumAge = s.MinimumAge,
        MaximumAge = s.MaximumAge,
        AssuredDate = s.AssuredDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        AssurerEmail = s.AssurerEmail,
        Alert = s.Alert,
        LastModified = DateTime.SpecifyKind(s.LastModifiedUtc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Organization = s.Organisation is { } o ? Organisation(o, []) : null,
        Phones = full ? s.Phones.Select(p => Phone(p)).ToList() : null,
        Schedules = full ? s.Schedules.Select(Schedule).ToList() : null,
        ServiceAreas = full ? s.ServiceAreas.Select(a => new HsdsServiceArea(a.Id.ToString(), s.Id.ToString(), a.Name, a.Description,
            a.MunicipalityCode is { } m ? HsdsProfile.MunicipalityUri(m) : null)).ToList() : null,
        Languages = full ? s.Languages.Select(l => new HsdsLanguage(l.Id.ToString(), s.Id.ToString(), l.Name, l.Code, l.Note)).ToList() : null,
        CostOptions = full ? CostOptions(s).ToList() : null,
        ServiceAtLocations = full ? s.Locations.Select(sal => ServiceAtLocation(sal, null)).ToList() : null,
        Attributes = full ? Attributes(s, importedTerms).ToList() : null,
    };

    public static HsdsOrganization Organisation(CareOrganisation o, IReadOnlyList<CareLocation> locations, IReadOnlyList<HsdsService>? services = null) => new()
    {
        Id = o.Id.ToString(),
        Name = o.Name,
        AlternateName = o.AlternateName,
        Description = o.Description,
        Email = o.Email,
        Website = o.Website,
        Phones = o.Phones.Count == 0 ? null : o.Phones.Select(p => Phone(p)).ToList(),
        OrganizationIdentifiers = Identifiers(o).ToList() is { Count: > 0 } ids ? ids : null,
        Locations = locations.Count == 0 ? null : locations.Select(Location).ToList(),
        Services = services,
    };

    public static HsdsLocation Location(CareLocation l) => new()
    {
        Id = l.Id.ToString(),
        LocationType = l.LocationType.ToString().ToLowerInvariant(),
        OrganizationId = l.OrganisationId?.ToString(),
        Name = l.Name,
        Description = l.Description,
        Transportation = l.Transportation,
        Latitude = l.Latitude,
        Longitude = l.Longitude,
        // Dutch profile: the CBS district (or else municipality) code identifies where the location is.
        ExternalIdentifier = l.DistrictCode ?? l.MunicipalityCode,
        ExternalIdentifierType = l.DistrictCode is not null ? "cbs-wijk" : l.MunicipalityCode is not null ? "cbs-gemeente" : null,
        Addresses = l.Addresses.Select(a => new HsdsAddress(a.Id.ToString(), l.Id.ToString(), a.Attention, a.Address1, a.Address2,
            a.City, a.Region, a.StateProvince, a.PostalCode, a.Country, a.AddressType)).ToList(),
        Phones = l.Phones.Select(p => Phone(p)).ToList(),
        Accessibility = l.AccessibilityDescription is { } acc
            ? [new HsdsAccessibility(ThemeTerms.NameBased("accessibility:" + l.Id).ToString(), l.Id.ToString(), acc)]
            : null,
    };

    public static HsdsServiceAtLocation ServiceAtLocation(ServiceAtLocation sal, HsdsService? service) => new()
    {
        Id = sal.Id.ToString(),
        ServiceId = sal.ServiceId.ToString(),
        LocationId = sal.LocationId.ToString(),
        Description = sal.Description,
        Schedules = sal.Schedules.Select(Schedule).ToList(),
        Location = sal.Location is { } l ? Location(l) : null,
        Service = service,
    };

    public static HsdsSchedule Schedule(CareSchedule s) => new()
    {
        Id = s.Id.ToString(),
        ServiceId = s.ServiceId?.ToString(),
        ServiceAtLocationId = s.ServiceAtLocationId?.ToString(),
        Freq = s.Freq,
        Byday = s.ByDay,
        OpensAt = s.OpensAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
        ClosesAt = s.ClosesAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
        Description = s.Description,
    };

    private static HsdsPhone Phone(CarePhone p) => new(p.Id.ToString(), p.Number, p.Type, p.Description,
        p.ServiceId?.ToString(), p.OrganisationId?.ToString(), p.LocationId?.ToString());

    private static IEnumerable<HsdsCostOption> CostOptions(CareService s)
    {
        foreach (var c in s.CostOptions)
            yield return new HsdsCostOption(c.Id.ToString(), s.Id.ToString(), c.Option, c.Currency, c.Amount is { } a ? (double)a : null, c.AmountDescription);
        if (s.IsFree && s.CostOptions.Count == 0)
            yield return new HsdsCostOption(ThemeTerms.NameBased("free:" + s.Id).ToString(), s.Id.ToString(), "Gratis", "EUR", 0, null);
    }

    private static IEnumerable<HsdsOrganizationIdentifier> Identifiers(CareOrganisation o)
    {
        if (o.KvkNumber is { } kvk)
            yield return new(ThemeTerms.NameBased("kvk:" + o.Id).ToString(), o.Id.ToString(), "NL-KVK", "KvK-nummer", kvk);
        if (o.AgbCode is { } agb)
            yield return new(ThemeTerms.NameBased("agb:" + o.Id).ToString(), o.Id.ToString(), "NL-AGB", "AGB-code", agb);
    }

    /// <summary>Themes and profile facts become attributes with taxonomy terms; derived ids keep them stable.</summary>
    private static IEnumerable<HsdsAttribute> Attributes(CareService s, IReadOnlyDictionary<Guid, TaxonomyTerm>? imported)
    {
        var id = s.Id.ToString();
        HsdsAttribute Profile(string code, string? value = null) => new(
            ThemeTerms.NameBased($"attr:{s.Id}:{code}").ToString(), id, "service", "service",
            HsdsProfile.TermId(code).ToString(), value, HsdsProfile.ProfileTerm(code));

        foreach (var code in s.ThemeCodes)
            if (DutchThemes.Find(code) is { } theme)
                yield return new HsdsAttribute(ThemeTerms.NameBased($"attr:{s.Id}:{code}").ToString(), id, "service", "service",
                    ThemeTerms.IdOf(code).ToString(), null, HsdsProfile.ThemeTerm(theme));
        yield return Profile(HsdsProfile.KindTerm(s.Kind));
        yield return Profile(s.ReferralRequired ? HsdsProfile.ReferralRequired : HsdsProfile.NoReferral);
        if (s.B1Summary is { } summary) yield return Profile(HsdsProfile.B1Summary, summary);
        if (s.Unverified) yield return Profile(HsdsProfile.Unverified);
        foreach (var a in s.Attributes)
            yield return new HsdsAttribute(a.Id.ToString(), id, "service", "service", a.TaxonomyTermId.ToString(), a.Value,
                imported?.GetValueOrDefault(a.TaxonomyTermId) is { } t ? Term(t) : null);
    }

    public static HsdsTaxonomyTerm Term(TaxonomyTerm t) => new()
    {
        Id = t.Id.ToString(), Code = t.Code, Name = t.Name, Description = t.Description, ParentId = t.ParentId?.ToString(),
        TaxonomyId = t.TaxonomyId?.ToString(), Language = t.Language, TermUri = t.TermUri,
    };
}

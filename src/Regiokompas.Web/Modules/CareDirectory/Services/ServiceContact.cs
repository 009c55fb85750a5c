using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Modules.CareDirectory.Seeding;

namespace Regiokompas.Web.Modules.CareDirectory.Services;

/// <summary>
/// How residents reach a service, as an owner fills it in: the main phone number, the address where
/// people walk in, the municipality it serves and one line of opening hours. Null in an API request
/// means "leave as it is"; an empty field removes that fact.
/// </summary>
public sealed class ServiceContactInput
{
    public static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    [StringLength(40)] public string? Phone { get; set; }
    [StringLength(200)] public string? Street { get; set; }
    [StringLength(10)] public string? PostalCode { get; set; }
    [StringLength(100)] public string? City { get; set; }
    /// <summary>CBS municipality code (GM....) the service is for; it is what "in Lelystad" searches on.</summary>
    [StringLength(6)] public string? MunicipalityCode { get; set; }
    public List<string> OpenDays { get; set; } = [];
    /// <summary>"9:00" or "09:00".</summary>
    [StringLength(5)] public string? OpensAt { get; set; }
    [StringLength(5)] public string? ClosesAt { get; set; }

    /// <summary>The main contact facts of a stored service, for the form.</summary>
    public static ServiceContactInput From(CareService s) => new()
    {
        Phone = s.Phones.FirstOrDefault()?.Number,
        Street = MainAddress(s)?.Address1,
        PostalCode = MainAddress(s)?.PostalCode,
        City = MainAddress(s)?.City,
        MunicipalityCode = s.ServiceAreas.Select(a => a.MunicipalityCode).FirstOrDefault(c => c is not null),
        OpenDays = (s.Schedules.FirstOrDefault()?.ByDay ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        OpensAt = s.Schedules.FirstOrDefault()?.OpensAt?.ToString("H:mm", CultureInfo.InvariantCulture),
        ClosesAt = s.Schedules.FirstOrDefault()?.ClosesAt?.ToString("H:mm", CultureInfo.InvariantCulture),
    };

    private static CareAddress? MainAddress(CareService s) =>
        s.Locations.Select(l => l.Location).OfType<CareLocation>().SelectMany(l => l.Addresses).FirstOrDefault();

    /// <summary>Checks every field first and throws the first rule broken; changes nothing then.</summary>
    public void Validate()
    {
        if (MunicipalityCode is { Length: > 0 } m && MunicipalityNames.Of(m) is null) throw new RuleViolation("caredirectory.municipality-unknown");
        var hasAddress = !string.IsNullOrWhiteSpace(Street) || !string.IsNullOrWhiteSpace(PostalCode) || !string.IsNullOrWhiteSpace(City);
        if (hasAddress && (string.IsNullOrWhiteSpace(Street) || string.IsNullOrWhiteSpace(City))) throw new RuleViolation("caredirectory.address-incomplete");
        if (PostalCode is { Length: > 0 } pc && !System.Text.RegularExpressions.Regex.IsMatch(pc.Trim(), "^[1-9][0-9]{3} ?[A-Za-z]{2}$"))
            throw new RuleViolation("caredirectory.postcode-invalid");
        if (Phone is { Length: > 0 } p && !System.Text.RegularExpressions.Regex.IsMatch(p.Trim(), @"^\+?[0-9 ()-]{6,20}$"))
            throw new RuleViolation("caredirectory.phone-invalid");
        if (OpenDays.Any(d => !Days.Contains(d))) throw new RuleViolation("caredirectory.day-unknown");
        var (opens, closes) = (Time(OpensAt), Time(ClosesAt));
        if (opens is { } o && closes is { } c && c <= o) throw new RuleViolation("caredirectory.closes-before-opens", o, c);
        if ((opens is null || closes is null) && (opens ?? closes) is not null) throw new RuleViolation("caredirectory.hours-incomplete");
        if (opens is not null && OpenDays.Count == 0) throw new RuleViolation("caredirectory.hours-need-days");
    }

    private static TimeOnly? Time(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (TimeOnly.TryParseExact(text.Trim().Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return t;
        throw new RuleViolation("caredirectory.time-invalid", text);
    }

    /// <summary>Writes the contact facts onto the service (main phone, first address, service-level schedule, area).</summary>
    public void ApplyTo(CareService service, List<object> removed)
    {
        Validate();
        var phone = service.Phones.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(Phone)) { if (phone is not null) { service.Phones.Remove(phone); removed.Add(phone); } }
        else if (phone is null) service.Phones.Add(new CarePhone { ServiceId = service.Id, Number = Phone.Trim() });
        else phone.Number = Phone.Trim();

        var address = MainAddress(service);
        if (string.IsNullOrWhiteSpace(Street))
        {
            if (address is not null) { service.Locations.Select(l => l.Location).OfType<CareLocation>().First(l => l.Addresses.Contains(address)).Addresses.Remove(address); removed.Add(address); }
        }
        else if (address is null)
        {
            var location = new CareLocation { OrganisationId = service.OrganisationId, Name = service.Name, MunicipalityCode = NullIfEmpty(MunicipalityCode) };
            location.Addresses.Add(new CareAddress { LocationId = location.Id, Address1 = Street.Trim(), PostalCode = PostcodeText(PostalCode), City = City!.Trim() });
            service.Locations.Add(new ServiceAtLocation { ServiceId = service.Id, LocationId = location.Id, Location = location });
        }
        else
        {
            address.Address1 = Street.Trim();
            address.PostalCode = PostcodeText(PostalCode);
            address.City = City!.Trim();
        }

        var schedule = service.Schedules.FirstOrDefault();
        var opens = Time(OpensAt);
        if (OpenDays.Count == 0 && opens is null) { if (schedule is not null) { service.Schedules.Remove(schedule); removed.Add(schedule); } }
        else
        {
            if (schedule is null) service.Schedules.Add(schedule = new CareSchedule { ServiceId = service.Id, Freq = "WEEKLY" });
            schedule.ByDay = string.Join(',', Days.Where(OpenDays.Contains));
            schedule.SetHours(opens, Time(ClosesAt));
        }

        var code = NullIfEmpty(MunicipalityCode);
        var area = service.ServiceAreas.FirstOrDefault(a => a.MunicipalityCode is not null);
        if (code is null) { if (area is not null) { service.ServiceAreas.Remove(area); removed.Add(area); } }
        else if (area is null) service.ServiceAreas.Add(new ServiceArea { ServiceId = service.Id, MunicipalityCode = code, Name = MunicipalityNames.Of(code) });
        else { area.MunicipalityCode = code; area.Name = MunicipalityNames.Of(code); }
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string PostcodeText(string? pc)
    {
        if (string.IsNullOrWhiteSpace(pc)) return "";
        var compact = pc.Replace(" ", "").ToUpperInvariant();
        return compact.Length == 6 ? compact[..4] + " " + compact[4..] : compact;
    }
}

using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.CareDirectory.Search;

namespace Regiokompas.Web.Modules.CareDirectory.Hsds;

public sealed record ImportProblem(string File, string Record, string Field, string Message);

/// <summary>What happened (or, in a dry run, would happen) to one service record, with the reasons when it is refused.</summary>
public sealed record ImportRecord(string Record, string Outcome, IReadOnlyList<string> Reasons)
{
    public const string Created = "created", Updated = "updated", Unchanged = "unchanged", Refused = "refused";
}

public sealed record ImportSummary(int Organisations, int Services, int Locations, int TaxonomyTerms, IReadOnlyList<ImportProblem> Warnings)
{
    public bool DryRun { get; init; }
    public int Created { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    public IReadOnlyList<ImportRecord> Records { get; init; } = [];
}

/// <summary>Thrown when an import has problems; nothing was changed.</summary>
public sealed class ImportRejected(IReadOnlyList<ImportProblem> problems, IReadOnlyList<ImportRecord>? records = null) : Exception("HSDS import rejected")
{
    public IReadOnlyList<ImportProblem> Problems { get; } = problems;
    /// <summary>Per service record: refused ones with their reasons; the others would have been fine.</summary>
    public IReadOnlyList<ImportRecord> Records { get; } = records ?? [];
}

/// <summary>
/// Imports HSDS 3.0 JSON: one service, a page of services ({"contents": [...]}) or an organisation
/// with its services. All or nothing: every problem is listed by file, record and field, and the
/// database changes only when there are none. Services already present are replaced.
/// </summary>
public sealed class ImportHsdsHandler(AppDbContext db, SearchIndexSync index, TimeProvider clock, Services.DuplicateFinder duplicates, Common.Auth.ICurrentActor actor)
{
    public const string AuditEntityType = "HsdsImport";
    public const long MaxJsonBytes = 20L * 1024 * 1024;

    private readonly List<ImportProblem> _problems = [];
    private readonly List<ImportProblem> _warnings = [];
    private readonly Dictionary<Guid, CareOrganisation> _organisations = [];
    private readonly Dictionary<Guid, CareLocation> _locations = [];
    private readonly Dictionary<Guid, TaxonomyTerm> _terms = [];
    private readonly Dictionary<Guid, Taxonomy> _taxonomies = [];
    private readonly HashSet<Guid> _childIds = [];
    private readonly List<CareService> _services = [];
    private string _file = "";

    public async Task<ImportSummary> HandleAsync(string fileName, JsonElement root, CancellationToken ct) => await HandleAsync(fileName, root, false, ct);

    /// <param name="dryRun">Check everything and report per record, but change nothing.</param>
    public async Task<ImportSummary> HandleAsync(string fileName, JsonElement root, bool dryRun, CancellationToken ct)
    {
        _file = fileName;
        var now = clock.GetUtcNow().UtcDateTime;
        if (root.ValueKind != JsonValueKind.Object) throw Rejected("", "", "verwacht een JSON-object");
        if (HsdsVersion1.Sign(root) is { } sign) throw Rejected("", sign, Texts.Get("hsds.version-1", sign));
        if (root.TryGetProperty("contents", out var contents) && contents.ValueKind == JsonValueKind.Array)
            foreach (var s in contents.EnumerateArray()) Service(s, null, now);
        else if (root.TryGetProperty("status", out _))
            Service(root, null, now);
        else
        {
            var org = Organisation(root, now);
            if (root.TryGetProperty("services", out var services))
                foreach (var s in services.EnumerateArray()) Service(s, org, now);
        }
        if (_problems.Count > 0)
        {
            var refused = _problems.GroupBy(p => p.Record).ToDictionary(g => g.Key, g => g.Select(p => $"{p.Field}: {p.Message}".TrimStart(':', ' ')).ToList());
            var records = _serviceRecords.Select(r => refused.TryGetValue(r, out var reasons)
                ? new ImportRecord(r, ImportRecord.Refused, reasons) : new ImportRecord(r, "ok", [])).ToList();
            foreach (var (record, reasons) in refused.Where(r => !_serviceRecords.Contains(r.Key)))
                records.Add(new ImportRecord(record, ImportRecord.Refused, reasons));
            throw new ImportRejected(_problems, records);
        }

        // Which services are new, which change and which are exactly as stored; unchanged ones are not written at all.
        var serviceIds = _services.Select(s => s.Id).ToList();
        var stored = await StoredFingerprintsAsync(serviceIds, ct);
        var outcome = _services.ToDictionary(s => s.Id, s =>
            !stored.TryGetValue(s.Id, out var print) ? ImportRecord.Created : print == Fingerprint(s) ? ImportRecord.Unchanged : ImportRecord.Updated);
        foreach (var s in _services.Where(s => outcome[s.Id] == ImportRecord.Created))
            foreach (var d in await duplicates.FindAsync(s.Name, PlacesOf(s), s.Id, ct))
                _warnings.Add(new ImportProblem(_file, RecordOf(s), "name", $"{Texts.Get("caredirectory.possible-duplicate", d.Place)} /hulp/dienst/{d.Id}"));
        var report = _services.Select(s => new ImportRecord(RecordOf(s), outcome[s.Id], [])).ToList();
        var summary = new ImportSummary(_organisations.Count, _services.Count, _locations.Count, _terms.Count, _warnings)
        {
            DryRun = dryRun, Records = report,
            Created = outcome.Values.Count(o => o == ImportRecord.Created),
            Updated = outcome.Values.Count(o => o == ImportRecord.Updated),
            Unchanged = outcome.Values.Count(o => o == ImportRecord.Unchanged),
        };
        if (dryRun) return summary;

        var changed = _services.Where(s => outcome[s.Id] != ImportRecord.Unchanged).ToList();
        var changedIds = changed.Select(s => s.Id).ToList();
        _services.RemoveAll(s => outcome[s.Id] == ImportRecord.Unchanged);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // One audit entry for the whole import (below), not one per field of every record.
        db.AuditAsSummary = true;
        try
        {
            // Replaced services go first, in their own save, so the new rows can reuse their ids.
            db.RemoveRange(await db.Set<CareService>().AsTracking().Where(s => changedIds.Contains(s.Id)).ToListAsync(ct));
            await db.SaveChangesAsync(ct);
            await AttachExistingAsync(ct);
            db.AddRange(changed);
            await db.SaveChangesAsync(ct);
        }
        finally { db.AuditAsSummary = false; }
        db.AuditEntries.Add(Common.Audit.AuditEntry.Summary(actor.UserId, actor.Name, now, AuditEntityType, _file, "imported", FormattableString.Invariant(
            $"created={summary.Created}; updated={summary.Updated}; unchanged={summary.Unchanged}; organisations={_organisations.Count}; locations={_locations.Count}; warnings={_warnings.Count}")));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        foreach (var id in changedIds) await index.RefreshAsync(id, ct);
        return summary;
    }

    private readonly List<string> _serviceRecords = [];
    private readonly Dictionary<Guid, string> _recordOf = [];
    private string RecordOf(CareService s) => _recordOf.GetValueOrDefault(s.Id) ?? $"service {s.Id}";

    private static IEnumerable<string?> PlacesOf(CareService s) =>
        s.ServiceAreas.Select(a => a.MunicipalityCode)
            .Concat(s.Locations.Select(l => l.Location).OfType<CareLocation>().SelectMany(l => l.Addresses.Select(a => (string?)a.City).Append(l.MunicipalityCode)));

    private async Task<Dictionary<Guid, string>> StoredFingerprintsAsync(List<Guid> ids, CancellationToken ct)
    {
        var result = new Dictionary<Guid, string>();
        foreach (var chunk in ids.Chunk(500))
        {
            var list = chunk.ToList();
            var stored = await db.Set<CareService>().AsNoTracking().Where(s => list.Contains(s.Id))
                .Include(s => s.Organisation).Include(s => s.Phones).Include(s => s.Schedules).Include(s => s.ServiceAreas).Include(s => s.Languages)
                .Include(s => s.CostOptions).Include(s => s.Attributes).Include(s => s.Locations).ThenInclude(l => l.Schedules)
                .Include(s => s.Locations).ThenInclude(l => l.Location!).ThenInclude(l => l.Addresses)
                .AsSplitQuery().ToListAsync(ct);
            foreach (var s in stored) result[s.Id] = Fingerprint(s);
        }
        return result;
    }

    /// <summary>Everything an import can set on a service and its children, in a fixed order: equal prints mean nothing to write.</summary>
    internal static string Fingerprint(CareService s)
    {
        static string J(IEnumerable<string?> parts) => string.Join("\u001f", parts.Select(p => p ?? "\u0000"));
        var inv = CultureInfo.InvariantCulture;
        return J([
            s.Name, s.AlternateName, s.Description, s.Url, s.Email, s.Status.ToString(), s.Kind.ToString(), s.ApplicationProcess, s.FeesDescription,
            s.IsFree.ToString(), s.ReferralRequired.ToString(), s.WaitTime, s.EligibilityDescription, s.MinimumAge?.ToString(inv), s.MaximumAge?.ToString(inv),
            s.AssuredDate?.ToString("yyyy-MM-dd", inv), s.AssurerEmail, s.Alert, s.Unverified.ToString(), s.B1Summary, string.Join(",", s.ThemeCodes),
            s.OrganisationId.ToString(), s.Organisation?.Name, s.Organisation?.Description, s.Organisation?.Website, s.Organisation?.Email,
            J(s.Phones.OrderBy(p => p.Id).Select(p => $"{p.Id}|{p.Number}|{p.Type}|{p.Description}")),
            J(s.Schedules.OrderBy(x => x.Id).Select(x => $"{x.Id}|{x.Freq}|{x.ByDay}|{x.OpensAt}|{x.ClosesAt}|{x.Description}")),
            J(s.ServiceAreas.OrderBy(a => a.Id).Select(a => $"{a.Id}|{a.Name}|{a.MunicipalityCode}|{a.Description}")),
            J(s.Languages.OrderBy(l => l.Id).Select(l => $"{l.Id}|{l.Code}|{l.Name}|{l.Note}")),
            J(s.CostOptions.OrderBy(c => c.Id).Select(c => $"{c.Id}|{c.Option}|{c.Currency}|{c.Amount?.ToString(inv)}|{c.AmountDescription}")),
            J(s.Attributes.OrderBy(a => a.Id).Select(a => $"{a.Id}|{a.TaxonomyTermId}|{a.Value}")),
            J(s.Locations.OrderBy(l => l.Id).Select(l => $"{l.Id}|{l.LocationId}|{l.Description}|"
                + string.Join(";", l.Schedules.OrderBy(x => x.Id).Select(x => $"{x.Id}|{x.ByDay}|{x.OpensAt}|{x.ClosesAt}|{x.Description}"))
                + "|" + string.Join(";", (l.Location?.Addresses ?? []).OrderBy(a => a.Id).Select(a => $"{a.Address1}|{a.PostalCode}|{a.City}")))),
        ]);
    }

    /// <summary>Organisations, locations and terms that already exist are updated in place rather than added twice.</summary>
    private async Task AttachExistingAsync(CancellationToken ct)
    {
        var orgIds = _organisations.Keys.ToList();
        var existingOrgs = await db.Set<CareOrganisation>().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        foreach (var (id, org) in _organisations)
        {
            if (existingOrgs.TryGetValue(id, out var current))
            {
                current.Name = org.Name; current.Description = org.Description; current.Email = org.Email; current.Website = org.Website;
                current.AlternateName = org.AlternateName; current.LastModifiedUtc = org.LastModifiedUtc;
                foreach (var s in _services.Where(s => s.OrganisationId == id)) s.Organisation = current;
            }
            else db.Add(org);
        }
        var locationIds = _locations.Keys.ToList();
        var existingLocations = await db.Set<CareLocation>().Where(l => locationIds.Contains(l.Id)).Select(l => l.Id).ToListAsync(ct);
        foreach (var sal in _services.SelectMany(s => s.Locations).Where(sal => existingLocations.Contains(sal.LocationId)))
            sal.Location = null;   // keep the stored location; link by id only
        foreach (var (id, location) in _locations.Where(l => !existingLocations.Contains(l.Key))) db.Add(location);
        // Phones and schedules can hang on a location that stays; rows already stored are kept, not added twice.
        var phoneIds = _services.SelectMany(s => s.Phones).Concat(_locations.Values.SelectMany(l => l.Phones)).Select(p => p.Id).ToList();
        var storedPhones = (await db.Set<CarePhone>().Where(p => phoneIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var scheduleIds = _services.SelectMany(s => s.Schedules.Concat(s.Locations.SelectMany(l => l.Schedules))).Select(x => x.Id).ToList();
        var storedSchedules = (await db.Set<CareSchedule>().Where(x => scheduleIds.Contains(x.Id)).Select(x => x.Id).ToListAsync(ct)).ToHashSet();
        foreach (var service in _services)
        {
            service.Phones.RemoveAll(p => storedPhones.Contains(p.Id));
            service.Schedules.RemoveAll(x => storedSchedules.Contains(x.Id));
            foreach (var sal in service.Locations) sal.Schedules.RemoveAll(x => storedSchedules.Contains(x.Id));
        }
        foreach (var location in _locations.Values) location.Phones.RemoveAll(p => storedPhones.Contains(p.Id));
        var taxonomyIds = _taxonomies.Keys.ToList();
        var existingTaxonomies = await db.Set<Taxonomy>().Where(t => taxonomyIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(ct);
        foreach (var t in _taxonomies.Values.Where(t => !existingTaxonomies.Contains(t.Id))) db.Add(t);
        var termIds = _terms.Keys.ToList();
        var existingTerms = await db.Set<TaxonomyTerm>().Where(t => termIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(ct);
        foreach (var t in _terms.Values.Where(t => !existingTerms.Contains(t.Id))) db.Add(t);
    }

    private CareOrganisation? Organisation(JsonElement o, DateTime now)
    {
        var record = $"organization {Str(o, "id") ?? "?"}{Source(o)}";
        var id = RequiredId(o, record);
        var name = Required(o, "name", record);
        var description = Str(o, "description");
        if (description is null) Problem(record, "description", "verplicht veld ontbreekt");
        if (id is not { } key || name is null) return null;
        if (_organisations.TryGetValue(key, out var known)) return known;
        var org = new CareOrganisation
        {
            Id = key, Name = name, Description = description ?? "", AlternateName = Str(o, "alternate_name"),
            Email = Str(o, "email"), Website = WebAddress(o, "website", record), LastModifiedUtc = now,
        };
        _organisations[key] = org;
        return org;
    }

    private void Service(JsonElement s, CareOrganisation? owner, DateTime now)
    {
        var record = $"service {Str(s, "id") ?? "?"}{Source(s)}";
        _serviceRecords.Add(record);
        var id = RequiredId(s, record);
        var name = Required(s, "name", record);
        var status = HsdsProfile.StatusOf(Str(s, "status"));
        if (status is null) Problem(record, "status", "moet active, inactive, defunct of temporarily closed zijn");
        if (s.TryGetProperty("organization", out var nested) && nested.ValueKind == JsonValueKind.Object) owner = Organisation(nested, now);
        else if (Guid.TryParse(Str(s, "organization_id"), out var orgId) && _organisations.TryGetValue(orgId, out var known)) owner = known;
        if (owner is null) Problem(record, "organization", "de organisatie ontbreekt in het bestand");
        if (id is not { } serviceId || name is null || status is null || owner is null) return;
        if (_services.Any(x => x.Id == serviceId))
        {
            // Two records with one id would silently become one; which one wins is a guess.
            Problem(record, "id", Texts.Get("hsds.duplicate-service", serviceId));
            return;
        }

        var service = new CareService
        {
            Id = serviceId, OrganisationId = owner.Id, Organisation = owner, Name = name, AlternateName = Str(s, "alternate_name"),
            Description = Str(s, "description"), Url = WebAddress(s, "url", record), Email = Str(s, "email"), Status = status.Value,
            ApplicationProcess = Str(s, "application_process"), FeesDescription = Str(s, "fees_description"), WaitTime = Str(s, "wait_time"),
            EligibilityDescription = Str(s, "eligibility_description"), Alert = Str(s, "alert"), LastModifiedUtc = now,
        };
        Try(record, "minimum_age", () => service.SetAgeRange(Int(s, "minimum_age"), Int(s, "maximum_age")));
        if (Str(s, "assured_date") is { } assured)
        {
            if (DateOnly.TryParseExact(assured, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) service.RestoreAssurance(d, Str(s, "assurer_email"));
            else Problem(record, "assured_date", "geen datum (jjjj-mm-dd)");
        }
        foreach (var p in Array(s, "phones"))
            if (NewChild(p, record, "phones") is { } pid && Required(p, "number", record) is { } number)
                service.Phones.Add(new CarePhone { Id = pid, ServiceId = serviceId, Number = number, Type = Str(p, "type"), Description = Str(p, "description") });
        foreach (var x in Array(s, "schedules"))
            if (Schedule(x, record) is { } schedule) { schedule.ServiceId = serviceId; service.Schedules.Add(schedule); }
        foreach (var a in Array(s, "service_areas"))
            if (NewChild(a, record, "service_areas") is { } aid)
                service.ServiceAreas.Add(new ServiceArea { Id = aid, ServiceId = serviceId, Name = Str(a, "name"), Description = Str(a, "description"), MunicipalityCode = HsdsProfile.MunicipalityFromUri(Str(a, "uri")) });
        foreach (var l in Array(s, "languages"))
            if (NewChild(l, record, "languages") is { } lid)
                service.Languages.Add(new ServiceLanguage { Id = lid, ServiceId = serviceId, Code = Str(l, "code"), Name = Str(l, "name"), Note = Str(l, "note") });
        foreach (var c in Array(s, "cost_options"))
            if (NewChild(c, record, "cost_options") is { } cid)
            {
                var amount = c.TryGetProperty("amount", out var am) && am.ValueKind == JsonValueKind.Number ? am.GetDecimal() : (decimal?)null;
                service.CostOptions.Add(new CostOption { Id = cid, ServiceId = serviceId, Option = Str(c, "option"), Currency = (Str(c, "currency") ?? "EUR").ToUpperInvariant()[..Math.Min(3, (Str(c, "currency") ?? "EUR").Length)], Amount = amount, AmountDescription = Str(c, "amount_description") });
            }
        service.IsFree = service.CostOptions.Count > 0 && service.CostOptions.All(c => c.Amount == 0);
        foreach (var sal in Array(s, "service_at_locations"))
            if (ServiceAtLocation(sal, serviceId, owner, record) is { } link) service.Locations.Add(link);
        Attributes(s, service, record);
        _recordOf[serviceId] = record;
        _services.Add(service);
    }

    private ServiceAtLocation? ServiceAtLocation(JsonElement sal, Guid serviceId, CareOrganisation owner, string record)
    {
        if (NewChild(sal, record, "service_at_locations") is not { } id) return null;
        if (!sal.TryGetProperty("location", out var l) || l.ValueKind != JsonValueKind.Object)
        {
            Problem(record, "service_at_locations.location", "de locatie ontbreekt");
            return null;
        }
        if (RequiredId(l, record) is not { } locationId) return null;
        if (!_locations.TryGetValue(locationId, out var location))
        {
            var type = Str(l, "location_type") switch { "physical" => LocationType.Physical, "postal" => LocationType.Postal, "virtual" => LocationType.Virtual, _ => (LocationType?)null };
            if (type is null) { Problem(record, "location.location_type", "moet physical, postal of virtual zijn"); return null; }
            location = new CareLocation
            {
                Id = locationId, OrganisationId = owner.Id, LocationType = type.Value, Name = Str(l, "name"), Description = Str(l, "description"),
                Transportation = Str(l, "transportation"),
                MunicipalityCode = Str(l, "external_identifier_type") == "cbs-gemeente" ? Str(l, "external_identifier") : null,
                DistrictCode = Str(l, "external_identifier_type") == "cbs-wijk" ? Str(l, "external_identifier") : null,
            };
            try { location.MoveTo(Double(l, "latitude"), Double(l, "longitude")); }
            catch (RuleViolation e) { _warnings.Add(new ImportProblem(_file, record, "location.latitude", $"coördinaten genegeerd: {Texts.Get(e.Code, e.Arguments)}")); }
            foreach (var a in Array(l, "addresses"))
                if (NewChild(a, record, "addresses") is { } aid)
                    location.Addresses.Add(new CareAddress
                    {
                        Id = aid, LocationId = locationId, Attention = Str(a, "attention"), Address1 = Str(a, "address_1") ?? "", Address2 = Str(a, "address_2"),
                        City = Str(a, "city") ?? "", Region = Str(a, "region"), StateProvince = Str(a, "state_province") ?? "", PostalCode = Str(a, "postal_code") ?? "",
                        Country = (Str(a, "country") ?? "NL")[..Math.Min(2, (Str(a, "country") ?? "NL").Length)], AddressType = Str(a, "address_type") ?? "physical",
                    });
            foreach (var p in Array(l, "phones"))
                if (NewChild(p, record, "phones") is { } pid && Str(p, "number") is { } number)
                    location.Phones.Add(new CarePhone { Id = pid, LocationId = locationId, Number = number, Type = Str(p, "type"), Description = Str(p, "description") });
            _locations[locationId] = location;
        }
        var link = new ServiceAtLocation { Id = id, ServiceId = serviceId, LocationId = locationId, Location = location, Description = Str(sal, "description") };
        foreach (var x in Array(sal, "schedules"))
            if (Schedule(x, record) is { } schedule) { schedule.ServiceAtLocationId = id; link.Schedules.Add(schedule); }
        return link;
    }

    private CareSchedule? Schedule(JsonElement x, string record)
    {
        if (NewChild(x, record, "schedules") is not { } id) return null;
        var schedule = new CareSchedule { Id = id, Freq = Str(x, "freq"), ByDay = Str(x, "byday"), Description = Str(x, "description") };
        Try(record, "schedules.opens_at", () => schedule.SetHours(Time(x, "opens_at", record), Time(x, "closes_at", record)));
        return schedule;
    }

    /// <summary>Profile terms set the Dutch fields; theme terms become themes; any other term is kept as an attribute.</summary>
    private void Attributes(JsonElement s, CareService service, string record)
    {
        var themes = new List<string>();
        foreach (var a in Array(s, "attributes"))
        {
            if (NewChild(a, record, "attributes") is not { } id) continue;
            var termElement = a.TryGetProperty("taxonomy_term", out var te) && te.ValueKind == JsonValueKind.Object ? te : (JsonElement?)null;
            var termId = Guid.TryParse(Str(a, "taxonomy_term_id"), out var t) ? t : termElement is { } e && Guid.TryParse(Str(e, "id"), out var t2) ? t2 : (Guid?)null;
            if (termId is null) { Problem(record, "attributes.taxonomy_term_id", "geen geldige uuid"); continue; }
            if (ThemeTerms.CodeOf(termId.Value) is { } theme) { themes.Add(theme); continue; }
            var profile = HsdsProfile.ProfileTerms.FirstOrDefault(p => HsdsProfile.TermId(p.Code) == termId.Value).Code;
            if (profile is not null)
            {
                if (HsdsProfile.KindOf(profile) is { } kind) service.Kind = kind;
                else if (profile == HsdsProfile.ReferralRequired) service.ReferralRequired = true;
                else if (profile == HsdsProfile.B1Summary) Try(record, "attributes.value", () => service.ChangeSummary(Str(a, "value")));
                else if (profile == HsdsProfile.Unverified) service.Unverified = true;
                continue;
            }
            if (termElement is { } term && !_terms.ContainsKey(termId.Value))
            {
                Guid? taxonomyId = Guid.TryParse(Str(term, "taxonomy_id"), out var tx) ? tx : null;
                if (term.TryGetProperty("taxonomy_detail", out var detail) && detail.ValueKind == JsonValueKind.Object && Guid.TryParse(Str(detail, "id"), out var dx))
                {
                    taxonomyId ??= dx;
                    _taxonomies.TryAdd(dx, new Taxonomy { Id = dx, Name = Str(detail, "name") ?? "?", Description = Str(detail, "description") ?? "", Uri = Str(detail, "uri"), Version = Str(detail, "version") });
                }
                if (taxonomyId is { } txId && !_taxonomies.ContainsKey(txId))
                    _taxonomies[txId] = new Taxonomy { Id = txId, Name = Str(term, "taxonomy") ?? "?", Description = "" };
                _terms[termId.Value] = new TaxonomyTerm
                {
                    Id = termId.Value, Code = Str(term, "code"), Name = Str(term, "name") ?? "?", Description = Str(term, "description") ?? "",
                    ParentId = Guid.TryParse(Str(term, "parent_id"), out var parent) ? parent : null, TaxonomyId = taxonomyId,
                    Language = Str(term, "language"), TermUri = Str(term, "term_uri"),
                };
            }
            else if (termElement is null && !_terms.ContainsKey(termId.Value))
            {
                _warnings.Add(new ImportProblem(_file, record, "attributes.taxonomy_term", "onbekende term zonder omschrijving; overgeslagen"));
                continue;
            }
            service.Attributes.Add(new ServiceAttribute { Id = id, ServiceId = service.Id, TaxonomyTermId = termId.Value, Value = Str(a, "value") });
        }
        Try(record, "attributes", () => service.SetThemes(themes));
    }

    /// <summary>Where a tabular record came from ("services.csv regel 7"), so every reason points at a line.</summary>
    private static string Source(JsonElement e) => Str(e, TabularHsds.SourceKey) is { } source ? $" ({source})" : "";

    /// <summary>
    /// A website as the source gives it, made usable: "www.example.org" gets "https://"; anything that is not
    /// an http(s) address with a host name is refused with the value and the reason, never stored as a broken link.
    /// </summary>
    private string? WebAddress(JsonElement e, string field, string record)
    {
        var raw = Str(e, field)?.Trim();
        if (raw is null) return null;
        var candidate = raw.Contains("://", StringComparison.Ordinal) ? raw : "https://" + raw.TrimStart('/');
        if (Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.') && !raw.Contains(' '))
            return candidate;
        Problem(record, field, Texts.Get("hsds.url-invalid", raw.Length > 80 ? raw[..80] + "…" : raw));
        return null;
    }

    private Guid? NewChild(JsonElement e, string record, string field)
    {
        if (RequiredId(e, record, field) is not { } id) return null;
        // HSDS examples repeat the same phone or schedule under the service and its locations: keep it once.
        return _childIds.Add(id) ? id : null;
    }

    private Guid? RequiredId(JsonElement e, string record, string field = "id")
    {
        var text = Str(e, "id");
        if (text is null) { Problem(record, field == "id" ? "id" : field + ".id", "verplicht veld ontbreekt"); return null; }
        if (!Guid.TryParse(text, out var id)) { Problem(record, field == "id" ? "id" : field + ".id", "geen geldige uuid"); return null; }
        return id;
    }

    private string? Required(JsonElement e, string field, string record)
    {
        var value = Str(e, field);
        if (string.IsNullOrWhiteSpace(value)) Problem(record, field, "verplicht veld ontbreekt");
        return value;
    }

    private TimeOnly? Time(JsonElement e, string field, string record)
    {
        var text = Str(e, field);
        if (text is null) return null;
        if (TimeOnly.TryParseExact(text, ["HH:mm:ss", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return t;
        Problem(record, field, "geen tijd (uu:mm)");
        return null;
    }

    private void Try(string record, string field, Action action)
    {
        try { action(); }
        catch (RuleViolation e) { Problem(record, field, Texts.Get(e.Code, e.Arguments)); }
    }

    private void Problem(string record, string field, string message) => _problems.Add(new ImportProblem(_file, record, field, message));
    private ImportRejected Rejected(string record, string field, string message) { Problem(record, field, message); return new ImportRejected(_problems); }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? (int)Math.Round(v.GetDouble()) : null;
    private static double? Double(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}

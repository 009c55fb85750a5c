using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Regiokompas.Web.Common.Http;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.CareDirectory.Hsds;

/// <summary>
/// Reads an HSDS 3.0 tabular data package (a zip with services.csv, organizations.csv, …) and
/// nests it into the JSON shape of a service page, so the JSON importer checks and stores it:
/// one set of rules, one all-or-nothing transaction.
/// </summary>
public static class TabularHsds
{
    private static readonly HashSet<string> Numbers = ["minimum_age", "maximum_age", "latitude", "longitude", "amount", "extension"];

    /// <summary>The package as uploaded; HSDS has some twenty tables, a region's directory a few MB.</summary>
    public const long MaxZipBytes = 20L * 1024 * 1024;

    /// <summary>A column the reader adds to each row: the file and line it came from, for the import report.</summary>
    public const string SourceKey = "__source";

    public static readonly ZipLimits Limits = new(MaxEntries: 100, MaxTotalBytes: 100L * 1024 * 1024, MaxRatio: 100);

    public static (JsonObject Page, List<ImportProblem> Problems) FromZip(Stream zip)
    {
        var problems = new List<ImportProblem>();
        var tables = new Dictionary<string, List<Dictionary<string, string>>>(StringComparer.Ordinal);
        try
        {
            foreach (var (name, bytes) in BoundedZip.ReadEntries(zip, Limits, e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
            {
                var (text, encoding) = StrictText.Decode(bytes);
                if (encoding is not null) problems.Add(new ImportProblem(name, $"regel {encoding.Line}", "", encoding.Message));
                else tables[Path.GetFileNameWithoutExtension(name)] = Csv(text!, name, problems);
            }
        }
        catch (ZipLimitExceeded e)
        {
            return (new JsonObject(), [new ImportProblem("upload.zip", "", "", e.Message)]);
        }
        List<Dictionary<string, string>> T(string name) => tables.GetValueOrDefault(name) ?? [];
        if (HsdsVersion1.TableSign(tables.Keys) is { } old)
            return (new JsonObject(), [new ImportProblem(old + ".csv", "", "", Texts.Get("hsds.version-1", old + ".csv"))]);
        if (!tables.ContainsKey("services")) problems.Add(new ImportProblem("services.csv", "", "", "het bestand ontbreekt in het pakket"));

        var organisations = ById(T("organizations")).ToDictionary(r => r.GetValueOrDefault("id") ?? "", Obj);
        var addresses = T("addresses").ToLookup(r => r.GetValueOrDefault("location_id") ?? "");
        var locationPhones = T("phones").Where(r => Has(r, "location_id")).ToLookup(r => r["location_id"]);
        var locations = ById(T("locations")).ToDictionary(r => r.GetValueOrDefault("id") ?? "", r =>
        {
            var o = Obj(r);
            o["addresses"] = Array(addresses[r.GetValueOrDefault("id") ?? ""]);
            o["phones"] = Array(locationPhones[r.GetValueOrDefault("id") ?? ""]);
            return o;
        });
        var terms = ById(T("taxonomy_terms")).ToDictionary(r => r.GetValueOrDefault("id") ?? "", r => r);
        var taxonomies = ById(T("taxonomies")).ToDictionary(r => r.GetValueOrDefault("id") ?? "", r => r);
        var salSchedules = T("schedules").Where(r => Has(r, "service_at_location_id")).ToLookup(r => r["service_at_location_id"]);

        var contents = new JsonArray();
        foreach (var s in T("services"))
        {
            var id = s.GetValueOrDefault("id") ?? "";
            var service = Obj(s);
            if (organisations.TryGetValue(s.GetValueOrDefault("organization_id") ?? "", out var org)) service["organization"] = org.DeepClone();
            else problems.Add(new ImportProblem("services.csv", $"service {id}", "organization_id", "verwijst naar een onbekende organisatie"));
            service["phones"] = Array(T("phones").Where(r => r.GetValueOrDefault("service_id") == id && !Has(r, "service_at_location_id")));
            service["schedules"] = Array(T("schedules").Where(r => r.GetValueOrDefault("service_id") == id && !Has(r, "service_at_location_id")));
            service["service_areas"] = Array(T("service_areas").Where(r => r.GetValueOrDefault("service_id") == id));
            service["languages"] = Array(T("languages").Where(r => r.GetValueOrDefault("service_id") == id));
            service["cost_options"] = Array(T("cost_options").Where(r => r.GetValueOrDefault("service_id") == id));
            var sals = new JsonArray();
            foreach (var sal in T("service_at_location").Where(r => r.GetValueOrDefault("service_id") == id))
            {
                var o = Obj(sal);
                if (locations.TryGetValue(sal.GetValueOrDefault("location_id") ?? "", out var location)) o["location"] = location.DeepClone();
                else problems.Add(new ImportProblem("service_at_location.csv", $"service_at_location {sal.GetValueOrDefault("id")}", "location_id", "verwijst naar een onbekende locatie"));
                o["schedules"] = Array(salSchedules[sal.GetValueOrDefault("id") ?? ""]);
                sals.Add(o);
            }
            service["service_at_locations"] = sals;
            var attributes = new JsonArray();
            foreach (var a in T("attributes").Where(r => r.GetValueOrDefault("link_id") == id))
            {
                var o = Obj(a);
                if (terms.TryGetValue(a.GetValueOrDefault("taxonomy_term_id") ?? "", out var term))
                {
                    var t = Obj(term);
                    if (taxonomies.TryGetValue(term.GetValueOrDefault("taxonomy_id") ?? "", out var taxonomy)) t["taxonomy_detail"] = Obj(taxonomy);
                    o["taxonomy_term"] = t;
                }
                attributes.Add(o);
            }
            service["attributes"] = attributes;
            contents.Add(service);
        }
        return (new JsonObject { ["contents"] = contents }, problems);
    }

    /// <summary>Duplicated ids are already reported by <see cref="Csv"/>; the first row stands in for the lookups.</summary>
    private static IEnumerable<Dictionary<string, string>> ById(IEnumerable<Dictionary<string, string>> rows) =>
        rows.DistinctBy(r => r.GetValueOrDefault("id") ?? "");

    private static bool IsNumber(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n);

    private static string Short(string value) => value.Length > 40 ? value[..40] + "…" : value;

    private static bool Has(Dictionary<string, string> row, string column) => row.TryGetValue(column, out var v) && v.Length > 0;

    private static JsonArray Array(IEnumerable<Dictionary<string, string>> rows) => new(rows.Select(r => (JsonNode)Obj(r)).ToArray());

    private static JsonObject Obj(Dictionary<string, string> row)
    {
        var o = new JsonObject();
        foreach (var (key, value) in row)
        {
            if (value.Length == 0) continue;
            o[key] = Numbers.Contains(key) && IsNumber(value) ? JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture)) : JsonValue.Create(value);
        }
        return o;
    }

    /// <summary>RFC 4180: quoted fields may hold commas, quotes ("") and line breaks.</summary>
    internal static List<Dictionary<string, string>> Csv(string text, string file, List<ImportProblem> problems)
    {
        var records = new List<List<string>>();
        var field = new StringBuilder();
        var record = new List<string>();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                record.Add(field.ToString()); field.Clear();
                if (record.Count > 1 || record[0].Length > 0) records.Add(record);
                record = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); records.Add(record); }
        if (records.Count == 0) return [];
        var header = records[0].Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        var rows = new List<Dictionary<string, string>>();
        foreach (var twice in header.GroupBy(h => h).Where(g => g.Count() > 1))
            problems.Add(new ImportProblem(file, "regel 1", twice.Key, Texts.Get("csv.column-twice", twice.Key, 1)));
        if (header.Count != header.Distinct().Count()) return rows;
        var idLines = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 1; r < records.Count; r++)
        {
            if (records[r].Count != header.Count)
            {
                problems.Add(new ImportProblem(file, $"regel {r + 1}", "", $"{records[r].Count} velden, de kop heeft er {header.Count}"));
                continue;
            }
            var row = header.Zip(records[r]).ToDictionary(p => p.First, p => p.Second.Trim(), StringComparer.Ordinal);
            // A repeated id would make two records one; say where both are rather than keep either silently.
            foreach (var column in Numbers.Where(n => row.TryGetValue(n, out var v) && v.Length > 0 && !IsNumber(v)))
                problems.Add(new ImportProblem(file, $"regel {r + 1}", column, $"'{Short(row[column])}' is geen getal"));
            if (row.TryGetValue("id", out var id) && id.Length > 0 && !idLines.TryAdd(id, r + 1))
                problems.Add(new ImportProblem(file, $"regel {r + 1}", "id", Texts.Get("hsds.duplicate-id", file, r + 1, id, idLines[id])));
            row[SourceKey] = $"{file} regel {r + 1}";
            rows.Add(row);
        }
        return rows;
    }
}

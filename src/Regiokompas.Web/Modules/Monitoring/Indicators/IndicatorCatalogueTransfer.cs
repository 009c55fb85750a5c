using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Monitoring.Catalogue;
using Regiokompas.Web.Modules.Plan;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Regiokompas.Web.Modules.Monitoring.Indicators;

/// <summary>One thing wrong with a catalogue file, with its line, in Dutch.</summary>
public sealed record CatalogueProblem(int Line, string Field, string Message)
{
    public override string ToString() => $"regel {Line}: {(Field.Length > 0 ? Field + ": " : "")}{Message}";
}

/// <summary>
/// Reads a catalogue file like the plan file: size limits on the parser's events first, then YAML,
/// then the JSON Schema (docs/schemas/indicator-catalogue.schema.json); every problem with its line.
/// </summary>
public static class IndicatorCatalogueReader
{
    public const long MaxFileBytes = 2 * 1024 * 1024;

    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        using var stream = typeof(IndicatorCatalogueReader).Assembly.GetManifestResourceStream("indicator-catalogue.schema.json")
            ?? throw new InvalidOperationException("indicator-catalogue.schema.json is not embedded.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    });

    /// <summary>The file and the line of every node by its JSON pointer; null with problems when it cannot be read.</summary>
    public static (IndicatorCatalogueFile? File, Dictionary<string, int> Lines, List<CatalogueProblem> Problems) Read(string text)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        JsonNode? root;
        try
        {
            if (YamlLimits.Check(text) is { } limit)
                return (null, lines, [new(limit.Line, "", MonitoringTexts.Get("monitoring.catalogue-limit", limit.Message, limit.Line, limit.Column))]);
            var yaml = new YamlStream();
            yaml.Load(new StringReader(text));
            if (yaml.Documents.Count == 0) return (null, lines, [new(1, "", MonitoringTexts.Get("monitoring.catalogue-empty"))]);
            root = YamlJson.ToJson(yaml.Documents[0].RootNode, "", lines);
        }
        catch (YamlException e)
        {
            return (null, lines, [new((int)e.Start.Line, "", MonitoringTexts.Get("monitoring.catalogue-yaml-invalid", Regex.Replace(e.Message, @"^\(.*?\): ", "")))]);
        }

        var evaluation = Schema.Value.Evaluate(JsonSerializer.SerializeToElement(root),
            new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (!evaluation.IsValid)
        {
            var problems = new List<CatalogueProblem>();
            foreach (var detail in (evaluation.Details ?? []).Where(d => d.Errors is { Count: > 0 }))
            foreach (var (keyword, message) in detail.Errors!)
            {
                var pointer = detail.InstanceLocation.ToString();
                problems.Add(new(YamlJson.LineOf(lines, pointer), YamlJson.Field(pointer),
                    keyword == "const" ? MonitoringTexts.Get("monitoring.catalogue-format-unknown")
                    : message.Contains("false schema", StringComparison.OrdinalIgnoreCase) ? YamlJson.SchemaMessage("falseSchema", message)
                    : YamlJson.SchemaMessage(keyword, message)));
            }
            return (null, lines, problems.Distinct().OrderBy(p => p.Line).ToList());
        }
        return (root.Deserialize<IndicatorCatalogueFile>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!, lines, []);
    }
}

public sealed record CatalogueImportOutcome(int Created, int Updated, int Linked, int Unlinked, bool DryRun, IReadOnlyList<CatalogueProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Export and import of one region's indicator catalogue. An import is all or nothing: the file is
/// checked as a whole, every problem is listed with its line, and only a clean file is saved (in one
/// SaveChanges, so the audit trail records each change). The region's links become those of the file.
/// </summary>
public sealed class IndicatorCatalogueTransfer(AppDbContext db, PlanQueries plans)
{
    public async Task<string?> ExportAsync(string regionId, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is null) return null;
        var owners = await db.Set<IndicatorOwner>().AsNoTracking().Where(o => o.RegionId == regionId)
            .ToDictionaryAsync(o => o.IndicatorCode, o => o.OrganisationKey, ct);
        var links = await db.Set<ResultIndicator>().AsNoTracking().Where(l => l.RegionId == regionId && l.AreaCode == regionId)
            .Select(l => new { l.ResultKey, l.IndicatorCode, l.IsPrimary }).ToListAsync(ct);
        var linkedCodes = links.Select(l => l.IndicatorCode).ToHashSet();
        var indicators = (await db.Set<Indicator>().AsNoTracking().Where(i => i.RegionId == null || i.RegionId == regionId).ToListAsync(ct))
            .Where(i => i.RegionId == regionId || owners.ContainsKey(i.Code) || linkedCodes.Contains(i.Code))
            .OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
        var order = (await plans.GetPlanItemRefsAsync(regionId, ct)).Where(r => r.Kind == "result").Select((r, n) => (r.Key, n))
            .ToDictionary(x => x.Key, x => x.n);
        var file = new IndicatorCatalogueFile
        {
            Format = 1,
            Region = regionId,
            Indicators = indicators.Select(i => ToEntry(i, owners.GetValueOrDefault(i.Code), regionId)).ToList(),
            Links = LinksOf(deciding: true),
            // Results with context links only (public statistics) go to "informs", so a round trip never makes them decide.
            Informs = LinksOf(deciding: false),
        };
        Dictionary<string, Dictionary<string, List<string>>> LinksOf(bool deciding)
        {
            var groups = links.GroupBy(l => l.ResultKey).Where(g => g.Any(l => l.IsPrimary) == deciding).ToList();
            return groups.Count == 0 ? [] : new()
            {
                [regionId] = groups.OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue)).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.IsPrimary).ThenBy(l => l.IndicatorCode, StringComparer.Ordinal)
                        .Select(l => l.IndicatorCode).ToList()),
            };
        }

        var yaml = new SerializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance)
            .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections | DefaultValuesHandling.OmitDefaults)
            .WithQuotingNecessaryStrings().DisableAliases()
            .Build().Serialize(file);
        return $"# Indicatorcatalogus van {regionId} (docs/indicator-catalogue-format.md)\n{yaml}";
    }

    private static IndicatorCatalogueFile.IndicatorEntry ToEntry(Indicator i, string? owner, string regionId) => new()
    {
        Code = i.Code, Name = i.Name, Definition = i.Definition, Level = IndicatorInput.EnumName(i.Level), Question = IndicatorInput.EnumName(i.Question),
        Unit = IndicatorInput.EnumName(i.Unit), Polarity = IndicatorInput.EnumName(i.Polarity), BandLower = i.BandLower, BandUpper = i.BandUpper,
        Numerator = i.NumeratorLabel, Denominator = i.DenominatorLabel, Factor = i.Factor,
        AreaLevels = i.AreaLevels.Select(IndicatorInput.EnumName).ToList(), AgeGroups = i.AgeGroups.Count == 0 ? null : [.. i.AgeGroups],
        Frequency = IndicatorInput.EnumName(i.Frequency), Source = IndicatorInput.EnumName(i.Source), SourceNote = i.SourceNote,
        Region = i.RegionId, Owner = i.RegionId == regionId ? i.OwnerKey : null,
        Owners = owner is null ? [] : new() { [regionId] = owner },
        Visibility = IndicatorInput.EnumName(i.Visibility), WarningThreshold = i.WarningThreshold,
        NoSuppression = i.SuppressSmallCounts ? null : i.SuppressionOptOutReason, Cumulative = i.IsCumulative,
        Retired = i.RetiredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>Checks and (unless a dry run, or with any problem) saves the file; null for an unknown region.</summary>
    public async Task<CatalogueImportOutcome?> ImportAsync(string regionId, string text, bool dryRun, Actor actor, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is null) return null;
        if (!IndicatorPermissions.CanManage(actor, regionId)) throw new NotAllowed("monitoring.indicator-not-allowed");
        var (file, lines, problems) = IndicatorCatalogueReader.Read(text);
        if (file is null) return new(0, 0, 0, 0, dryRun, problems);
        int Line(string pointer) => YamlJson.LineOf(lines, pointer);
        void Problem(string pointer, string code, params object[] args) =>
            problems.Add(new(Line(pointer), YamlJson.Field(pointer), MonitoringTexts.Get(code, args)));

        if (file.Region is { } fileRegion && fileRegion != regionId) Problem("/region", "monitoring.catalogue-other-region", fileRegion, regionId);
        var organisations = (await plans.GetOrganisationRefsAsync(regionId, ct)).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var resultKeys = (await plans.GetPlanItemRefsAsync(regionId, ct)).Where(r => r.Kind == "result").Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        // Only the indicators the file names: the rest of the catalogue (every region's) is not this import's business.
        var named = file.Indicators.Select(e => e.Code).Distinct().ToList();
        var existing = await db.Set<Indicator>().Where(i => named.Contains(i.Code)).ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, ct);

        // Pass 1: every indicator on its own line.
        var wanted = new Dictionary<string, (Indicator Indicator, string? Owner, bool Create)>(StringComparer.Ordinal);
        for (var n = 0; n < file.Indicators.Count; n++)
        {
            var entry = file.Indicators[n];
            var at = $"/indicators/{n}";
            if (wanted.ContainsKey(entry.Code)) { Problem($"{at}/code", "monitoring.catalogue-duplicate", entry.Code); continue; }
            Indicator definition;
            try { definition = entry.ToIndicator(); }
            catch (RuleViolation rule) { problems.Add(new(Line(at), YamlJson.Field(at), MonitoringTexts.Get(rule.Code, rule.Arguments))); continue; }
            if (entry.Owners.Keys.FirstOrDefault(r => r != regionId) is { } otherOwner)
                Problem($"{at}/owners/{otherOwner}", "monitoring.catalogue-owner-other-region", otherOwner, regionId);
            var owner = entry.Owners.GetValueOrDefault(regionId);
            if (owner is not null && !organisations.Contains(owner)) Problem($"{at}/owners/{regionId}", "monitoring.indicator-owner-unknown", owner, regionId);
            if (entry.Owner is { } legacy && !organisations.Contains(legacy)) Problem($"{at}/owner", "monitoring.indicator-owner-unknown", legacy, regionId);
            if (existing.TryGetValue(entry.Code, out var current))
            {
                if (current.RegionId is not null && current.RegionId != regionId)
                    Problem($"{at}/code", "monitoring.catalogue-code-of-other-region", entry.Code);
                else if (current.RegionId != entry.Region && !(entry.Region is null && current.RegionId == regionId))
                    Problem($"{at}/region", "monitoring.catalogue-region-change", entry.Code);
                else if (current.RegionId is null && !actor.IsAdministrator && !IndicatorInput.SameDefinition(current, definition))
                    Problem(at, "monitoring.indicator-shared-not-allowed");
                wanted[entry.Code] = (definition, owner, false);
            }
            else
            {
                if (entry.Region is { } r && r != regionId) Problem($"{at}/region", "monitoring.catalogue-other-region", r, regionId);
                wanted[entry.Code] = (definition, owner, true);
            }
        }

        // Pass 2: links of this region only, to results of its plan and indicators of the file.
        var fileLinks = new List<(string Result, string Code, bool Primary)>();
        foreach (var (section, deciding, sections) in new[] { ("links", true, file.Links), ("informs", false, file.Informs) })
        foreach (var (linkRegion, results) in sections)
        {
            if (linkRegion != regionId) { Problem($"/{section}/{linkRegion}", "monitoring.catalogue-other-region", linkRegion, regionId); continue; }
            foreach (var (resultKey, codes) in results)
            {
                var at = $"/{section}/{linkRegion}/{resultKey}";
                if (!resultKeys.Contains(resultKey)) { Problem(at, "monitoring.catalogue-result-unknown", resultKey, regionId); continue; }
                for (var n = 0; n < codes.Count; n++)
                {
                    if (!wanted.TryGetValue(codes[n], out var w)) Problem($"{at}/{n}", "monitoring.catalogue-link-unknown", codes[n]);
                    else if (w.Indicator.IsRetired) Problem($"{at}/{n}", "monitoring.indicator-retired", codes[n]);
                    // A link named under both "links" and "informs" counts once, as the deciding list says.
                    else if (!fileLinks.Exists(l => l.Result == resultKey && l.Code == codes[n])) fileLinks.Add((resultKey, codes[n], deciding && n == 0));
                }
            }
        }
        if (problems.Count > 0) return new(0, 0, 0, 0, dryRun, problems.OrderBy(p => p.Line).ToList());

        // Apply: definitions, owners in this region, then the region's links become the file's.
        int created = 0, updated = 0;
        var ownerRows = await db.Set<IndicatorOwner>().Where(o => o.RegionId == regionId).ToDictionaryAsync(o => o.IndicatorCode, StringComparer.Ordinal, ct);
        foreach (var (code, (definition, owner, create)) in wanted)
        {
            if (create)
            {
                var indicator = new Indicator { Code = code, RegionId = regionId, Name = "" };
                Copy(definition, indicator);
                db.Add(indicator);
                created++;
            }
            else if (existing[code].RegionId is null && !actor.IsAdministrator)
            {
                // A shared definition stays as it is (pass 1 made sure the file does not change it); only the owner follows.
            }
            else if (!IndicatorInput.SameDefinition(existing[code], definition) || existing[code].RetiredOn != definition.RetiredOn
                     || existing[code].RegionId is not null && existing[code].OwnerKey != definition.OwnerKey)
            {
                Copy(definition, existing[code]);
                updated++;
            }
            var row = ownerRows.GetValueOrDefault(code);
            if (owner is null && row is not null) db.Remove(row);
            else if (owner is not null && row is null) db.Add(new IndicatorOwner { RegionId = regionId, IndicatorCode = code, OrganisationKey = owner });
            else if (owner is not null && row!.OrganisationKey != owner) row.OrganisationKey = owner;
        }
        var links = await db.Set<ResultIndicator>().Where(l => l.RegionId == regionId && l.AreaCode == regionId).ToListAsync(ct);
        var keep = fileLinks.ToDictionary(l => (l.Result, l.Code), l => l.Primary);
        var unlinked = 0;
        foreach (var link in links)
        {
            if (!keep.TryGetValue((link.ResultKey, link.IndicatorCode), out var primary)) { db.Remove(link); unlinked++; }
            else if (link.IsPrimary != primary) link.IsPrimary = primary;
        }
        var present = links.Select(l => (l.ResultKey, l.IndicatorCode)).ToHashSet();
        var linked = 0;
        foreach (var l in fileLinks.Where(l => !present.Contains((l.Result, l.Code))))
        {
            db.Add(new ResultIndicator { RegionId = regionId, ResultKey = l.Result, IndicatorCode = l.Code, AreaCode = regionId, IsPrimary = l.Primary });
            linked++;
        }
        if (!dryRun) await db.SaveChangesAsync(ct);
        else db.ChangeTracker.Clear();
        return new(created, updated, linked, unlinked, dryRun, []);
    }

    private static void Copy(Indicator from, Indicator to)
    {
        to.Name = from.Name; to.Definition = from.Definition; to.Level = from.Level; to.Question = from.Question; to.Unit = from.Unit;
        to.Polarity = from.Polarity; to.BandLower = from.BandLower; to.BandUpper = from.BandUpper;
        to.NumeratorLabel = from.NumeratorLabel; to.DenominatorLabel = from.DenominatorLabel; to.Factor = from.Factor;
        to.AreaLevels = [.. from.AreaLevels]; to.AgeGroups = [.. from.AgeGroups]; to.Frequency = from.Frequency; to.Source = from.Source;
        to.SourceNote = from.SourceNote; if (to.RegionId is not null) to.OwnerKey = from.OwnerKey; to.Visibility = from.Visibility; to.WarningThreshold = from.WarningThreshold;
        to.SuppressSmallCounts = from.SuppressSmallCounts; to.SuppressionOptOutReason = from.SuppressionOptOutReason;
        to.IsCumulative = from.IsCumulative; to.RetiredOn = from.RetiredOn;
    }
}

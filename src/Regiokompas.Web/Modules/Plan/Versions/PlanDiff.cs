using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Plan.Versions;

public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>One item in a difference. Kind is the plan file's name: pillar, goal, result, action, organisation, …</summary>
public sealed record DiffItem(string Kind, string Key, string Title, string? OldParent, string? NewParent, IReadOnlyList<FieldChange> Changes);

public sealed record PlanDiffView(string RegionId, string From, string To,
    IReadOnlyList<DiffItem> Added, IReadOnlyList<DiffItem> Changed, IReadOnlyList<DiffItem> Retired, IReadOnlyList<DiffItem> Moved)
{
    public bool IsEmpty => Added.Count + Changed.Count + Retired.Count + Moved.Count == 0;
}

/// <summary>
/// The readable difference between two plans in the plan file format: items are matched by kind and
/// key; a changed parent is a move, a changed field is listed with its old and new value.
/// </summary>
public static class PlanDiff
{
    private static readonly HashSet<string> Children = ["goals", "results", "actions", "notes", "rollout", "id", "municipalities"];

    private sealed record Entry(string Kind, string Key, string Title, string? Parent, SortedDictionary<string, string?> Fields);

    public static PlanDiffView Compare(string regionId, string from, string to, PlanFile? before, PlanFile after)
    {
        var old = Flatten(before);
        var now = Flatten(after);
        List<DiffItem> added = [], changed = [], retired = [], moved = [];
        foreach (var (id, n) in now)
        {
            if (!old.TryGetValue(id, out var o))
            {
                added.Add(new DiffItem(n.Kind, n.Key, n.Title, null, n.Parent, []));
                continue;
            }
            if (o.Parent != n.Parent) moved.Add(new DiffItem(n.Kind, n.Key, n.Title, o.Parent, n.Parent, []));
            var fields = o.Fields.Keys.Union(n.Fields.Keys)
                .Select(f => new FieldChange(f, o.Fields.GetValueOrDefault(f), n.Fields.GetValueOrDefault(f)))
                .Where(c => c.Old != c.New).ToList();
            if (fields.Count > 0) changed.Add(new DiffItem(n.Kind, n.Key, n.Title, o.Parent, n.Parent, fields));
        }
        foreach (var (id, o) in old)
            if (!now.ContainsKey(id)) retired.Add(new DiffItem(o.Kind, o.Key, o.Title, o.Parent, null, []));
        return new PlanDiffView(regionId, from, to, added, changed, retired, moved);
    }

    private static Dictionary<(string, string), Entry> Flatten(PlanFile? file)
    {
        var map = new Dictionary<(string, string), Entry>();
        if (file is null) return map;
        void Add(string kind, string key, string title, string? parent, object dto, IEnumerable<string>? municipalities = null)
        {
            var fields = Fields(dto);
            if (municipalities is not null) fields["municipalities"] = Join(municipalities);
            map[(kind, key)] = new Entry(kind, key, title, parent, fields);
        }
        var r = file.Region;
        Add("region", r.Id, r.Name, null, r, (r.Municipalities ?? []).Select(m => m.Code));
        foreach (var o in file.Organisations ?? []) Add("organisation", o.Id, o.Name, null, o, o.Municipalities);
        foreach (var t in file.TargetGroups ?? []) Add("target-group", t.Id, t.Name, null, t);
        foreach (var p in file.Pillars ?? [])
        {
            Add("pillar", p.Id, p.Name, null, p);
            foreach (var a in p.Actions ?? []) Add("action", a.Id, a.Title, p.Id, a, a.Municipalities);
            foreach (var g in p.Goals ?? [])
            {
                Add("goal", g.Id, g.Title, p.Id, g);
                foreach (var res in g.Results ?? []) Add("result", res.Id, res.Title, g.Id, res, res.Municipalities);
                foreach (var a in g.Actions ?? []) Add("action", a.Id, a.Title, g.Id, a, a.Municipalities);
            }
        }
        foreach (var t in file.TransformationPlans ?? []) Add("transformation-plan", t.Id, t.Title, null, t);
        foreach (var c in file.ChainApproaches ?? []) Add("chain-approach", c.Id, c.Name, null, c);
        foreach (var c in file.Preconditions ?? []) Add("precondition", c.Id, c.Title, null, c);
        foreach (var i in file.Initiatives ?? []) Add("initiative", i.Id, i.Name, null, i, i.Municipalities);
        return map;
    }

    /// <summary>Every own field of an item as text; nested items (goals, results, actions, notes) are items of their own.</summary>
    private static SortedDictionary<string, string?> Fields(object dto)
    {
        var fields = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        var node = JsonSerializer.SerializeToNode(dto, dto.GetType(), PlanFileReader.Json)!.AsObject();
        foreach (var (name, value) in node)
        {
            if (Children.Contains(name) || value is null) continue;
            fields[name] = value switch
            {
                JsonArray a => a.Count == 0 ? null : Join(a.Select(x => x?.ToString() ?? "")),
                JsonObject o => string.Join("; ", o.Where(p => p.Value is not null).Select(p => $"{p.Key}: {Text(p.Value!)}")),
                _ => Text(value),
            };
        }
        return fields;
    }

    private static string Text(JsonNode value) => value is JsonValue v && v.TryGetValue<double>(out var d)
        ? d.ToString(CultureInfo.InvariantCulture) : value.ToString();

    private static string? Join(IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : string.Join(", ", list);
    }
}

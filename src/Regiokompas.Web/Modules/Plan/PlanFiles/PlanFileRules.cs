using System.Globalization;
using Regiokompas.Domain.Plan;

namespace Regiokompas.Web.Modules.Plan.PlanFiles;

/// <summary>
/// The checks a JSON Schema cannot express: ids unique in the whole file, references that
/// resolve to the right kind of item, municipalities of this region, dates in order.
/// </summary>
internal static class PlanFileRules
{
    public static IEnumerable<(string Pointer, string Message)> Check(PlanFile plan)
    {
        var problems = new List<(string, string)>();
        var ids = new Dictionary<string, (string Kind, string Pointer)>(StringComparer.Ordinal);
        var municipalities = (plan.Region.Municipalities ?? []).Select(m => m.Code).ToHashSet();

        void Id(string id, string kind, string pointer)
        {
            if (ids.TryGetValue(id, out var first))
                problems.Add(($"{pointer}/id", $"id '{id}' wordt al gebruikt bij {Describe(first.Pointer)}"));
            else ids[id] = (kind, pointer);
        }
        void Ref(string? id, string kind, string pointer)
        {
            if (id is null) return;
            if (!ids.TryGetValue(id, out var target))
                problems.Add((pointer, $"verwijst naar onbekende {KindName(kind)} '{id}'"));
            else if (target.Kind != kind)
                problems.Add((pointer, $"'{id}' is geen {KindName(kind)} maar een {KindName(target.Kind)}"));
        }
        void Refs(List<string>? list, string kind, string pointer)
        {
            for (var i = 0; list is not null && i < list.Count; i++) Ref(list[i], kind, $"{pointer}/{i}");
        }
        void Codes(List<string>? list, string pointer)
        {
            for (var i = 0; list is not null && i < list.Count; i++)
                if (!municipalities.Contains(list[i]))
                    problems.Add(($"{pointer}/{i}", $"gemeente {list[i]} hoort niet bij deze regio"));
        }
        void Dates(string? from, string? to, string pointer, string toField)
        {
            if (Date(from) is { } f && Date(to) is { } t && t < f)
                problems.Add(($"{pointer}/{toField}", $"datum {t:yyyy-MM-dd} ligt voor de startdatum {f:yyyy-MM-dd}"));
        }

        // First pass: register every id, so references may point forward in the file.
        var duplicateCodes = (plan.Region.Municipalities ?? []).Select((m, i) => (m.Code, i)).GroupBy(x => x.Code).Where(g => g.Count() > 1);
        foreach (var g in duplicateCodes)
            problems.Add(($"/region/municipalities/{g.Skip(1).First().i}/code", $"gemeente {g.Key} staat er twee keer in"));
        Each(plan.Organisations, "/organisations", (o, p) => Id(o.Id, "organisation", p));
        Each(plan.TargetGroups, "/targetGroups", (t, p) => Id(t.Id, "targetGroup", p));
        Each(plan.Pillars, "/pillars", (pillar, p) =>
        {
            Id(pillar.Id, "pillar", p);
            Each(pillar.Actions, $"{p}/actions", (a, ap) => Id(a.Id, "action", ap));
            Each(pillar.Goals, $"{p}/goals", (goal, gp) =>
            {
                Id(goal.Id, "goal", gp);
                Each(goal.Results, $"{gp}/results", (r, rp) => Id(r.Id, "result", rp));
                Each(goal.Actions, $"{gp}/actions", (a, ap) => Id(a.Id, "action", ap));
            });
        });
        Each(plan.TransformationPlans, "/transformationPlans", (t, p) => Id(t.Id, "transformationPlan", p));
        Each(plan.ChainApproaches, "/chainApproaches", (c, p) => Id(c.Id, "chainApproach", p));
        Each(plan.Preconditions, "/preconditions", (c, p) => Id(c.Id, "precondition", p));
        Each(plan.Initiatives, "/initiatives", (c, p) => Id(c.Id, "initiative", p));

        // Second pass: references, codes and dates.
        Each(plan.Organisations, "/organisations", (o, p) => Codes(o.Municipalities, $"{p}/municipalities"));
        Each(plan.Pillars, "/pillars", (pillar, p) =>
        {
            Refs(pillar.Leads, "organisation", $"{p}/leads");
            Refs(pillar.Members, "organisation", $"{p}/members");
            Refs(pillar.Links, "pillar", $"{p}/links");
            Refs(pillar.TargetGroups, "targetGroup", $"{p}/targetGroups");
            if (pillar.Links?.Contains(pillar.Id) == true) problems.Add(($"{p}/links", "een pijler kan niet naar zichzelf verwijzen"));
            Each(pillar.Actions, $"{p}/actions", (a, ap) => CheckAction(a, ap));
            Each(pillar.Goals, $"{p}/goals", (goal, gp) =>
            {
                Each(goal.Results, $"{gp}/results", (r, rp) =>
                {
                    Codes(r.Municipalities, $"{rp}/municipalities");
                    if (r.Target is { Unit: "percent" } t && (t.Value is < 0 or > 100 || t.Baseline is < 0 or > 100))
                        problems.Add(($"{rp}/target", "een percentage ligt tussen 0 en 100"));
                });
                Each(goal.Actions, $"{gp}/actions", (a, ap) => CheckAction(a, ap));
            });
        });
        Each(plan.TransformationPlans, "/transformationPlans", (t, p) =>
        {
            Ref(t.Pillar, "pillar", $"{p}/pillar");
            Refs(t.Applicants, "organisation", $"{p}/applicants");
        });
        Each(plan.ChainApproaches, "/chainApproaches", (c, p) =>
        {
            Each(c.Rollout, $"{p}/rollout", (r, rp) =>
            {
                if (!municipalities.Contains(r.Municipality))
                    problems.Add(($"{rp}/municipality", $"gemeente {r.Municipality} hoort niet bij deze regio"));
            });
            foreach (var dup in (c.Rollout ?? []).Select((r, i) => (r.Municipality, i)).GroupBy(x => x.Municipality).Where(g => g.Count() > 1))
                problems.Add(($"{p}/rollout/{dup.Skip(1).First().i}/municipality", $"gemeente {dup.Key} staat twee keer in deze aanpak"));
        });
        Each(plan.Preconditions, "/preconditions", (c, p) => Ref(c.Pillar, "pillar", $"{p}/pillar"));
        Each(plan.Initiatives, "/initiatives", (c, p) =>
        {
            Ref(c.Pillar, "pillar", $"{p}/pillar");
            Refs(c.Organisations, "organisation", $"{p}/organisations");
            Codes(c.Municipalities, $"{p}/municipalities");
        });
        return problems;

        void CheckAction(ActionDto a, string ap)
        {
            Ref(a.Owner, "organisation", $"{ap}/owner");
            Refs(a.Partners, "organisation", $"{ap}/partners");
            Codes(a.Municipalities, $"{ap}/municipalities");
            Dates(a.Start, a.Due, ap, "due");
            foreach (var dup in (a.Notes ?? []).Select((n, i) => (Key: (n.Date, n.Text), i)).GroupBy(x => x.Key).Where(g => g.Count() > 1))
                problems.Add(($"{ap}/notes/{dup.Skip(1).First().i}", "deze voortgangsnotitie staat er twee keer in"));
        }
    }

    private static void Each<T>(List<T>? items, string pointer, Action<T, string> check)
    {
        for (var i = 0; items is not null && i < items.Count; i++) check(items[i], $"{pointer}/{i}");
    }

    internal static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Describe(string pointer) => YamlJson.Field(pointer);

    private static string KindName(string kind) => kind switch
    {
        "organisation" => "organisatie",
        "targetGroup" => "doelgroep",
        "pillar" => "pijler",
        "goal" => "doel",
        "result" => "resultaat",
        "action" => "actie",
        "transformationPlan" => "transformatieplan",
        "chainApproach" => "ketenaanpak",
        "precondition" => "randvoorwaarde",
        "initiative" => "initiatief",
        _ => kind,
    };
}

using System.Globalization;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Plan.Versions;

/// <summary>Turns a stored version (plan file shape) into the same tree the current plan API answers; versions of items are 0.</summary>
public static class PlanSnapshotTree
{
    public static PlanTree ToTree(PlanFile file)
    {
        var r = file.Region;
        var region = new RegionSummary(r.Id, r.Name, r.PlanTitle, r.Ambition, r.Summary,
            (r.Municipalities ?? []).Select(m => new MunicipalityRef(m.Code, m.Name)).ToList());
        var orgs = (file.Organisations ?? []).ToDictionary(o => o.Id, o => new OrganisationRef(o.Id, o.Name));
        var pillars = (file.Pillars ?? []).ToDictionary(p => p.Id, p => new PillarRef(p.Id, p.Name));
        IReadOnlyList<OrganisationRef> Orgs(List<string>? keys) => (keys ?? []).Where(orgs.ContainsKey).Select(k => orgs[k]).ToList();
        ActionNode Action(ActionDto a) => new(a.Id, a.Title, a.Owner, a.Owner is { } o && orgs.TryGetValue(o, out var org) ? org.Name : null,
            a.Status ?? "planned", Date(a.Start), Date(a.Due), 0);
        ResultNode Result(ResultDto x) => new(x.Id, x.Title, x.Description, Date(x.Deadline),
            x.Target is { } t ? new TargetView(t.Value, t.Unit, t.Baseline, Date(t.BaselineDate), t.Note) : null, 0);

        return new PlanTree(region, (file.Pillars ?? []).Select(p => new PillarNode(p.Id, p.Kind, p.Name, p.Ambition, p.Description,
            Orgs(p.Leads), Orgs(p.Members), (p.Links ?? []).Where(pillars.ContainsKey).Select(k => pillars[k]).ToList(),
            (p.Goals ?? []).Select(g => new GoalNode(g.Id, g.Title, g.Description,
                (g.Results ?? []).Select(Result).ToList(), (g.Actions ?? []).Select(Action).ToList())).ToList(),
            (p.Actions ?? []).Select(Action).ToList())).ToList());
    }

    private static DateOnly? Date(string? s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

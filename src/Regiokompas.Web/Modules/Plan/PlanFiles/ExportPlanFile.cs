using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Regiokompas.Web.Modules.Plan.PlanFiles;

/// <summary>Writes a region's plan back in the plan file format, so regions can edit it offline and import it again.</summary>
public sealed class ExportPlanFileHandler(AppDbContext db)
{
    public async Task<PlanFile?> HandleAsync(string regionId, CancellationToken ct)
    {
        var region = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == regionId, ct);
        if (region is null) return null;
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => m.RegionId == regionId).OrderBy(m => m.SortOrder).ToListAsync(ct);
        var orgs = await Load(db.Organisations, regionId, ct);
        var targetGroups = await Load(db.TargetGroups, regionId, ct);
        var pillars = await Load(db.Pillars, regionId, ct);
        var goals = await Load(db.Goals, regionId, ct);
        var results = await Load(db.Results, regionId, ct);
        var actions = await Load(db.Actions, regionId, ct);
        var notes = (await db.ProgressNotes.AsNoTracking().Where(n => n.RegionId == regionId).ToListAsync(ct))
            .OrderBy(n => n.Date).ThenBy(n => n.Id).ToLookup(n => n.ActionKey);
        var tplans = await Load(db.TransformationPlans, regionId, ct);
        var chains = await Load(db.ChainApproaches, regionId, ct);
        var rollouts = (await db.ChainRollouts.AsNoTracking().Where(r => r.RegionId == regionId).ToListAsync(ct)).ToLookup(r => r.ApproachKey);
        var preconditions = await Load(db.Preconditions, regionId, ct);
        var initiatives = await Load(db.Initiatives, regionId, ct);

        var orgKey = orgs.ToDictionary(o => o.Id, o => o.Key);
        var pillarKey = pillars.ToDictionary(p => p.Id, p => p.Key);
        var order = municipalities.Select((m, i) => (m.Code, i)).ToDictionary(x => x.Code, x => x.i);

        ActionDto Action(PlanAction a) => new()
        {
            Id = a.Key, Title = a.Title, Description = a.Description,
            Owner = a.OwnerId is { } o ? orgKey.GetValueOrDefault(o) : null,
            Partners = Current(a.PartnerKeys, orgKey.Values), Municipalities = NullIfEmpty(a.MunicipalityCodes),
            Start = Date(a.Start), Due = Date(a.Due),
            Status = a.Status == ActionStatus.Planned ? null : EnumNames.ToName(a.Status),
            Notes = NullIfEmpty(notes[a.Key].Select(n => new NoteDto { Date = Date(n.Date)!, Text = n.Text }).ToList()),
        };

        return new PlanFile
        {
            Region = new RegionDto
            {
                Id = region.Id, Name = region.Name, PlanTitle = region.PlanTitle, Ambition = region.Ambition, Summary = region.Summary,
                Municipalities = municipalities.Select(m => new MunicipalityDto { Code = m.Code, Name = m.Name, Note = m.Note }).ToList(),
            },
            Organisations = orgs.Select(o => new OrganisationDto
            {
                Id = o.Key, Name = o.Name, Type = EnumNames.ToName(o.Type), Website = o.Website,
                Municipalities = NullIfEmpty(o.MunicipalityCodes),
            }).ToList(),
            TargetGroups = NullIfEmpty(targetGroups.Select(t => new TargetGroupDto { Id = t.Key, Name = t.Name, Description = t.Description }).ToList()),
            Pillars = pillars.Select(p => new PillarDto
            {
                Id = p.Key, Kind = EnumNames.ToName(p.Kind), Name = p.Name, Ambition = p.Ambition, Description = p.Description,
                Leads = Current(p.LeadKeys, orgKey.Values), Members = Current(p.MemberKeys, orgKey.Values), Links = Current(p.LinkKeys, pillarKey.Values),
                TargetGroups = Current(p.TargetGroupKeys, targetGroups.Select(t => t.Key)),
                Goals = NullIfEmpty(goals.Where(g => g.PillarId == p.Id).Select(g => new GoalDto
                {
                    Id = g.Key, Title = g.Title, Description = g.Description,
                    Results = NullIfEmpty(results.Where(r => r.GoalId == g.Id).Select(r => new ResultDto
                    {
                        Id = r.Key, Title = r.Title, Description = r.Description, Deadline = Date(r.Deadline),
                        Municipalities = NullIfEmpty(r.MunicipalityCodes),
                        Target = r.TargetValue is { } v && r.TargetUnit is { } u
                            ? new TargetDto
                            {
                                Value = v, Unit = EnumNames.ToName(u), Baseline = r.BaselineValue,
                                BaselineDate = Date(r.BaselineDate), Note = r.TargetNote,
                            }
                            : null,
                    }).ToList()),
                    Actions = NullIfEmpty(actions.Where(a => a.GoalId == g.Id).Select(Action).ToList()),
                }).ToList()),
                Actions = NullIfEmpty(actions.Where(a => a.PillarId == p.Id && a.GoalId is null).Select(Action).ToList()),
            }).ToList(),
            TransformationPlans = NullIfEmpty(tplans.Select(t => new TransformationPlanDto
            {
                Id = t.Key, Title = t.Title, Description = t.Description, Pillar = t.PillarId is { } pid ? pillarKey.GetValueOrDefault(pid) : null,
                Applicants = Current(t.ApplicantKeys, orgKey.Values), FundingRoute = EnumNames.ToName(t.FundingRoute),
                Budget = t.Budget is { } b ? (double)b : null, Status = EnumNames.ToName(t.Status),
            }).ToList()),
            ChainApproaches = NullIfEmpty(chains.Select(c => new ChainApproachDto
            {
                Id = c.Key, Name = c.Name, Description = c.Description, RegionalTarget = c.RegionalTarget, Deadline = Date(c.Deadline),
                Rollout = NullIfEmpty(rollouts[c.Key].OrderBy(r => order.GetValueOrDefault(r.MunicipalityCode, int.MaxValue)).ThenBy(r => r.MunicipalityCode)
                    .Select(r => new RolloutDto { Municipality = r.MunicipalityCode, Status = EnumNames.ToName(r.Status), Date = Date(r.Date), Note = r.Note })
                    .ToList()),
            }).ToList()),
            Preconditions = NullIfEmpty(preconditions.Select(p => new PreconditionDto
            {
                Id = p.Key, Title = p.Title, Description = p.Description, AddressedTo = p.AddressedTo,
                Pillar = p.PillarId is { } pid ? pillarKey.GetValueOrDefault(pid) : null,
            }).ToList()),
            Initiatives = NullIfEmpty(initiatives.Select(i => new InitiativeDto
            {
                Id = i.Key, Name = i.Name, Description = i.Description, Pillar = i.PillarId is { } pid ? pillarKey.GetValueOrDefault(pid) : null,
                Organisations = Current(i.OrganisationKeys, orgKey.Values), Municipalities = NullIfEmpty(i.MunicipalityCodes),
            }).ToList()),
        };
    }

    private static Task<List<T>> Load<T>(DbSet<T> set, string regionId, CancellationToken ct) where T : PlanItem =>
        set.AsNoTracking().Where(x => x.RegionId == regionId).OrderBy(x => x.SortOrder).ThenBy(x => x.Id).ToListAsync(ct);

    private static List<T>? NullIfEmpty<T>(List<T> list) => list.Count == 0 ? null : list;

    /// <summary>Only keys of items that are not retired, so the exported file stays valid.</summary>
    private static List<string>? Current(List<string> keys, IEnumerable<string> current)
    {
        var set = current.ToHashSet();
        return NullIfEmpty(keys.Where(set.Contains).ToList());
    }
    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

public static class PlanFileWriter
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .WithQuotingNecessaryStrings()
        .DisableAliases()
        .WithEventEmitter(next => new QuotedDatesEmitter(next))
        .Build();

    public static string ToYaml(PlanFile plan) =>
        "# Regiokompas plan file. Format: docs/plan-file-format.md, schema: docs/schemas/plan-file.schema.json\n"
        + Serializer.Serialize(plan);
}

/// <summary>
/// Writes dates as quoted strings, so that generic YAML tools (which would turn a bare 2025-12-31
/// into a date object) read the same string the JSON Schema expects.
/// </summary>
internal sealed partial class QuotedDatesEmitter(YamlDotNet.Serialization.IEventEmitter next)
    : YamlDotNet.Serialization.EventEmitters.ChainedEventEmitter(next)
{
    public override void Emit(YamlDotNet.Serialization.ScalarEventInfo eventInfo, YamlDotNet.Core.IEmitter emitter)
    {
        if (eventInfo.Source.Value is string s && IsoDate().IsMatch(s))
            eventInfo.Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted;
        base.Emit(eventInfo, emitter);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial System.Text.RegularExpressions.Regex IsoDate();
}

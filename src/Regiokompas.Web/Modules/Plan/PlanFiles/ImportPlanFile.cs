using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Modules.Plan.PlanFiles;

public sealed record PlanImportSummary(string RegionId, int Created, int Updated, int Deleted, int Retired = 0)
{
    public bool ChangedNothing => Created == 0 && Updated == 0 && Deleted == 0 && Retired == 0;
}

/// <summary>
/// Makes the database match a validated plan file, in one transaction: items are matched by
/// their id, so importing the same file twice changes nothing, and items no longer in the file
/// are retired (kept for versions, the audit and decisions; a later file with the id brings them back).
/// </summary>
public sealed class ImportPlanFileHandler(AppDbContext db, TimeProvider clock)
{
    private int _created, _updated, _deleted, _retired;

    public async Task<PlanImportSummary> HandleAsync(PlanFile file, CancellationToken ct)
    {
        _created = _updated = _deleted = _retired = 0;
        var rid = file.Region.Id;
        var removals = new List<object>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var region = await db.Regions.SingleOrDefaultAsync(r => r.Id == rid, ct);
        if (region is null) db.Regions.Add(region = new Region { Id = rid, Name = file.Region.Name });
        region.Name = file.Region.Name;
        region.PlanTitle = file.Region.PlanTitle;
        region.Ambition = file.Region.Ambition;
        region.Summary = file.Region.Summary;

        var fileMunicipalities = file.Region.Municipalities ?? [];
        var codes = fileMunicipalities.Select(m => m.Code).ToList();
        var municipalities = await db.Municipalities.Where(m => codes.Contains(m.Code) || m.RegionId == rid).ToDictionaryAsync(m => m.Code, ct);
        for (var i = 0; i < fileMunicipalities.Count; i++)
        {
            var dto = fileMunicipalities[i];
            if (!municipalities.Remove(dto.Code, out var m)) db.Municipalities.Add(m = new Municipality { Code = dto.Code, Name = dto.Name });
            m.Name = dto.Name;
            m.Note = dto.Note;
            m.RegionId = rid;
            m.SortOrder = i;
        }
        foreach (var left in municipalities.Values.Where(m => m.RegionId == rid)) left.RegionId = null;
        await SaveAsync(ct);

        var orgs = await SyncAsync(db.Organisations, rid, file.Organisations, removals,
            d => new Organisation { RegionId = rid, Key = d.Id, Name = d.Name },
            (e, d) =>
            {
                e.Name = d.Name;
                e.Type = EnumNames.Parse<OrganisationType>(d.Type);
                e.Website = d.Website;
                e.MunicipalityCodes = d.Municipalities ?? [];
            }, ct);
        await SyncAsync(db.TargetGroups, rid, file.TargetGroups, removals,
            d => new TargetGroup { RegionId = rid, Key = d.Id, Name = d.Name },
            (e, d) => { e.Name = d.Name; e.Description = d.Description; }, ct);
        var pillarDtos = file.Pillars ?? [];
        var pillars = await SyncAsync(db.Pillars, rid, pillarDtos, removals,
            d => new Pillar { RegionId = rid, Key = d.Id, Name = d.Name },
            (e, d) =>
            {
                e.Kind = EnumNames.Parse<PillarKind>(d.Kind);
                e.Name = d.Name;
                e.Ambition = d.Ambition;
                e.Description = d.Description;
                e.LeadKeys = d.Leads ?? [];
                e.MemberKeys = d.Members ?? [];
                e.LinkKeys = d.Links ?? [];
                e.TargetGroupKeys = d.TargetGroups ?? [];
            }, ct);
        await SaveAsync(ct);

        var goalDtos = pillarDtos.SelectMany(p => (p.Goals ?? []).Select(g => (Pillar: p.Id, Goal: g))).ToList();
        var goals = await SyncAsync(db.Goals, rid, goalDtos, removals,
            d => new Goal { RegionId = rid, Key = d.Goal.Id, Title = d.Goal.Title },
            (e, d) =>
            {
                e.PillarId = pillars[d.Pillar].Id;
                e.Title = d.Goal.Title;
                e.Description = d.Goal.Description;
            }, ct, d => d.Goal.Id);
        await SaveAsync(ct);

        var resultDtos = goalDtos.SelectMany(g => (g.Goal.Results ?? []).Select(r => (Goal: g.Goal.Id, Result: r))).ToList();
        await SyncAsync(db.Results, rid, resultDtos, removals,
            d => new PlanResult { RegionId = rid, Key = d.Result.Id, Title = d.Result.Title },
            (e, d) =>
            {
                var r = d.Result;
                e.GoalId = goals[d.Goal].Id;
                e.Title = r.Title;
                e.Description = r.Description;
                e.Deadline = PlanFileRules.Date(r.Deadline);
                e.TargetValue = r.Target?.Value;
                e.TargetUnit = r.Target is null ? null : EnumNames.Parse<TargetUnit>(r.Target.Unit);
                e.BaselineValue = r.Target?.Baseline;
                e.BaselineDate = PlanFileRules.Date(r.Target?.BaselineDate);
                e.TargetNote = r.Target?.Note;
                e.MunicipalityCodes = r.Municipalities ?? [];
            }, ct, d => d.Result.Id);

        var actionDtos = pillarDtos.SelectMany(p => (p.Actions ?? []).Select(a => (Pillar: p.Id, Goal: (string?)null, Action: a)))
            .Concat(goalDtos.SelectMany(g => (g.Goal.Actions ?? []).Select(a => (g.Pillar, Goal: (string?)g.Goal.Id, Action: a))))
            .ToList();
        var actions = await SyncAsync(db.Actions, rid, actionDtos, removals,
            d => new PlanAction { RegionId = rid, Key = d.Action.Id, Title = d.Action.Title },
            (e, d) =>
            {
                var a = d.Action;
                e.PillarId = pillars[d.Pillar].Id;
                e.GoalId = d.Goal is null ? null : goals[d.Goal].Id;
                e.Title = a.Title;
                e.Description = a.Description;
                e.OwnerId = a.Owner is null ? null : orgs[a.Owner].Id;
                e.PartnerKeys = a.Partners ?? [];
                e.MunicipalityCodes = a.Municipalities ?? [];
                e.Start = PlanFileRules.Date(a.Start);
                e.Due = PlanFileRules.Date(a.Due);
                e.Status = a.Status is null ? ActionStatus.Planned : EnumNames.Parse<ActionStatus>(a.Status);
            }, ct, d => d.Action.Id);
        await SaveAsync(ct);

        // Progress notes have no id of their own: a note is its date and text.
        var notes = await db.ProgressNotes.Where(n => n.RegionId == rid).ToListAsync(ct);
        var byAction = notes.ToLookup(n => n.ActionKey);
        foreach (var (_, _, a) in actionDtos)
        {
            var existing = byAction[a.Id].ToList();
            foreach (var n in a.Notes ?? [])
            {
                var date = PlanFileRules.Date(n.Date)!.Value;
                var match = existing.FirstOrDefault(x => x.Date == date && x.Text == n.Text);
                if (match is not null) existing.Remove(match);
                else db.ProgressNotes.Add(new ProgressNote
                {
                    ActionId = actions[a.Id].Id, RegionId = rid, ActionKey = a.Id, Date = date, Text = n.Text, Author = "import",
                    CreatedAtUtc = DateTime.UtcNow,
                });
            }
            removals.AddRange(existing);
        }

        await SyncAsync(db.TransformationPlans, rid, file.TransformationPlans, removals,
            d => new TransformationPlan { RegionId = rid, Key = d.Id, Title = d.Title },
            (e, d) =>
            {
                e.Title = d.Title;
                e.Description = d.Description;
                e.PillarId = d.Pillar is null ? null : pillars[d.Pillar].Id;
                e.ApplicantKeys = d.Applicants ?? [];
                e.FundingRoute = EnumNames.Parse<FundingRoute>(d.FundingRoute);
                e.Budget = d.Budget is null ? null : (decimal)d.Budget.Value;
                e.Status = EnumNames.Parse<TransformationPlanStatus>(d.Status);
            }, ct);
        var chains = await SyncAsync(db.ChainApproaches, rid, file.ChainApproaches, removals,
            d => new ChainApproach { RegionId = rid, Key = d.Id, Name = d.Name },
            (e, d) =>
            {
                e.Name = d.Name;
                e.Description = d.Description;
                e.RegionalTarget = d.RegionalTarget;
                e.Deadline = PlanFileRules.Date(d.Deadline);
            }, ct);
        await SyncAsync(db.Preconditions, rid, file.Preconditions, removals,
            d => new Precondition { RegionId = rid, Key = d.Id, Title = d.Title },
            (e, d) =>
            {
                e.Title = d.Title;
                e.Description = d.Description;
                e.AddressedTo = d.AddressedTo;
                e.PillarId = d.Pillar is null ? null : pillars[d.Pillar].Id;
            }, ct);
        await SyncAsync(db.Initiatives, rid, file.Initiatives, removals,
            d => new Initiative { RegionId = rid, Key = d.Id, Name = d.Name },
            (e, d) =>
            {
                e.Name = d.Name;
                e.Description = d.Description;
                e.PillarId = d.Pillar is null ? null : pillars[d.Pillar].Id;
                e.OrganisationKeys = d.Organisations ?? [];
                e.MunicipalityCodes = d.Municipalities ?? [];
            }, ct);
        await SaveAsync(ct);

        var rollouts = await db.ChainRollouts.Where(r => r.RegionId == rid).ToListAsync(ct);
        foreach (var c in file.ChainApproaches ?? [])
        {
            var existing = rollouts.Where(r => r.ApproachKey == c.Id).ToDictionary(r => r.MunicipalityCode);
            foreach (var r in c.Rollout ?? [])
            {
                if (!existing.Remove(r.Municipality, out var e))
                    db.ChainRollouts.Add(e = new ChainRollout
                    {
                        ChainApproachId = chains[c.Id].Id, RegionId = rid, ApproachKey = c.Id, MunicipalityCode = r.Municipality,
                    });
                e.Status = EnumNames.Parse<RolloutStatus>(r.Status);
                e.Date = PlanFileRules.Date(r.Date);
                e.Note = r.Note;
            }
            removals.AddRange(existing.Values);
        }

        db.RemoveRange(removals.Distinct());
        await SaveAsync(ct);
        await tx.CommitAsync(ct);
        return new PlanImportSummary(rid, _created, _updated - _retired, _deleted, _retired);
    }

    private Task<Dictionary<string, T>> SyncAsync<T, TDto>(DbSet<T> set, string rid, List<TDto>? items, List<object> removals,
        Func<TDto, T> create, Action<T, TDto> update, CancellationToken ct) where T : PlanItem
        where TDto : class =>
        SyncAsync(set, rid, items ?? [], removals, create, update, ct, d => (string)d.GetType().GetProperty("Id")!.GetValue(d)!);

    private async Task<Dictionary<string, T>> SyncAsync<T, TDto>(DbSet<T> set, string rid, IReadOnlyList<TDto> items, List<object> removals,
        Func<TDto, T> create, Action<T, TDto> update, CancellationToken ct, Func<TDto, string> key) where T : PlanItem
    {
        var existing = await set.IgnoreQueryFilters().Where(e => e.RegionId == rid).ToDictionaryAsync(e => e.Key, ct);
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var k = key(items[i]);
            if (!existing.Remove(k, out var entity)) set.Add(entity = create(items[i]));
            update(entity, items[i]);
            entity.SortOrder = i;
            entity.RetiredAtUtc = null;
            result[k] = entity;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var left in existing.Values.Where(e => e.RetiredAtUtc is null))
        {
            left.RetiredAtUtc = now;
            _retired++;
        }
        return result;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        foreach (var e in db.ChangeTracker.Entries().Where(e => e.Entity is IAudited))
        {
            switch (e.State)
            {
                case EntityState.Added: _created++; break;
                case EntityState.Modified: _updated++; break;
                case EntityState.Deleted: _deleted++; break;
            }
        }
        await db.SaveChangesAsync(ct);
    }
}

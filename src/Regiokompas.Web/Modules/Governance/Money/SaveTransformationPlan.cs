using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Governance.Money;

public sealed class SaveTransformationPlanRequest
{
    [Required, StringLength(300, MinimumLength = 1)] public string Title { get; set; } = "";
    [StringLength(4000)] public string? Description { get; set; }
    [StringLength(80)] public string? Pillar { get; set; }
    public List<string> Applicants { get; set; } = [];
    /// <summary>spuk-iza, spuk-gala, insurer-fund or other.</summary>
    [Required, StringLength(40)] public string FundingRoute { get; set; } = "spuk-iza";
    [Range(0, 1_000_000_000)] public decimal? RequestedBudget { get; set; }
    [Range(0, 1_000_000_000)] public decimal? GrantedBudget { get; set; }
    public DateOnly? QuickCheckOn { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public DateOnly? DecisionOn { get; set; }
    public DateOnly? StartOn { get; set; }
    public DateOnly? EndOn { get; set; }
    /// <summary>Keys of the results the plan should move.</summary>
    public List<string> Results { get; set; } = [];
    /// <summary>The version you read; required when changing an existing plan.</summary>
    public int? Version { get; set; }
}

public sealed record TransformationPlanDetails(string Key, string Title, string? Description, string? Pillar, IReadOnlyList<string> Applicants,
    string FundingRoute, decimal? RequestedBudget, decimal? GrantedBudget, DateOnly? QuickCheckOn, DateOnly? SubmittedOn, DateOnly? DecisionOn,
    DateOnly? StartOn, DateOnly? EndOn, IReadOnlyList<string> Results, string Status, int Version);

/// <summary>Creates and edits transformation plans in the browser and through the API: the coordinator, or the lead of its pillar.</summary>
public sealed partial class SaveTransformationPlanHandler(AppDbContext db)
{
    public async Task<TransformationPlanDetails?> GetAsync(string regionId, string key, CancellationToken ct)
    {
        var plan = await db.TransformationPlans.AsNoTracking().SingleOrDefaultAsync(t => t.RegionId == regionId && t.Key == key, ct);
        return plan is null ? null : await ToDetailsAsync(plan, ct);
    }

    public async Task<TransformationPlanDetails?> CreateAsync(string regionId, SaveTransformationPlanRequest request, Actor actor, CancellationToken ct)
    {
        if (!await db.Regions.AnyAsync(r => r.Id == regionId, ct)) return null;
        var pillarId = await PillarIdAsync(regionId, request.Pillar, ct);
        EnsureMayEdit(actor, regionId, pillarId);
        var baseKey = "tp-" + Slug(request.Title);
        var key = baseKey;
        for (var i = 2; await db.TransformationPlans.AnyAsync(t => t.RegionId == regionId && t.Key == key, ct); i++) key = $"{baseKey}-{i}";
        var order = await db.TransformationPlans.Where(t => t.RegionId == regionId).Select(t => (int?)t.SortOrder).MaxAsync(ct) ?? 0;
        var plan = new TransformationPlan { RegionId = regionId, Key = key, Title = request.Title.Trim(), SortOrder = order + 1, Status = TransformationPlanStatus.Idea };
        await ApplyAsync(plan, pillarId, request, ct);
        db.TransformationPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return await ToDetailsAsync(plan, ct);
    }

    public async Task<TransformationPlanDetails?> EditAsync(string regionId, string key, SaveTransformationPlanRequest request, Actor actor, CancellationToken ct)
    {
        var plan = await db.TransformationPlans.SingleOrDefaultAsync(t => t.RegionId == regionId && t.Key == key, ct);
        if (plan is null) return null;
        EnsureMayEdit(actor, regionId, plan.PillarId);
        var pillarId = await PillarIdAsync(regionId, request.Pillar, ct);
        EnsureMayEdit(actor, regionId, pillarId);
        if (request.Version is not { } read) throw new RuleViolation("governance.version-required");
        if (read != plan.Version) throw new EditConflict(key, read, plan.Version, await ToDetailsAsync(plan, ct), null, null);
        db.Entry(plan).Property(nameof(TransformationPlan.Version)).OriginalValue = read;
        plan.Title = request.Title.Trim();
        await ApplyAsync(plan, pillarId, request, ct);
        await db.SaveChangesAsync(ct);
        return await ToDetailsAsync(plan, ct);
    }

    private async Task ApplyAsync(TransformationPlan plan, int? pillarId, SaveTransformationPlanRequest r, CancellationToken ct)
    {
        if (!EnumNames.TryParse<FundingRoute>(r.FundingRoute, out var route)) throw new RuleViolation("governance.funding-route-unknown", r.FundingRoute);
        var applicants = r.Applicants.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct().ToList();
        var orgs = await db.Organisations.Where(o => o.RegionId == plan.RegionId && applicants.Contains(o.Key)).Select(o => o.Key).ToListAsync(ct);
        if (applicants.Except(orgs).FirstOrDefault() is { } unknownOrg) throw new RuleViolation("governance.organisation-unknown", unknownOrg);
        var results = r.Results.Select(x => x.Trim()).Where(x => x.Length > 0).Distinct().ToList();
        var known = await db.Results.Where(x => x.RegionId == plan.RegionId && results.Contains(x.Key)).Select(x => x.Key).ToListAsync(ct);
        if (results.Except(known).FirstOrDefault() is { } unknownResult) throw new RuleViolation("governance.plan-item-unknown", unknownResult);
        plan.SetMoneyAndDates(r.RequestedBudget, r.GrantedBudget, r.QuickCheckOn, r.SubmittedOn, r.DecisionOn, r.StartOn, r.EndOn);
        plan.Description = string.IsNullOrWhiteSpace(r.Description) ? null : r.Description.Trim();
        plan.PillarId = pillarId;
        plan.FundingRoute = route;
        if (!plan.ApplicantKeys.SequenceEqual(applicants)) plan.ApplicantKeys = applicants;
        if (!plan.ResultKeys.SequenceEqual(results)) plan.ResultKeys = results;
    }

    private async Task<int?> PillarIdAsync(string regionId, string? pillarKey, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(pillarKey)) return null;
        return await db.Pillars.Where(p => p.RegionId == regionId && p.Key == pillarKey).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct)
            ?? throw new RuleViolation("governance.pillar-unknown", pillarKey);
    }

    private static void EnsureMayEdit(Actor actor, string regionId, int? pillarId)
    {
        var may = pillarId is { } p ? PlanPermissions.CanEditPillar(actor, regionId, p) : PlanPermissions.CanEditRegion(actor, regionId);
        if (!may) throw new NotAllowed("edit.not-allowed");
    }

    private async Task<TransformationPlanDetails> ToDetailsAsync(TransformationPlan t, CancellationToken ct)
    {
        var pillar = t.PillarId is { } id ? await db.Pillars.Where(p => p.Id == id).Select(p => p.Key).SingleOrDefaultAsync(ct) : null;
        return new TransformationPlanDetails(t.Key, t.Title, t.Description, pillar, t.ApplicantKeys, EnumNames.ToName(t.FundingRoute),
            t.Budget, t.GrantedBudget, t.QuickCheckOn, t.SubmittedOn, t.DecisionOn, t.StartOn, t.EndOn, t.ResultKeys, EnumNames.ToName(t.Status), t.Version);
    }

    private static string Slug(string title)
    {
        var s = NonWord().Replace(title.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray() is var chars
            ? new string(chars) : "", "-").Trim('-');
        s = s.Length > 60 ? s[..60].TrimEnd('-') : s;
        return s.Length == 0 ? "plan" : s;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}

using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Plan.Versions;

public sealed class MarkPlanVersionRequest
{
    [Required(ErrorMessage = "Geef de versie een naam."), StringLength(300, MinimumLength = 3, ErrorMessage = "Een naam heeft 3 tot 300 tekens.")]
    public string? Label { get; set; }
    [Required(ErrorMessage = "Vul de datum in.")] public DateOnly? Date { get; set; }
    /// <summary>The Governance decision that adopted this version (optional).</summary>
    public Guid? DecisionId { get; set; }
}

public sealed record PlanVersionSummary(int Number, string Label, DateOnly Date, Guid? DecisionId, DateTime CreatedAtUtc, string? CreatedBy);

/// <summary>Marks versions of a plan and reads the plan as of a version; "current" is the plan as it is now.</summary>
public sealed class PlanVersionsHandler(AppDbContext db, ExportPlanFileHandler export, TimeProvider clock, Common.Auth.ICurrentActor current)
{
    public const string Current = "current";
    public const string FirstLabel = "Plan zoals meegeleverd";

    public async Task<PlanVersionSummary?> MarkAsync(string regionId, MarkPlanVersionRequest request, Actor actor, CancellationToken ct)
    {
        if (!await db.Regions.AnyAsync(r => r.Id == regionId, ct)) return null;
        if (!PlanPermissions.CanEditRegion(actor, regionId)) throw new NotAllowed("edit.not-allowed");
        // The decision is read as a domain row, so Plan does not depend on the Governance module built on top of it.
        if (request.DecisionId is { } d && !await db.Set<Regiokompas.Domain.Governance.Decision>().AnyAsync(x => x.RegionId == regionId && x.Id == d, ct))
            throw new RuleViolation("plan.unknown-decision");
        var version = await AddAsync(regionId, request.Label!.Trim(), request.Date!.Value, request.DecisionId, current.Name, ct);
        return ToSummary(version);
    }

    /// <summary>Makes version 1 of a region that has none yet: the plan as first imported.</summary>
    public async Task EnsureFirstVersionAsync(string regionId, CancellationToken ct)
    {
        if (await db.Set<PlanVersion>().AnyAsync(v => v.RegionId == regionId, ct)) return;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await AddAsync(regionId, FirstLabel, today, null, "systeem", ct);
    }

    private async Task<PlanVersion> AddAsync(string regionId, string label, DateOnly date, Guid? decisionId, string? by, CancellationToken ct)
    {
        var file = await export.HandleAsync(regionId, ct) ?? throw new InvalidOperationException($"Region {regionId} has no plan.");
        var number = (await db.Set<PlanVersion>().Where(v => v.RegionId == regionId).MaxAsync(v => (int?)v.Number, ct) ?? 0) + 1;
        var version = new PlanVersion
        {
            RegionId = regionId, Number = number, Label = label, Date = date, DecisionId = decisionId,
            Snapshot = JsonSerializer.Serialize(file, PlanFileReader.Json), CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = by,
        };
        db.Add(version);
        await db.SaveChangesAsync(ct);
        return version;
    }

    public Task<List<PlanVersionSummary>> ListAsync(string regionId, CancellationToken ct) =>
        db.Set<PlanVersion>().AsNoTracking().Where(v => v.RegionId == regionId).OrderByDescending(v => v.Number)
            .Select(v => new PlanVersionSummary(v.Number, v.Label, v.Date, v.DecisionId, v.CreatedAtUtc, v.CreatedBy)).ToListAsync(ct);

    public async Task<PlanVersionSummary?> GetAsync(string regionId, int number, CancellationToken ct) =>
        await db.Set<PlanVersion>().AsNoTracking().Where(v => v.RegionId == regionId && v.Number == number)
            .Select(v => new PlanVersionSummary(v.Number, v.Label, v.Date, v.DecisionId, v.CreatedAtUtc, v.CreatedBy)).SingleOrDefaultAsync(ct);

    /// <summary>The plan file of a version ("1", "2", …) or of "current"; null when either does not exist.</summary>
    public async Task<PlanFile?> GetPlanFileAsync(string regionId, string version, CancellationToken ct)
    {
        if (string.Equals(version, Current, StringComparison.OrdinalIgnoreCase)) return await export.HandleAsync(regionId, ct);
        if (!int.TryParse(version, out var number)) return null;
        var snapshot = await db.Set<PlanVersion>().AsNoTracking().Where(v => v.RegionId == regionId && v.Number == number)
            .Select(v => v.Snapshot).SingleOrDefaultAsync(ct);
        return snapshot is null ? null : JsonSerializer.Deserialize<PlanFile>(snapshot, PlanFileReader.Json);
    }

    public async Task<PlanDiffView?> DiffAsync(string regionId, string from, string to, CancellationToken ct)
    {
        var before = await GetPlanFileAsync(regionId, from, ct);
        var after = await GetPlanFileAsync(regionId, to, ct);
        return before is null || after is null ? null : PlanDiff.Compare(regionId, from, to, before, after);
    }

    private static PlanVersionSummary ToSummary(PlanVersion v) => new(v.Number, v.Label, v.Date, v.DecisionId, v.CreatedAtUtc, v.CreatedBy);
}

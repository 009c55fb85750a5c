using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Governance.Chains;

public sealed record ChainRef(string Key, string Name, string? RegionalTarget, DateOnly? Deadline);
public sealed record MunicipalityCell(string Code, string Name);
/// <summary>One cell of the matrix; a cell nobody filled in is "unknown" with version 0.</summary>
public sealed record ChainCell(string Chain, string Municipality, string Status, DateOnly? Date, string? Note, int Version);
public sealed record ChainCount(string Chain, string Name, int Implemented, int Implementing, int Preparing, int NotStarted, int Unknown, int Municipalities);
public sealed record ChainMatrix(string RegionId, IReadOnlyList<ChainRef> Chains, IReadOnlyList<MunicipalityCell> Municipalities,
    IReadOnlyList<ChainCell> Cells, IReadOnlyList<ChainCount> Counts)
{
    public ChainCell Cell(string chain, string code) =>
        Cells.FirstOrDefault(c => c.Chain == chain && c.Municipality == code) ?? new ChainCell(chain, code, "unknown", null, null, 0);
}

public sealed class SetChainStatusRequest
{
    /// <summary>not-started, preparing, implementing, implemented or unknown.</summary>
    [Required, StringLength(40)] public string Status { get; set; } = "";
    public DateOnly? Date { get; set; }
    [StringLength(1000)] public string? Note { get; set; }
    /// <summary>The version you read (0 for a cell nobody filled in yet).</summary>
    public int? Version { get; set; }
}

/// <summary>
/// The prevention chains matrix: municipalities × chains with status and date. It is the one source for the
/// monitor's chain counts, so the two never disagree.
/// </summary>
public sealed class PreventionChainQueries(AppDbContext db)
{
    public async Task<ChainMatrix?> GetMatrixAsync(string regionId, CancellationToken ct)
    {
        if (!await db.Regions.AnyAsync(r => r.Id == regionId, ct)) return null;
        var chains = await db.ChainApproaches.AsNoTracking().Where(c => c.RegionId == regionId).OrderBy(c => c.SortOrder)
            .Select(c => new ChainRef(c.Key, c.Name, c.RegionalTarget, c.Deadline)).ToListAsync(ct);
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => m.RegionId == regionId).OrderBy(m => m.SortOrder)
            .Select(m => new MunicipalityCell(m.Code, m.Name)).ToListAsync(ct);
        var codes = municipalities.Select(m => m.Code).ToHashSet();
        var rows = await db.ChainRollouts.AsNoTracking().Where(r => r.RegionId == regionId).ToListAsync(ct);
        var cells = rows.Where(r => codes.Contains(r.MunicipalityCode))
            .Select(r => new ChainCell(r.ApproachKey, r.MunicipalityCode, EnumNames.ToName(r.Status), r.Date, r.Note, r.Version)).ToList();
        var matrix = new ChainMatrix(regionId, chains, municipalities, cells, []);
        var counts = chains.Select(c =>
        {
            var statuses = municipalities.Select(m => matrix.Cell(c.Key, m.Code).Status).ToList();
            int Count(RolloutStatus s) => statuses.Count(x => x == EnumNames.ToName(s));
            return new ChainCount(c.Key, c.Name, Count(RolloutStatus.Implemented), Count(RolloutStatus.Implementing), Count(RolloutStatus.Preparing),
                Count(RolloutStatus.NotStarted), Count(RolloutStatus.Unknown), municipalities.Count);
        }).ToList();
        return matrix with { Counts = counts };
    }
}

public sealed class SetChainStatusHandler(AppDbContext db, TimeProvider clock)
{
    /// <summary>The coordinator edits every cell; a member of a municipality's organisation edits that municipality's row.</summary>
    public static bool CanEdit(Actor actor, string regionId, string municipalityCode, IReadOnlyList<string>? actorMunicipalities) =>
        PlanPermissions.CanEditRegion(actor, regionId) || (actorMunicipalities?.Contains(municipalityCode) ?? false);

    /// <summary>The municipalities the actor's organisation is (a municipality organisation of the region), for edit rights.</summary>
    public async Task<IReadOnlyList<string>> MunicipalitiesOfAsync(Actor actor, string regionId, CancellationToken ct)
    {
        if (actor.OrganisationId is not { } org) return [];
        var o = await db.Organisations.AsNoTracking().Where(x => x.Id == org && x.RegionId == regionId && x.Type == OrganisationType.Municipality)
            .Select(x => x.MunicipalityCodes).FirstOrDefaultAsync(ct);
        return o ?? [];
    }

    public async Task<ChainCell?> HandleAsync(string regionId, string chainKey, string code, SetChainStatusRequest request, Actor actor, CancellationToken ct)
    {
        var chain = await db.ChainApproaches.SingleOrDefaultAsync(c => c.RegionId == regionId && c.Key == chainKey, ct);
        if (chain is null || !await db.Municipalities.AnyAsync(m => m.Code == code && m.RegionId == regionId, ct)) return null;
        if (!CanEdit(actor, regionId, code, await MunicipalitiesOfAsync(actor, regionId, ct))) throw new NotAllowed("edit.not-allowed");
        if (!EnumNames.TryParse<RolloutStatus>(request.Status, out var status)) throw new RuleViolation("governance.chain-status-unknown", request.Status);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (request.Date > today.AddDays(1)) throw new RuleViolation("governance.chain-date-in-future");
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        if (note is { Length: > 1000 }) throw new RuleViolation("governance.text-too-long", 1000);

        var cell = await db.ChainRollouts.SingleOrDefaultAsync(r => r.ChainApproachId == chain.Id && r.MunicipalityCode == code, ct);
        if (cell is null)
        {
            if (request.Version is > 0) throw Conflict(chainKey, code, request.Version.Value, 0, null);
            cell = new ChainRollout { ChainApproachId = chain.Id, RegionId = regionId, ApproachKey = chainKey, MunicipalityCode = code, Version = 1 };
            db.ChainRollouts.Add(cell);
        }
        else if (request.Version is { } read)
        {
            if (read != cell.Version) throw Conflict(chainKey, code, read, cell.Version, cell);
            db.Entry(cell).Property(nameof(ChainRollout.Version)).OriginalValue = read;
        }
        cell.Status = status;
        cell.Date = request.Date ?? (status == RolloutStatus.Unknown ? null : today);
        cell.Note = note;
        await db.SaveChangesAsync(ct);
        return new ChainCell(chainKey, code, EnumNames.ToName(cell.Status), cell.Date, cell.Note, cell.Version);
    }

    private static EditConflict Conflict(string chain, string code, int read, int current, ChainRollout? cell) =>
        new($"{chain}/{code}", read, current,
            cell is null ? new ChainCell(chain, code, "unknown", null, null, 0) : new ChainCell(chain, code, EnumNames.ToName(cell.Status), cell.Date, cell.Note, cell.Version), null, null);
}

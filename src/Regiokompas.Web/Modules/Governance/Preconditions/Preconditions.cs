using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;

namespace Regiokompas.Web.Modules.Governance.Preconditions;

public sealed record PreconditionView(string Key, string Title, string? Description, string? AddressedTo, string? Pillar, string? PillarName,
    string? FollowUpNote, DateOnly? FollowUpOn, int Version);

public sealed class SetFollowUpRequest
{
    [StringLength(4000)] public string? Note { get; set; }
    public DateOnly? Date { get; set; }
    [StringLength(300)] public string? AddressedTo { get; set; }
    [Required] public int? Version { get; set; }
}

/// <summary>The national preconditions the region's plan names, to whom they are addressed and the region's dated follow-up.</summary>
public sealed class PreconditionsHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<PreconditionView>?> ListAsync(string regionId, CancellationToken ct)
    {
        if (!await db.Regions.AnyAsync(r => r.Id == regionId, ct)) return null;
        var pillars = await db.Pillars.AsNoTracking().Where(p => p.RegionId == regionId).ToDictionaryAsync(p => p.Id, p => new { p.Key, p.Name }, ct);
        var list = await db.Preconditions.AsNoTracking().Where(p => p.RegionId == regionId).OrderBy(p => p.SortOrder).ToListAsync(ct);
        return list.Select(p => ToView(p, p.PillarId is { } id && pillars.TryGetValue(id, out var x) ? (x.Key, x.Name) : null)).ToList();
    }

    public async Task<PreconditionView?> SetFollowUpAsync(string regionId, string key, SetFollowUpRequest request, Actor actor, CancellationToken ct)
    {
        var p = await db.Preconditions.SingleOrDefaultAsync(x => x.RegionId == regionId && x.Key == key, ct);
        if (p is null) return null;
        GovernanceEditSupport.EnsureMayManage(actor, regionId);
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        if (note is not null && request.Date is null) throw new RuleViolation("governance.follow-up-needs-date");
        if (request.Date > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1)) throw new RuleViolation("governance.chain-date-in-future");
        if (request.Version != p.Version) throw new EditConflict(key, request.Version ?? -1, p.Version, ToView(p, null), null, null);
        db.Entry(p).Property(nameof(Precondition.Version)).OriginalValue = request.Version!.Value;
        p.FollowUpNote = note;
        p.FollowUpOn = note is null ? null : request.Date;
        if (request.AddressedTo is not null) p.AddressedTo = string.IsNullOrWhiteSpace(request.AddressedTo) ? null : request.AddressedTo.Trim();
        await db.SaveChangesAsync(ct);
        return ToView(p, null);
    }

    private static PreconditionView ToView(Precondition p, (string Key, string Name)? pillar) =>
        new(p.Key, p.Title, p.Description, p.AddressedTo, pillar?.Key, pillar?.Name, p.FollowUpNote, p.FollowUpOn, p.Version);
}

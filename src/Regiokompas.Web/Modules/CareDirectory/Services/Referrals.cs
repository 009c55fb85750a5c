using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;

namespace Regiokompas.Web.Modules.CareDirectory.Services;

/// <summary>A Welzijn op Recept referral: initials and a way to reach the resident, with consent. No medical data.</summary>
public sealed class CreateReferralRequest
{
    [Required, StringLength(10)] public string ResidentInitials { get; set; } = "";
    [StringLength(200)] public string? ResidentContact { get; set; }
    [StringLength(WellbeingReferral.MaxNoteLength)] public string? Note { get; set; }
    public bool ConsentGiven { get; set; }
}

public sealed class ChangeReferralStatusRequest
{
    public int Version { get; set; }
    [JsonConverter(typeof(JsonStringEnumConverter<ReferralStatus>))] public ReferralStatus Status { get; set; }
    [StringLength(500)] public string? Reason { get; set; }
}

public sealed record ReferralView(Guid Id, Guid ServiceId, string ServiceName, string ReferrerName, string ResidentInitials, string? ResidentContact,
    string? Note, DateTime SentAtUtc, [property: JsonConverter(typeof(JsonStringEnumConverter<ReferralStatus>))] ReferralStatus Status,
    string? NotStartedReason, DateTime LastStatusAtUtc, int Version);

public sealed record ReferralLists(IReadOnlyList<ReferralView> Sent, IReadOnlyList<ReferralView> Received);

/// <summary>
/// The closed loop: a professional refers, the organisation that owns the service reports back,
/// and the referrer sees the status. Only the two sides see a referral.
/// </summary>
public sealed class ReferralsHandler(AppDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public async Task<ReferralView?> CreateAsync(Guid serviceId, CreateReferralRequest request, CancellationToken ct)
    {
        if (actor.UserId is null && actor.Actor.OrganisationId is null) throw new NotAllowed("edit.not-allowed");
        if (!await db.Set<CareService>().AnyAsync(s => s.Id == serviceId, ct)) return null;
        var referral = WellbeingReferral.Create(serviceId, actor.Name, actor.Actor.OrganisationId, request.ResidentInitials,
            request.ResidentContact, request.Note, request.ConsentGiven, clock.GetUtcNow().UtcDateTime, actor.UserId);
        db.Add(referral);
        await db.SaveChangesAsync(ct);
        return (await ViewsAsync(db.Set<WellbeingReferral>().Where(r => r.Id == referral.Id), ct)).Single();
    }

    public async Task<ReferralView?> ChangeStatusAsync(Guid id, ChangeReferralStatusRequest request, CancellationToken ct)
    {
        var referral = await db.Set<WellbeingReferral>().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null) return null;
        var owner = await db.Set<CareService>().Where(s => s.Id == referral.ServiceId).Select(s => s.Organisation!.PlanOrganisationId).SingleAsync(ct);
        if (!CareDirectoryPermissions.CanEdit(actor.Actor, owner)) throw new NotAllowed("edit.not-allowed");
        if (request.Version != referral.Version)
            throw new EditConflict("verwijzing", request.Version, referral.Version, new { referral.Status, referral.Version }, null, null);
        referral.MoveTo(request.Status, request.Reason, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return (await ViewsAsync(db.Set<WellbeingReferral>().Where(r => r.Id == id), ct)).Single();
    }

    public async Task<ReferralLists> MineAsync(CancellationToken ct)
    {
        var a = actor.Actor;
        var userId = actor.UserId;
        var sent = db.Set<WellbeingReferral>().Where(r => (userId != null && r.ReferrerUserId == userId)
            || (a.OrganisationId != null && r.ReferrerOrganisationId == a.OrganisationId));
        var received = a.OrganisationId is { } org
            ? db.Set<WellbeingReferral>().Where(r => db.Set<CareService>().Any(s => s.Id == r.ServiceId && s.Organisation!.PlanOrganisationId == org))
            : db.Set<WellbeingReferral>().Where(r => false);
        return new ReferralLists(await ViewsAsync(sent, ct), await ViewsAsync(received, ct));
    }

    private async Task<List<ReferralView>> ViewsAsync(IQueryable<WellbeingReferral> query, CancellationToken ct)
    {
        var rows = await query.AsNoTracking().OrderByDescending(r => r.ConsentAtUtc)
            .Select(r => new { r, Name = db.Set<CareService>().Where(s => s.Id == r.ServiceId).Select(s => s.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return rows.Select(x => new ReferralView(x.r.Id, x.r.ServiceId, x.Name ?? "?", x.r.ReferrerName, x.r.ResidentInitials, x.r.ResidentContact,
            x.r.Note, x.r.ConsentAtUtc, x.r.Status, x.r.NotStartedReason, x.r.LastStatusAtUtc, x.r.Version)).ToList();
    }
}

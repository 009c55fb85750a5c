using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Regiobeeld;

public sealed class SaveNarrativeRequest
{
    [Required, MaxLength(40)] public string Theme { get; set; } = "";

    /// <summary>Empty text removes the narrative of that theme.</summary>
    [MaxLength(RegionNarrative.MaxTextLength)] public string? Text { get; set; }

    /// <summary>The date the text speaks for; today when empty.</summary>
    public DateOnly? WrittenOn { get; set; }

    /// <summary>The version read; needed to change an existing narrative.</summary>
    public int? Version { get; set; }
}

/// <summary>
/// The coordinator's short dated text per theme of the regiobeeld. Only the region's coordinator
/// (or an administrator); every change is in the audit trail through the save interceptor.
/// </summary>
public sealed class SaveNarrativeHandler(AppDbContext db, PlanQueries plans, TimeProvider clock)
{
    public async Task<RegiobeeldNarrativeView?> HandleAsync(string regionId, SaveNarrativeRequest request, Actor actor, string actorName, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is null) return null;
        if (!MonitoringPermissions.CanPublish(actor, regionId)) throw new NotAllowed("edit.not-allowed");
        var theme = request.Theme.Trim().ToLowerInvariant();
        if (!RegionNarrative.Themes.Contains(theme)) throw new RuleViolation("regiobeeld.theme-unknown", request.Theme);
        var text = request.Text?.Trim() ?? "";
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var date = request.WrittenOn ?? today;
        if (date > today) throw new RuleViolation("regiobeeld.date-in-future", date.ToString("d-M-yyyy"));

        var narrative = await db.Set<RegionNarrative>().AsTracking().SingleOrDefaultAsync(n => n.RegionId == regionId && n.Theme == theme, ct);
        if (narrative is null)
        {
            if (text.Length == 0) throw new RuleViolation("regiobeeld.text-required");
            narrative = new RegionNarrative { RegionId = regionId, Theme = theme, Text = text, WrittenOn = date, WrittenBy = actorName };
            db.Add(narrative);
        }
        else
        {
            if (request.Version is not { } read) throw new RuleViolation("regiobeeld.version-required");
            if (read != narrative.Version)
            {
                var key = ((IAudited)narrative).AuditKey;
                var (by, at) = await plans.GetLastChangeAsync(regionId, nameof(RegionNarrative), key, ct);
                throw new EditConflict(key, read, narrative.Version, new { narrative.Text, narrative.WrittenOn, narrative.Version }, by, at);
            }
            db.Entry(narrative).Property(nameof(IVersioned.Version)).OriginalValue = read;
            if (text.Length == 0)
            {
                db.Remove(narrative);
                await db.SaveChangesAsync(ct);
                return new RegiobeeldNarrativeView(theme, "", date, actorName, narrative.Version);
            }
            (narrative.Text, narrative.WrittenOn, narrative.WrittenBy) = (text, date, actorName);
        }
        await db.SaveChangesAsync(ct);
        return new RegiobeeldNarrativeView(narrative.Theme, narrative.Text, narrative.WrittenOn, narrative.WrittenBy, narrative.Version);
    }
}

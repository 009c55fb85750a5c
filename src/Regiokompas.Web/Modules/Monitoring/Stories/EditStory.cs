using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Stories;

/// <summary>
/// Who may write stories of a region: its coordinators and administrators, and the leads of one
/// of the region's pillars. A pillar lead of another region may not.
/// </summary>
public static class StoryPermissions
{
    public static async Task<bool> CanWriteAsync(AppDbContext db, Actor actor, string regionId, CancellationToken ct)
    {
        if (PlanPermissions.CanEditRegion(actor, regionId)) return true;
        if (actor.LeadPillars.Count == 0) return false;
        var leads = actor.LeadPillars.ToList();
        return await db.Pillars.AsNoTracking().AnyAsync(p => p.RegionId == regionId && leads.Contains(p.Id), ct);
    }
}

/// <summary>The checks and normalisation a story's fields get on add and on edit alike.</summary>
internal static class StoryFields
{
    /// <summary>Municipality and result keys must belong to the region; returns both normalised (code in capitals, keys trimmed and once).</summary>
    public static async Task<(string? Municipality, List<string> ResultKeys)> CheckAsync(AppDbContext db, RegionSummary region,
        string? municipalityCode, IEnumerable<string> resultKeys, CancellationToken ct)
    {
        string? municipality = null;
        if (!string.IsNullOrWhiteSpace(municipalityCode))
        {
            municipality = municipalityCode.Trim().ToUpperInvariant();
            if (region.Municipalities.All(m => m.Code != municipality)) throw new RuleViolation("monitoring.area-unknown", municipalityCode);
        }
        var keys = resultKeys.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct().ToList();
        if (keys.Count > 0)
        {
            var known = await db.Set<PlanResult>().AsNoTracking().Where(r => r.RegionId == region.Id && keys.Contains(r.Key)).Select(r => r.Key).ToListAsync(ct);
            if (keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown) throw new RuleViolation("monitoring.story-result-unknown", unknown);
        }
        return (municipality, keys);
    }

    /// <summary>A title of only spaces is no title.</summary>
    public static string? Title(string? title) => string.IsNullOrWhiteSpace(title) ? null : title.Trim();
}

public sealed class EditStoryRequest
{
    /// <summary>The version the editor read; a later change by someone else gives an edit conflict.</summary>
    public int Version { get; init; }
    [JsonConverter(typeof(JsonStringEnumConverter<StoryKind>))] public StoryKind Kind { get; init; }
    [MaxLength(300)] public string? Title { get; init; }
    [Required, MaxLength(Story.MaxTextLength)] public string Text { get; init; } = "";
    public DateOnly Date { get; init; }
    [MaxLength(6)] public string? MunicipalityCode { get; init; }
    [JsonConverter(typeof(JsonStringEnumConverter<StorySource>))] public StorySource Source { get; init; }

    /// <summary>When the storyteller agreed to publication. Clearing it withdraws consent: the story leaves every public place.</summary>
    public DateOnly? ConsentDate { get; init; }
    public bool Public { get; init; }
    public List<string> ResultKeys { get; init; } = [];
}

/// <summary>A story as its editors see it: consent and version included.</summary>
public sealed record StoryEditView(int Id, string RegionId, StoryKind Kind, string? Title, string Text, DateOnly Date, string? MunicipalityCode,
    StorySource Source, DateOnly? ConsentDate, string? ConsentRecordedBy, bool Public, IReadOnlyList<string> ResultKeys, int Version)
{
    public static StoryEditView Of(Story s) => new(s.Id, s.RegionId, s.Kind, s.Title, s.Text, s.Date, s.MunicipalityCode, s.Source,
        s.ConsentDate, s.ConsentRecordedBy, s.Visibility == Visibility.Public, s.ResultKeys, s.Version);
}

/// <summary>
/// Edits a story and withdraws consent. Every change goes through SaveChanges, so the audit
/// interceptor records it field by field; public pages, reports and the API all read stories
/// through <see cref="MonitoringQueries.GetStoriesAsync"/>, so a withdrawn story is gone from all
/// of them with the same save.
/// </summary>
public sealed class EditStoryHandler(AppDbContext db, PlanQueries plans, TimeProvider clock)
{
    public async Task<StoryEditView?> GetAsync(string regionId, int id, CancellationToken ct) =>
        await db.Set<Story>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.RegionId == regionId, ct) is { } s ? StoryEditView.Of(s) : null;

    public async Task<IReadOnlyList<StoryEditView>> ListAsync(string regionId, CancellationToken ct) =>
        (await db.Set<Story>().AsNoTracking().Where(s => s.RegionId == regionId)
            .OrderByDescending(s => s.Date).ThenByDescending(s => s.Id).ToListAsync(ct)).Select(StoryEditView.Of).ToList();

    public async Task<StoryEditView?> HandleAsync(string regionId, int id, EditStoryRequest request, Actor actor, string actorName, CancellationToken ct)
    {
        var region = await plans.GetRegionAsync(regionId, ct);
        if (region is null) return null;
        if (!await StoryPermissions.CanWriteAsync(db, actor, regionId, ct)) throw new NotAllowed("edit.not-allowed");
        var story = await db.Set<Story>().SingleOrDefaultAsync(s => s.Id == id && s.RegionId == regionId, ct);
        if (story is null) return null;
        Guard(story, request.Version);

        var (municipality, keys) = await StoryFields.CheckAsync(db, region, request.MunicipalityCode, request.ResultKeys, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        story.ChangeText(request.Text);
        story.Kind = request.Kind;
        story.Title = StoryFields.Title(request.Title);
        story.Date = request.Date;
        story.Source = request.Source;
        story.MunicipalityCode = municipality;
        if (!keys.SequenceEqual(story.ResultKeys)) story.ResultKeys = keys;
        if (request.ConsentDate is { } consent)
        {
            if (consent != story.ConsentDate) story.RecordConsent(consent, actorName, today);
        }
        else if (story.HasConsent) story.WithdrawConsent();
        story.ChangeVisibility(request.Public ? Visibility.Public : Visibility.Internal);
        await SaveAsync(story, request.Version, ct);
        return StoryEditView.Of(story);
    }

    /// <summary>Consent withdrawn: the story is internal at once and carries no consent any more.</summary>
    public async Task<StoryEditView?> WithdrawAsync(string regionId, int id, int? version, Actor actor, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is null) return null;
        if (!await StoryPermissions.CanWriteAsync(db, actor, regionId, ct)) throw new NotAllowed("edit.not-allowed");
        var story = await db.Set<Story>().SingleOrDefaultAsync(s => s.Id == id && s.RegionId == regionId, ct);
        if (story is null) return null;
        // Withdrawing never waits for a fresh read: taking a story out of view must always work.
        if (version is { } read) Guard(story, read);
        story.WithdrawConsent();
        await SaveAsync(story, version ?? story.Version, ct);
        return StoryEditView.Of(story);
    }

    /// <summary>The version the editor read must still be the stored one, now and at the save.</summary>
    private void Guard(Story story, int readVersion)
    {
        if (readVersion != story.Version)
            throw new EditConflict(((IAudited)story).AuditKey, readVersion, story.Version, StoryEditView.Of(story), null, null);
        db.Entry(story).Property(nameof(Story.Version)).OriginalValue = readVersion;
    }

    private async Task SaveAsync(Story story, int readVersion, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(story).ReloadAsync(ct);
            throw new EditConflict(((IAudited)story).AuditKey, readVersion, story.Version, StoryEditView.Of(story), null, null);
        }
    }
}

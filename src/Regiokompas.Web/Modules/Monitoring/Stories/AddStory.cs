using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Stories;

public sealed class AddStoryRequest
{
    [JsonConverter(typeof(JsonStringEnumConverter<StoryKind>))] public StoryKind Kind { get; init; }
    [MaxLength(300)] public string? Title { get; init; }
    [Required, MaxLength(Story.MaxTextLength)] public string Text { get; init; } = "";
    public DateOnly Date { get; init; }
    [MaxLength(6)] public string? MunicipalityCode { get; init; }
    [JsonConverter(typeof(JsonStringEnumConverter<StorySource>))] public StorySource Source { get; init; }

    /// <summary>When the storyteller agreed to publication; required before it can be public.</summary>
    public DateOnly? ConsentDate { get; init; }
    public bool Public { get; init; }
    public List<string> PillarKeys { get; init; } = [];
    public List<string> ResultKeys { get; init; } = [];
    public List<string> IndicatorCodes { get; init; } = [];
}

public sealed record StoryView(int Id, string Kind, string? Title, string Text, DateOnly Date, string? MunicipalityCode, string Source,
    bool Public, IReadOnlyList<string> PillarKeys, IReadOnlyList<string> ResultKeys, IReadOnlyList<string> IndicatorCodes);

/// <summary>Adds a story, quote or observation. Coordinators and pillar leads collect them.</summary>
public sealed class AddStoryHandler(AppDbContext db, PlanQueries plans, TimeProvider clock)
{
    public async Task<StoryView?> HandleAsync(string regionId, AddStoryRequest request, Actor actor, string actorName, CancellationToken ct)
    {
        var region = await plans.GetRegionAsync(regionId, ct);
        if (region is null) return null;
        // Coordinators of this region and leads of one of its pillars; a pillar lead elsewhere may not.
        if (!await StoryPermissions.CanWriteAsync(db, actor, regionId, ct)) throw new NotAllowed("edit.not-allowed");
        var (municipality, resultKeys) = await StoryFields.CheckAsync(db, region, request.MunicipalityCode, request.ResultKeys, ct);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var story = new Story
        {
            RegionId = regionId, Kind = request.Kind, Title = StoryFields.Title(request.Title), Date = request.Date,
            MunicipalityCode = municipality, Source = request.Source, PillarKeys = request.PillarKeys, ResultKeys = resultKeys,
            IndicatorCodes = request.IndicatorCodes,
        };
        story.ChangeText(request.Text);
        if (request.ConsentDate is { } consent) story.RecordConsent(consent, actorName, today);
        if (request.Public) story.ChangeVisibility(Visibility.Public);
        db.Add(story);
        await db.SaveChangesAsync(ct);
        return MonitoringQueries.ToView(story);
    }
}

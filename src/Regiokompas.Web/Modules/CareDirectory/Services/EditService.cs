using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.CareDirectory.Search;

namespace Regiokompas.Web.Modules.CareDirectory.Services;

/// <summary>What an organisation member may change about its own entry. Version is the one it read.</summary>
public sealed class EditServiceRequest
{
    public int Version { get; set; }
    [Required, StringLength(CareService.MaxNameLength)] public string Name { get; set; } = "";
    [StringLength(CareService.MaxSummaryLength)] public string? Summary { get; set; }
    [StringLength(4000)] public string? Description { get; set; }
    [JsonConverter(typeof(JsonStringEnumConverter<ServiceKind>))] public ServiceKind Kind { get; set; } = ServiceKind.Welfare;
    [JsonConverter(typeof(JsonStringEnumConverter<ServiceStatus>))] public ServiceStatus Status { get; set; } = ServiceStatus.Active;
    public List<string> Themes { get; set; } = [];
    [Range(0, AgeRange.OldestAge)] public int? MinimumAge { get; set; }
    [Range(0, AgeRange.OldestAge)] public int? MaximumAge { get; set; }
    public bool IsFree { get; set; }
    public bool ReferralRequired { get; set; }
    [StringLength(500)] public string? FeesDescription { get; set; }
    [Url, StringLength(500)] public string? Url { get; set; }
    [EmailAddress, StringLength(300)] public string? Email { get; set; }
    /// <summary>Phone, address, municipality and opening hours; null leaves them as they are.</summary>
    public ServiceContactInput? Contact { get; set; }

    /// <summary>Writes the service's own fields (not the contact facts) onto a new or stored entry.</summary>
    public void ApplyTo(CareService service)
    {
        service.Rename(Name);
        service.ChangeSummary(Summary);
        service.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        service.Kind = Kind;
        service.Status = Status;
        service.SetThemes(Themes);
        service.SetAgeRange(MinimumAge, MaximumAge);
        service.IsFree = IsFree;
        service.ReferralRequired = ReferralRequired;
        service.FeesDescription = FeesDescription;
        service.Url = Url;
        service.Email = Email;
    }
}

public sealed record EditServiceResult(int Version, IReadOnlyList<B1Warning> Warnings);

public sealed class EditServiceHandler(AppDbContext db, ICurrentActor actor, SearchIndexSync index, CareDirectoryContent content, TimeProvider clock)
{
    /// <summary>The contact facts the form edits: main phone, first address, service-level hours, municipality.</summary>
    public async Task<ServiceContactInput?> ContactOfAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) is { } service ? ServiceContactInput.From(service) : null;

    private Task<CareService?> LoadAsync(Guid id, CancellationToken ct) =>
        db.Set<CareService>().Include(s => s.Organisation)
            .Include(s => s.Phones).Include(s => s.Schedules).Include(s => s.ServiceAreas)
            .Include(s => s.Locations).ThenInclude(l => l.Location).ThenInclude(l => l!.Addresses)
            .AsSplitQuery().AsTracking().SingleOrDefaultAsync(s => s.Id == id, ct);

    public async Task<EditServiceResult?> HandleAsync(Guid id, EditServiceRequest request, CancellationToken ct)
    {
        var service = await LoadAsync(id, ct);
        if (service is null) return null;
        if (!CareDirectoryPermissions.CanEdit(actor.Actor, service.Organisation!)) throw new NotAllowed("edit.not-allowed");
        if (request.Version != service.Version)
            throw new EditConflict(service.Name, request.Version, service.Version, new { service.Name, service.B1Summary, service.Version }, null, null);

        request.ApplyTo(service);
        if (request.Contact is { } contact)
        {
            var removed = new List<object>();
            contact.ApplyTo(service, removed);
            db.RemoveRange(removed);
        }
        // An owner who edits has looked at the entry: the entry counts as checked today.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        service.Assure(today, null, today);
        service.Unverified = false;
        service.LastModifiedUtc = clock.GetUtcNow().UtcDateTime;
        db.Entry(service).Property(s => s.Version).OriginalValue = request.Version;
        await db.SaveChangesAsync(ct);
        await index.RefreshAsync(id, ct);
        var b1 = content.B1;
        return new EditServiceResult(service.Version, b1.Check(service.B1Summary).Concat(b1.Check(service.Description)).ToList());
    }
}

/// <summary>"Klopt nog": the owner confirms the entry without changing it.</summary>
public sealed class AssureServiceHandler(AppDbContext db, ICurrentActor actor, SearchIndexSync index, TimeProvider clock)
{
    public Task<DateOnly?> HandleAsync(Guid id, CancellationToken ct) => AssureAsync(id, checkActor: true, ct);

    /// <summary>From a signed e-mail link: the link itself is the permission.</summary>
    public Task<DateOnly?> HandleWithLinkAsync(Guid id, CancellationToken ct) => AssureAsync(id, checkActor: false, ct);

    private async Task<DateOnly?> AssureAsync(Guid id, bool checkActor, CancellationToken ct)
    {
        var service = await db.Set<CareService>().Include(s => s.Organisation).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (service is null) return null;
        if (checkActor && !CareDirectoryPermissions.CanEdit(actor.Actor, service.Organisation!)) throw new NotAllowed("edit.not-allowed");
        var now = clock.GetUtcNow().UtcDateTime;
        service.Assure(DateOnly.FromDateTime(now), null, DateOnly.FromDateTime(now));
        service.Unverified = false;
        service.LastModifiedUtc = now;
        await db.SaveChangesAsync(ct);
        await index.RefreshAsync(id, ct);
        return service.AssuredDate;
    }
}

public sealed class ReportErrorRequest
{
    [Required, StringLength(ErrorReport.MaxMessageLength)] public string Message { get; set; } = "";
    [EmailAddress, StringLength(300)] public string? ContactEmail { get; set; }
}

/// <summary>"Meld een fout": stored for the owner, who sees open reports on its overview.</summary>
public sealed class ReportErrorHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<Guid?> HandleAsync(Guid serviceId, ReportErrorRequest request, CancellationToken ct)
    {
        if (!await db.Set<CareService>().AnyAsync(s => s.Id == serviceId, ct)) return null;
        var report = ErrorReport.Create(serviceId, request.Message, request.ContactEmail, clock.GetUtcNow().UtcDateTime);
        db.Add(report);
        await db.SaveChangesAsync(ct);
        return report.Id;
    }

    public Task<int> OpenCountAsync(Guid serviceId, CancellationToken ct) =>
        db.Set<ErrorReport>().CountAsync(r => r.ServiceId == serviceId && r.Status == ErrorReportStatus.Open, ct);
}

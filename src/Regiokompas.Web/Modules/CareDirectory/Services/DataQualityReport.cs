using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.CareDirectory.Seeding;

namespace Regiokompas.Web.Modules.CareDirectory.Services;

public sealed record QualityRow(string Key, string Name, int Services, int AverageScore, int Fresh, int ReminderDue, int Flagged, int Hidden,
    IReadOnlyDictionary<string, int> Issues);

public sealed record QualityOverview(IReadOnlyList<QualityRow> ByOrganisation, IReadOnlyList<QualityRow> ByMunicipality);

/// <summary>Completeness and freshness per organisation and per municipality, from the domain's DataQuality rules.</summary>
public sealed class DataQualityReportHandler(AppDbContext db, FreshnessPolicy freshness, TimeProvider clock)
{
    public async Task<QualityOverview> HandleAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var services = await db.Set<CareService>().AsNoTracking().Where(s => !s.IsDemo)
            .Include(s => s.Organisation).Include(s => s.Phones).Include(s => s.Schedules).Include(s => s.ServiceAreas)
            .Include(s => s.Locations).ThenInclude(l => l.Location).Include(s => s.Locations).ThenInclude(l => l.Schedules)
            .AsSplitQuery().ToListAsync(ct);
        var assessed = services.Select(s => (Service: s, Report: DataQuality.Assess(s, freshness, today), State: s.FreshnessOn(today, freshness))).ToList();

        QualityRow Row(string key, string name, IReadOnlyCollection<(CareService Service, QualityReport Report, Freshness State)> rows) => new(
            key, name, rows.Count, rows.Count == 0 ? 0 : (int)Math.Round(rows.Average(r => r.Report.Score)),
            rows.Count(r => r.State == Freshness.Fresh), rows.Count(r => r.State == Freshness.ReminderDue),
            rows.Count(r => r.State == Freshness.Flagged), rows.Count(r => r.State == Freshness.Hidden),
            rows.SelectMany(r => r.Report.Issues).GroupBy(i => i).ToDictionary(g => g.Key, g => g.Count()));

        var byOrganisation = assessed.GroupBy(a => a.Service.OrganisationId)
            .Select(g => Row(g.Key.ToString(), g.First().Service.Organisation?.Name ?? "?", g.ToList()))
            .OrderBy(r => r.AverageScore).ThenBy(r => r.Name).ToList();
        var byMunicipality = MunicipalityNames.All
            .Select(m => Row(m.Key, m.Value, assessed.Where(a => a.Service.ServiceAreas.Any(x => x.MunicipalityCode == m.Key)).ToList()))
            .OrderBy(r => r.Name).ToList();
        return new QualityOverview(byOrganisation, byMunicipality);
    }
}

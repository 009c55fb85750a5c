using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Monitoring.Import;
using Regiokompas.Web.Modules.Monitoring.Measurements;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Connectors;

/// <summary>
/// Real CBS figures out of the box: Seed/monitoring/cbs-figures.csv (derived by
/// scripts/derive-cbs-figures.py) goes through the normal import and is published, on every start.
/// The same file twice changes nothing, so a restart leaves no trace; a newer file corrects figures
/// like any import (the old value stays in the history).
/// </summary>
public sealed class CbsFiguresSeeder(AppDbContext db, ImportMeasurementsHandler import, PublishMeasurementsHandler publish,
    PlanQueries plans, CbsMappingsHandler mappings, ILogger<CbsFiguresSeeder> log)
{
    /// <summary>Who sent and published the shipped figures; never a demo name, so they are never marked "fictief".</summary>
    public const string ActorName = "CBS (open data, meegeleverd)";

    private static readonly Actor SeedActor = new(ActorName, IsAdministrator: true);

    public static string SeedFile => Path.Combine(AppContext.BaseDirectory, "Seed", "monitoring", "cbs-figures.csv");

    public async Task SeedAsync(CancellationToken ct)
    {
        await mappings.EnsureDefaultsAsync(ct);
        if (!File.Exists(SeedFile)) return;
        var problems = new List<ImportProblem>();
        List<MeasurementRow> rows;
        await using (var file = File.OpenRead(SeedFile)) rows = await LongFormatCsvReader.ReadAllAsync(file, problems, ct);
        var outcome = await import.HandleAsync(rows.ToAsyncEnumerable(), problems, dryRun: false, SeedActor, ActorName, ct);
        if (!outcome.Succeeded)
            throw new InvalidOperationException("The shipped CBS figures do not pass the import rules: " +
                string.Join("; ", outcome.Errors.Take(5).Select(e => $"line {e.Line} {e.Field}: {e.Message}")));
        // The usual start: the file is in already and published, so there is nothing to publish in any region.
        if (!await db.Set<Measurement>().AnyAsync(m => m.State == MeasurementState.Submitted && m.SubmittedBy == ActorName, ct)) return;
        var codes = rows.Select(r => r.Indicator!.Trim().ToLowerInvariant()).Distinct().ToList();
        var published = 0;
        foreach (var region in await plans.GetRegionsAsync(ct))
            published += await publish.HandleAsync(region.Id, new PublishMeasurementsRequest { Indicators = codes, SubmittedBy = ActorName },
                SeedActor, ActorName, ct) ?? 0;
        if (outcome.Imported + published > 0)
            log.LogInformation("Shipped CBS figures: {Imported} imported, {Unchanged} unchanged, {Published} published", outcome.Imported, outcome.Unchanged, published);
    }
}

using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Capacity;

public static class CapacityTestSupport
{
    public const string Region = "ijssel-vecht";
    public const string Provider = "carinova";
    public const string OtherProvider = "dimence";
    /// <summary>Organisations of the test region that may hold places; "isala" and every Flevoland organisation may not.</summary>
    public static readonly string[] Requesters = [Provider, OtherProvider, "ggd-ijsselland"];

    /// <summary>Registers an organisation as requesting organisation (may hold places) in a region; idempotent.</summary>
    public static Task AllowHoldsAsync(this AppFactory factory, string organisation, string region = Region, string? inRegion = null) =>
        factory.WithDbAsync(async db =>
        {
            var org = await db.Organisations.Where(o => o.RegionId == region && o.Key == organisation).Select(o => o.Id).SingleAsync();
            var target = inRegion ?? region;
            if (!await db.Set<RequestingOrganisation>().AnyAsync(x => x.OrganisationId == org && x.RegionId == target))
            {
                db.Add(new RequestingOrganisation { OrganisationId = org, RegionId = target, GrantedAtUtc = DateTime.UtcNow });
                await db.SaveChangesAsync();
            }
            return org;
        });

    /// <summary>A unit of the provider whose last report (received <paramref name="reportedAgo"/> ago) gives the figures.</summary>
    public static Task<Guid> CreateUnitAsync(this AppFactory factory, int open, int occupied = 0, string type = "elv-hoog",
        string organisation = Provider, TimeSpan? reportedAgo = null) =>
        factory.WithDbAsync(async db =>
        {
            foreach (var requester in Requesters) await factory.AllowHoldsAsync(requester);
            var org = await db.Organisations.Where(o => o.RegionId == Region && o.Key == organisation).Select(o => o.Id).SingleAsync();
            var location = await db.Set<CapacityLocation>().SingleOrDefaultAsync(l => l.OrganisationId == org);
            if (location is null)
            {
                location = new CapacityLocation { RegionId = Region, OrganisationId = org, Name = "Testlocatie", MunicipalityCode = "GM0193" };
                db.Add(location);
                await db.SaveChangesAsync();
            }
            var unit = new CapacityUnit
            {
                RegionId = Region, OrganisationId = org, LocationId = location.Id, MunicipalityCode = "GM0193", TypeCode = type,
                Name = $"Testafdeling {Guid.NewGuid():N}"[..24],
            };
            var at = DateTime.UtcNow - (reportedAgo ?? TimeSpan.FromMinutes(10));
            db.Add(unit);
            db.Add(unit.Report(new ReportFigures(open, occupied, 0), ReportSource.Form, "test", at, at).Report);
            await db.SaveChangesAsync();
            return unit.Id;
        });

    public static object HoldBody(Guid unitId, string? key = null, string patient = "TP-2026-0001", string urgency = "urgent") => new
    {
        unitId,
        idempotencyKey = key ?? Guid.NewGuid().ToString("N"),
        patientReference = patient,
        urgency,
        expectedArrival = DateTime.UtcNow.AddHours(3),
    };
}

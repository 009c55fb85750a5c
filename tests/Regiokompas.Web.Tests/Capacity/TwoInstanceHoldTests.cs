using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Domain.Capacity;
using Regiokompas.Web.Tests.Infrastructure;
using static Regiokompas.Web.Tests.Capacity.CapacityTestSupport;

namespace Regiokompas.Web.Tests.Capacity;

/// <summary>A second app instance on the database of a first one, as behind a load balancer.</summary>
public sealed class SecondInstanceFactory(string connectionString) : AppFactory
{
    public override string Provider => "Postgres";
    protected override string ConnectionString => connectionString;
}

public sealed class TwoInstanceHoldTests(PostgresAppFactory first) : IClassFixture<PostgresAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fifty_parallel_holds_across_two_instances_on_one_postgres_give_exactly_one_hold()
    {
        var connection = first.Services.GetRequiredService<IConfiguration>().GetConnectionString("Regiokompas")!;
        await using var second = new SecondInstanceFactory(connection);
        await second.InitializeAsync();
        var unit = await first.CreateUnitAsync(open: 2, occupied: 1);
        var clients = new[] { await first.TokenClientAsync(Region, OtherProvider), await second.TokenClientAsync(Region, OtherProvider) };

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            clients[i % 2].PostAsJsonAsync("/api/v1/reservations", HoldBody(unit, patient: $"TP-{i:0000}"), Ct)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(49);
        (await first.WithDbAsync(db => db.Set<Reservation>().CountAsync(r => r.UnitId == unit, Ct))).ShouldBe(1);
        var reports = await first.WithDbAsync(db => db.Set<AvailabilityReport>().Where(r => r.UnitId == unit)
            .Select(r => new { r.UnitId, r.AsOfUtc, r.ReceivedAtUtc, r.Open, r.Occupied, r.Blocked }).ToListAsync(Ct));
        var reservations = await first.WithDbAsync(db => db.Set<Reservation>().Where(r => r.UnitId == unit).ToListAsync(Ct));
        CapacityInvariants.Check(reports.Select(r => new ReportPoint(r.UnitId, r.AsOfUtc, r.ReceivedAtUtc, r.Open - r.Occupied - r.Blocked)), reservations)
            .ShouldBeEmpty();
    }
}

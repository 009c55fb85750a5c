using Regiokompas.Domain.Capacity;
using static Regiokompas.Domain.Tests.Capacity.CapacityTestData;

namespace Regiokompas.Domain.Tests.Capacity;

public class InvariantTests
{
    private readonly CapacityType _type = ElvHigh();

    [Fact]
    public void History_made_through_the_domain_has_no_violations()
    {
        var unit = Unit(open: 2, reportedAt: Now.AddHours(-1));
        var reports = new List<ReportPoint> { new(unit.Id, Now.AddHours(-1), Now.AddHours(-1), 2) };
        var a = unit.Hold(Request("a", "TP-0001"), _type, Now);
        var b = unit.Hold(Request("b", "TP-0002"), _type, Now.AddMinutes(1));
        a.ExpireIfDue(Now.AddMinutes(61));
        var c = unit.Hold(Request("c", "TP-0003"), _type, Now.AddMinutes(61));
        b.Confirm(Now.AddMinutes(5));
        b.Arrive(Now.AddMinutes(90));
        reports.Add(ReportPoint.From(unit.Report(new ReportFigures(2, 1, 0), ReportSource.Form, "x", Now.AddMinutes(100), Now.AddMinutes(100)).Report));
        c.Release(Now.AddMinutes(110));
        unit.Hold(Request("d", "TP-0004"), _type, Now.AddMinutes(120));

        CapacityInvariants.Check(reports, unit.Reservations).ShouldBeEmpty();
    }

    [Fact]
    public void Two_overlapping_holds_on_one_place_are_an_overbooking()
    {
        // Two units that each think they have the place: merge their histories as if one.
        var first = Unit(open: 1);
        var second = new CapacityUnit { Id = first.Id, RegionId = "r", MunicipalityCode = "GM0193", TypeCode = "elv-hoog", Name = "kopie" };
        second.Report(new ReportFigures(1, 0, 0), ReportSource.Form, "x", Now.AddHours(-1), Now.AddHours(-1));
        var a = first.Hold(Request("a", "TP-0001"), _type, Now);
        var b = second.Hold(Request("b", "TP-0002"), _type, Now.AddMinutes(10));
        var reports = new[] { new ReportPoint(first.Id, Now.AddHours(-1), Now.AddHours(-1), 1) };

        var violations = CapacityInvariants.Check(reports, [a, b]);

        violations.Count.ShouldBe(1);
        violations[0].Code.ShouldBe("overbooked");
        violations[0].ReservationId.ShouldBe(b.Id);
        violations[0].AtUtc.ShouldBe(Now.AddMinutes(10));
    }

    [Fact]
    public void Hold_after_the_earlier_one_expired_is_fine()
    {
        var first = Unit(open: 1);
        var second = new CapacityUnit { Id = first.Id, RegionId = "r", MunicipalityCode = "GM0193", TypeCode = "elv-hoog", Name = "kopie" };
        second.Report(new ReportFigures(1, 0, 0), ReportSource.Form, "x", Now.AddHours(-1), Now.AddHours(-1));
        var a = first.Hold(Request("a", "TP-0001"), _type, Now);
        var b = second.Hold(Request("b", "TP-0002"), _type, Now.AddMinutes(60)); // a expires at exactly this moment
        var reports = new[] { new ReportPoint(first.Id, Now.AddHours(-1), Now.AddHours(-1), 1) };

        CapacityInvariants.Check(reports, [a, b]).ShouldBeEmpty();
    }

    [Fact]
    public void Hold_before_any_report_is_an_overbooking()
    {
        var unit = Unit(open: 1);
        var a = unit.Hold(Request(), _type, Now);
        CapacityInvariants.Check([], [a]).Single().Code.ShouldBe("overbooked");
    }

    [Fact]
    public void Lower_report_after_the_hold_is_a_conflict_not_an_overbooking()
    {
        var unit = Unit(open: 1);
        var a = unit.Hold(Request(), _type, Now);
        a.Confirm(Now);
        var reports = new[]
        {
            new ReportPoint(unit.Id, Now.AddHours(-1), Now.AddHours(-1), 1),
            new ReportPoint(unit.Id, Now.AddMinutes(5), Now.AddMinutes(5), 0),
        };
        CapacityInvariants.Check(reports, [a]).ShouldBeEmpty();
    }

    [Fact]
    public void Duplicate_idempotency_keys_are_reported()
    {
        var one = Unit(open: 1);
        var two = Unit(open: 1);
        var reports = new[] { new ReportPoint(one.Id, Now.AddHours(-1), Now.AddHours(-1), 1), new ReportPoint(two.Id, Now.AddHours(-1), Now.AddHours(-1), 1) };
        var violations = CapacityInvariants.Check(reports, [one.Hold(Request("k"), _type, Now), two.Hold(Request("k"), _type, Now)]);
        violations.Single().Code.ShouldBe("duplicate-idempotency-key");
    }
}

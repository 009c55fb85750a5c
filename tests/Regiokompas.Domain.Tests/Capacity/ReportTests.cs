using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Common;
using static Regiokompas.Domain.Tests.Capacity.CapacityTestData;

namespace Regiokompas.Domain.Tests.Capacity;

public class ReportTests
{
    [Fact]
    public void Report_keeps_its_figures_on_the_unit_and_returns_an_append_only_record()
    {
        var unit = Unit(open: 10, occupied: 4, blocked: 1);
        var outcome = unit.Report(new ReportFigures(12, 5, 2, "Lekkage", ExpectedExtra24h: 1, ExpectedExtra72h: 3),
            ReportSource.Api, "epd-koppeling", Now.AddMinutes(-2), Now);

        outcome.Conflict.ShouldBeFalse();
        outcome.Report.Open.ShouldBe(12);
        outcome.Report.Bookable.ShouldBe(5);
        outcome.Report.AsOfUtc.ShouldBe(Now.AddMinutes(-2));
        outcome.Report.ReceivedAtUtc.ShouldBe(Now);
        outcome.Report.Source.ShouldBe(ReportSource.Api);
        unit.Open.ShouldBe(12);
        unit.Blocked.ShouldBe(2);
        unit.BlockedReason.ShouldBe("Lekkage");
        unit.LastReportAtUtc.ShouldBe(Now.AddMinutes(-2));
        unit.ExpectedExtra72h.ShouldBe(3);
    }

    [Theory]
    [InlineData(5, 4, 2, null, "capacity.report-exceeds-open")]
    [InlineData(-1, 0, 0, null, "capacity.report-figure-out-of-range")]
    [InlineData(5, 0, 1, null, "capacity.blocked-needs-reason")]
    [InlineData(5, 0, 1, "  ", "capacity.blocked-needs-reason")]
    public void Report_with_impossible_figures_is_refused(int open, int occupied, int blocked, string? reason, string code)
    {
        var unit = Unit(open: 3);
        Should.Throw<RuleViolation>(() => unit.Report(new ReportFigures(open, occupied, blocked, reason), ReportSource.Form, "x", Now, Now))
            .Code.ShouldBe(code);
        unit.Open.ShouldBe(3);
    }

    [Fact]
    public void Admission_stop_needs_a_reason_and_ends_at_its_until_time()
    {
        var unit = Unit(open: 3);
        Should.Throw<RuleViolation>(() => unit.Report(new ReportFigures(3, 0, 0, AcceptingAdmissions: false), ReportSource.Form, "x", Now, Now))
            .Code.ShouldBe("capacity.admission-stop-needs-reason");

        unit.Report(new ReportFigures(3, 0, 0, AcceptingAdmissions: false, AdmissionStopReason: "Norovirus",
            AdmissionStopUntilUtc: Now.AddHours(6)), ReportSource.Form, "x", Now, Now);
        unit.AcceptsAdmissionsAt(Now.AddHours(1)).ShouldBeFalse();
        unit.Availability(ElvHigh(), Now.AddHours(1)).Reservable.ShouldBe(0);
        unit.AcceptsAdmissionsAt(Now.AddHours(6)).ShouldBeTrue();
    }

    [Fact]
    public void Expected_72h_cannot_be_below_expected_24h()
    {
        Should.Throw<RuleViolation>(() => new ReportFigures(3, 0, 0, ExpectedExtra24h: 2, ExpectedExtra72h: 1).Validate())
            .Code.ShouldBe("capacity.expected-72h-below-24h");
    }

    [Fact]
    public void Reports_must_arrive_in_time_order_and_not_from_the_future()
    {
        var unit = Unit(open: 3, reportedAt: Now.AddHours(-1));
        Should.Throw<RuleViolation>(() => unit.Report(new ReportFigures(3, 1, 0), ReportSource.File, "x", Now.AddHours(-2), Now))
            .Code.ShouldBe("capacity.report-out-of-order");
        Should.Throw<RuleViolation>(() => unit.Report(new ReportFigures(3, 1, 0), ReportSource.File, "x", Now.AddMinutes(10), Now))
            .Code.ShouldBe("capacity.report-in-future");
    }

    [Fact]
    public void Unchanged_confirmation_copies_the_figures_with_a_fresh_time()
    {
        var unit = Unit(open: 8, occupied: 5, blocked: 1, reportedAt: Now.AddHours(-20));
        unit.IsStale(ElvHigh(), Now).ShouldBeTrue();

        var outcome = unit.ConfirmUnchanged(ReportSource.Form, "planner", Now);

        outcome.Report.Unchanged.ShouldBeTrue();
        outcome.Report.Open.ShouldBe(8);
        outcome.Report.Occupied.ShouldBe(5);
        outcome.Report.Blocked.ShouldBe(1);
        outcome.Report.BlockedReason.ShouldBe("Personeelstekort");
        outcome.Report.AsOfUtc.ShouldBe(Now);
        unit.IsStale(ElvHigh(), Now).ShouldBeFalse();
    }

    [Fact]
    public void Unchanged_needs_an_earlier_report()
    {
        var unit = new CapacityUnit { RegionId = "r", MunicipalityCode = "GM0193", TypeCode = "elv-hoog", Name = "Nieuw" };
        Should.Throw<RuleViolation>(() => unit.ConfirmUnchanged(ReportSource.Form, "x", Now)).Code.ShouldBe("capacity.nothing-to-confirm");
    }

    [Fact]
    public void Report_below_live_reservations_is_accepted_and_flagged_as_conflict()
    {
        var type = ElvHigh();
        var unit = Unit(open: 4, occupied: 1);
        unit.Hold(Request("a", "TP-0001"), type, Now).Confirm(Now);
        unit.Hold(Request("b", "TP-0002"), type, Now);

        var outcome = unit.Report(new ReportFigures(4, 3, 0), ReportSource.Form, "planner", Now.AddMinutes(1), Now.AddMinutes(1));

        outcome.Conflict.ShouldBeTrue();
        outcome.LiveReservations.ShouldBe(2);
        outcome.Bookable.ShouldBe(1);
        unit.HasConflict.ShouldBeTrue();
        unit.Open.ShouldBe(4);
        var availability = unit.Availability(type, Now.AddMinutes(1));
        availability.Free.ShouldBe(0);
        availability.Overbooked.ShouldBe(1);

        unit.Report(new ReportFigures(5, 3, 0), ReportSource.Form, "planner", Now.AddMinutes(2), Now.AddMinutes(2));
        unit.HasConflict.ShouldBeFalse();
    }

    [Fact]
    public void Every_report_bumps_the_unit_version()
    {
        var unit = Unit(open: 4);
        var before = unit.Version;
        unit.ConfirmUnchanged(ReportSource.Form, "x", Now);
        unit.Version.ShouldBe(before + 1);
    }

    [Fact]
    public void Default_types_cover_the_places_the_plans_name()
    {
        var types = CapacityType.Defaults();
        types.Select(t => t.Code).ShouldBe(["elv-laag", "elv-hoog", "elv-palliatief", "respijtzorg", "wlz-opname", "ggz-intake", "wijkverpleging-intake"]);
        types.Single(t => t.Code == "ggz-intake").Kind.ShouldBe(CapacityKind.TimeSlot);
        types.Single(t => t.Code == "wijkverpleging-intake").Kind.ShouldBe(CapacityKind.WeeklyThroughput);
        types.ShouldAllBe(t => t.HoldMinutes > 0 && t.FreshnessMinutes > 0);
    }

    [Theory]
    [InlineData(4, 60, 0, "capacity.freshness-out-of-range")]
    [InlineData(60, 4, 0, "capacity.hold-time-out-of-range")]
    [InlineData(60, 60, -1, "capacity.grace-out-of-range")]
    public void Type_rules_stay_within_sensible_bounds(int freshness, int hold, int grace, string code)
    {
        Should.Throw<RuleViolation>(() => ElvHigh().ChangeRules(freshness, hold, grace)).Code.ShouldBe(code);
    }
}

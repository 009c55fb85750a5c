using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Common;
using static Regiokompas.Domain.Tests.Capacity.CapacityTestData;

namespace Regiokompas.Domain.Tests.Capacity;

public class ReservationTests
{
    private readonly CapacityType _type = ElvHigh();

    [Fact]
    public void Available_is_open_minus_occupied_blocked_holds_and_confirmed()
    {
        var unit = Unit(open: 10, occupied: 4, blocked: 1);
        unit.Hold(Request("a", "TP-0001"), _type, Now);
        unit.Hold(Request("b", "TP-0002"), _type, Now).Confirm(Now);

        var a = unit.Availability(_type, Now);
        a.ActiveHolds.ShouldBe(1);
        a.ConfirmedNotArrived.ShouldBe(1);
        a.Free.ShouldBe(10 - 4 - 1 - 1 - 1);
        a.Reservable.ShouldBe(3);
        a.Stale.ShouldBeFalse();
        a.Age.ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Hold_gets_the_type_hold_time_and_takes_one_place()
    {
        var unit = Unit(open: 2);
        var r = unit.Hold(Request(), _type, Now);
        r.Status.ShouldBe(ReservationStatus.Held);
        r.ExpiresAtUtc.ShouldBe(Now.AddMinutes(60));
        r.UnitId.ShouldBe(unit.Id);
        r.TypeCode.ShouldBe("elv-hoog");
        unit.Availability(_type, Now).Free.ShouldBe(1);
    }

    [Fact]
    public void Hold_fails_when_nothing_is_free()
    {
        var unit = Unit(open: 3, occupied: 2);
        unit.Hold(Request("a", "TP-0001"), _type, Now);
        var before = unit.Version;
        Should.Throw<RuleViolation>(() => unit.Hold(Request("b", "TP-0002"), _type, Now)).Code.ShouldBe("capacity.no-free-place");
        unit.Reservations.Count.ShouldBe(1);
        unit.Version.ShouldBe(before);
    }

    [Fact]
    public void Same_idempotency_key_returns_the_same_hold_and_takes_no_second_place()
    {
        var unit = Unit(open: 5);
        var first = unit.Hold(Request("same"), _type, Now);
        var second = unit.Hold(Request("same"), _type, Now.AddSeconds(3));
        second.ShouldBeSameAs(first);
        unit.Reservations.Count.ShouldBe(1);
        unit.Availability(_type, Now).Free.ShouldBe(4);
    }

    [Fact]
    public void Same_idempotency_key_with_another_patient_is_refused()
    {
        var unit = Unit(open: 5);
        unit.Hold(Request("same", "TP-0001"), _type, Now);
        Should.Throw<RuleViolation>(() => unit.Hold(Request("same", "TP-0099"), _type, Now)).Code.ShouldBe("capacity.idempotency-key-reused");
    }

    [Fact]
    public void Idempotent_retry_succeeds_even_when_the_unit_has_since_filled()
    {
        var unit = Unit(open: 1);
        var first = unit.Hold(Request("k"), _type, Now);
        unit.Hold(Request("k"), _type, Now).ShouldBeSameAs(first);
    }

    [Fact]
    public void Stale_unit_cannot_be_reserved_without_provider_confirmation()
    {
        var unit = Unit(open: 3, reportedAt: Now.AddHours(-13));
        unit.Availability(_type, Now).Stale.ShouldBeTrue();
        unit.Availability(_type, Now).Reservable.ShouldBe(0);
        unit.Availability(_type, Now).Free.ShouldBe(3);
        Should.Throw<RuleViolation>(() => unit.Hold(Request(), _type, Now)).Code.ShouldBe("capacity.unit-stale");
        unit.Hold(Request(), _type, Now, providerConfirmedStale: true).Status.ShouldBe(ReservationStatus.Held);
    }

    [Fact]
    public void Freshness_limit_is_inclusive()
    {
        var unit = Unit(open: 3, reportedAt: Now.AddHours(-12));
        unit.IsStale(_type, Now).ShouldBeFalse();
        unit.IsStale(_type, Now.AddSeconds(1)).ShouldBeTrue();
    }

    [Fact]
    public void Admission_stop_and_inactive_unit_refuse_holds()
    {
        var unit = Unit(open: 3);
        unit.Report(new ReportFigures(3, 0, 0, AcceptingAdmissions: false, AdmissionStopReason: "Uitbraak"), ReportSource.Form, "x", Now, Now);
        Should.Throw<RuleViolation>(() => unit.Hold(Request(), _type, Now)).Code.ShouldBe("capacity.admission-stop");

        var other = Unit(open: 3);
        other.Active = false;
        Should.Throw<RuleViolation>(() => other.Hold(Request(), _type, Now)).Code.ShouldBe("capacity.unit-inactive");
    }

    [Theory]
    [InlineData("Jan Jansen")]
    [InlineData("abcd")]
    [InlineData("12")]
    [InlineData("")]
    public void Patient_reference_must_be_a_pseudonym_not_a_name(string reference)
    {
        Should.Throw<RuleViolation>(() => Unit(open: 3).Hold(Request(patient: reference), _type, Now))
            .Code.ShouldBe("capacity.patient-reference-invalid");
    }

    [Fact]
    public void Arrival_must_be_within_sensible_time()
    {
        Should.Throw<RuleViolation>(() => Unit(open: 3).Hold(Request(arrival: Now.AddHours(-2)), _type, Now)).Code.ShouldBe("capacity.arrival-in-past");
        Should.Throw<RuleViolation>(() => Unit(open: 3).Hold(Request(arrival: Now.AddDays(61)), _type, Now)).Code.ShouldBe("capacity.arrival-too-far");
    }

    [Fact]
    public void Expired_hold_returns_its_place_even_before_the_background_job_runs()
    {
        var unit = Unit(open: 1);
        var r = unit.Hold(Request(), _type, Now);
        unit.Availability(_type, Now.AddMinutes(59)).Free.ShouldBe(0);
        unit.Availability(_type, Now.AddMinutes(60)).Free.ShouldBe(1);

        Should.Throw<RuleViolation>(() => r.Confirm(Now.AddMinutes(60))).Code.ShouldBe("capacity.hold-expired");
        r.ExpireIfDue(Now.AddMinutes(59)).ShouldBeFalse();
        r.ExpireIfDue(Now.AddMinutes(61)).ShouldBeTrue();
        r.Status.ShouldBe(ReservationStatus.Expired);
        r.EndedAtUtc.ShouldBe(Now.AddMinutes(60));
        r.ExpireIfDue(Now.AddMinutes(62)).ShouldBeFalse();
    }

    [Fact]
    public void Confirmed_place_never_expires()
    {
        var unit = Unit(open: 1);
        var r = unit.Hold(Request(), _type, Now);
        r.Confirm(Now.AddMinutes(30));
        r.ExpireIfDue(Now.AddHours(3)).ShouldBeFalse();
        unit.Availability(_type, Now.AddHours(3)).ConfirmedNotArrived.ShouldBe(1);
        unit.Availability(_type, Now.AddHours(3)).Free.ShouldBe(0);
    }

    [Fact]
    public void Full_path_held_confirmed_arrived()
    {
        var unit = Unit(open: 2);
        var r = unit.Hold(Request(), _type, Now);
        r.Confirm(Now.AddMinutes(5));
        r.Confirm(Now.AddMinutes(6)); // repeat is harmless
        r.ConfirmedAtUtc.ShouldBe(Now.AddMinutes(5));
        r.Arrive(Now.AddHours(4));
        r.Status.ShouldBe(ReservationStatus.Arrived);
        r.ArrivedAtUtc.ShouldBe(Now.AddHours(4));
        r.IsFinal.ShouldBeTrue();
    }

    [Fact]
    public void Arrived_patient_counts_as_taken_until_the_next_report_includes_them()
    {
        var unit = Unit(open: 2);
        var r = unit.Hold(Request(), _type, Now);
        r.Confirm(Now);
        r.Arrive(Now.AddHours(1));
        unit.Availability(_type, Now.AddHours(2)).ArrivedSinceReport.ShouldBe(1);
        unit.Availability(_type, Now.AddHours(2)).Free.ShouldBe(1);

        unit.Report(new ReportFigures(2, 1, 0), ReportSource.Form, "x", Now.AddHours(3), Now.AddHours(3));
        unit.Availability(_type, Now.AddHours(3)).ArrivedSinceReport.ShouldBe(0);
        unit.Availability(_type, Now.AddHours(3)).Free.ShouldBe(1);
        unit.HasConflict.ShouldBeFalse();
    }

    [Theory]
    [InlineData("confirm")]
    [InlineData("arrive")]
    [InlineData("release")]
    [InlineData("cancel")]
    public void Final_states_accept_no_further_transitions(string action)
    {
        var r = Unit(open: 1).Hold(Request(), _type, Now);
        r.Decline("Geen passende zorg", Now);
        var e = Should.Throw<RuleViolation>(() =>
        {
            switch (action)
            {
                case "confirm": r.Confirm(Now); break;
                case "arrive": r.Arrive(Now); break;
                case "release": r.Release(Now); break;
                case "cancel": r.Cancel("reden", Now); break;
            }
        });
        e.Code.ShouldBe("capacity.reservation-transition-not-allowed");
        r.Status.ShouldBe(ReservationStatus.Declined);
    }

    [Fact]
    public void Arrive_requires_confirmation_first()
    {
        var r = Unit(open: 1).Hold(Request(), _type, Now);
        Should.Throw<RuleViolation>(() => r.Arrive(Now)).Code.ShouldBe("capacity.reservation-transition-not-allowed");
    }

    [Fact]
    public void Release_and_cancel_give_the_place_back()
    {
        var unit = Unit(open: 2);
        var a = unit.Hold(Request("a", "TP-0001"), _type, Now);
        var b = unit.Hold(Request("b", "TP-0002"), _type, Now);
        b.Confirm(Now);
        unit.Availability(_type, Now).Free.ShouldBe(0);

        a.Release(Now.AddMinutes(1));
        Should.Throw<RuleViolation>(() => b.Cancel(" ", Now)).Code.ShouldBe("capacity.cancel-needs-reason");
        b.Cancel("Patiënt gaat naar huis", Now.AddMinutes(2));

        a.Status.ShouldBe(ReservationStatus.Released);
        b.Status.ShouldBe(ReservationStatus.Cancelled);
        b.EndReason.ShouldBe("Patiënt gaat naar huis");
        b.EndedAtUtc.ShouldBe(Now.AddMinutes(2));
        unit.Availability(_type, Now.AddMinutes(2)).Free.ShouldBe(2);
    }

    [Fact]
    public void No_show_only_after_expected_arrival_plus_grace()
    {
        var r = Unit(open: 1).Hold(Request(arrival: Now.AddHours(2)), _type, Now);
        r.Confirm(Now);
        r.MarkNoShowIfDue(_type, Now.AddHours(6)).ShouldBeFalse(); // exactly arrival + 4 h grace
        r.MarkNoShowIfDue(_type, Now.AddHours(6).AddMinutes(1)).ShouldBeTrue();
        r.Status.ShouldBe(ReservationStatus.NoShow);
    }

    [Fact]
    public void Held_but_unconfirmed_is_never_a_no_show()
    {
        var r = Unit(open: 1).Hold(Request(arrival: Now), _type, Now);
        r.MarkNoShowIfDue(_type, Now.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void Waiting_request_is_promoted_to_a_hold_with_fresh_expiry()
    {
        var unit = Unit(open: 1);
        var waiting = Reservation.Requested(unit, Request(), Now);
        waiting.Status.ShouldBe(ReservationStatus.Requested);
        waiting.IsLive(Now, unit.LastReportAtUtc).ShouldBeFalse();
        waiting.Promote(Now.AddMinutes(10), _type);
        waiting.Status.ShouldBe(ReservationStatus.Held);
        waiting.ExpiresAtUtc.ShouldBe(Now.AddMinutes(70));
    }

    [Fact]
    public void Waiting_list_orders_by_urgency_then_time_and_ignores_others()
    {
        var unit = Unit(open: 1);
        var planned = Reservation.Requested(unit, Request("1", "TP-0001", Urgency.Planned), Now);
        var acuteLate = Reservation.Requested(unit, Request("2", "TP-0002", Urgency.Acute), Now.AddMinutes(5));
        var acuteEarly = Reservation.Requested(unit, Request("3", "TP-0003", Urgency.Acute), Now.AddMinutes(1));
        var held = unit.Hold(Request("4", "TP-0004", Urgency.Acute), _type, Now);

        WaitingList.Order([planned, acuteLate, held, acuteEarly]).ShouldBe([acuteEarly, acuteLate, planned]);
    }

    [Fact]
    public void Urgent_request_never_takes_away_a_confirmed_place()
    {
        var unit = Unit(open: 1);
        unit.Hold(Request("planned", "TP-0001", Urgency.Planned), _type, Now).Confirm(Now);
        Should.Throw<RuleViolation>(() => unit.Hold(Request("acute", "TP-0002", Urgency.Acute), _type, Now))
            .Code.ShouldBe("capacity.no-free-place");
        unit.Reservations.Single().Status.ShouldBe(ReservationStatus.Confirmed);
    }
}

public class WaitingListTests
{
    private readonly CapacityType _type = ElvHigh();

    [Fact]
    public void Freed_place_goes_to_the_most_urgent_waiting_request()
    {
        var unit = Unit(open: 1);
        var holder = unit.Hold(Request("h", "TP-0001"), _type, Now);
        var planned = unit.Request(Request("p", "TP-0002", Urgency.Planned), _type, Now.AddMinutes(1));
        var acute = unit.Request(Request("a", "TP-0003", Urgency.Acute), _type, Now.AddMinutes(2));
        unit.PromoteWaiting(_type, Now.AddMinutes(3)).ShouldBeEmpty(); // nothing free yet

        holder.Release(Now.AddMinutes(5));
        var promoted = unit.PromoteWaiting(_type, Now.AddMinutes(5));

        promoted.ShouldBe([acute]);
        acute.Status.ShouldBe(ReservationStatus.Held);
        acute.ExpiresAtUtc.ShouldBe(Now.AddMinutes(65));
        planned.Status.ShouldBe(ReservationStatus.Requested);
        unit.Availability(_type, Now.AddMinutes(5)).Free.ShouldBe(0);
    }

    [Fact]
    public void Promoted_hold_is_marked_as_from_the_waiting_list_and_a_direct_hold_is_not()
    {
        var unit = Unit(open: 1);
        var holder = unit.Hold(Request("h", "TP-0001"), _type, Now);
        var waiting = unit.Request(Request("w", "TP-0002"), _type, Now.AddMinutes(1));
        holder.WasPromoted.ShouldBeFalse();
        waiting.WasPromoted.ShouldBeFalse();

        holder.Release(Now.AddMinutes(4));
        unit.PromoteWaiting(_type, Now.AddMinutes(4));

        waiting.WasPromoted.ShouldBeTrue();
    }

    [Fact]
    public void Withdraw_takes_a_waiting_request_off_the_list_but_not_a_hold()
    {
        var unit = Unit(open: 1);
        var holder = unit.Hold(Request("h", "TP-0001"), _type, Now);
        var waiting = unit.Request(Request("w", "TP-0002"), _type, Now);

        waiting.Withdraw(Now.AddMinutes(2));
        waiting.Withdraw(Now.AddMinutes(3)); // twice is still one withdrawal

        waiting.Status.ShouldBe(ReservationStatus.Cancelled);
        waiting.EndReason.ShouldBe(Reservation.WithdrawnReason);
        waiting.EndedAtUtc.ShouldBe(Now.AddMinutes(2));
        Should.Throw<RuleViolation>(() => holder.Withdraw(Now)).Code.ShouldBe("capacity.reservation-transition-not-allowed");
        holder.Release(Now.AddMinutes(5));
        unit.PromoteWaiting(_type, Now.AddMinutes(5)).ShouldBeEmpty(); // the withdrawn request gets nothing
    }

    [Fact]
    public void Waiting_requests_are_not_promoted_on_a_stale_or_closed_unit()
    {
        var unit = Unit(open: 2, reportedAt: Now.AddHours(-13));
        unit.Request(Request("w", "TP-0004"), _type, Now);
        unit.PromoteWaiting(_type, Now).ShouldBeEmpty();
        unit.ConfirmUnchanged(ReportSource.Form, "x", Now);
        unit.PromoteWaiting(_type, Now).Count.ShouldBe(1);
    }

    [Fact]
    public void Same_key_on_the_waiting_list_returns_the_same_request()
    {
        var unit = Unit(open: 0);
        var first = unit.Request(Request("same"), _type, Now);
        unit.Request(Request("same"), _type, Now).ShouldBeSameAs(first);
        unit.Reservations.Count.ShouldBe(1);
    }
}

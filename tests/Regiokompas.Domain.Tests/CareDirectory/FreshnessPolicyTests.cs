using Regiokompas.Domain.CareDirectory;
using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Tests.CareDirectory;

public class FreshnessPolicyTests
{
    private static readonly DateOnly Assured = new(2025, 1, 15);

    [Theory]
    [InlineData("2025-01-15", Freshness.Fresh)]
    [InlineData("2025-12-14", Freshness.Fresh)]
    [InlineData("2025-12-15", Freshness.ReminderDue)]
    [InlineData("2026-01-14", Freshness.ReminderDue)]
    [InlineData("2026-01-15", Freshness.Flagged)]
    [InlineData("2026-07-14", Freshness.Flagged)]
    [InlineData("2026-07-15", Freshness.Hidden)]
    [InlineData("2030-01-01", Freshness.Hidden)]
    public void Default_policy_reminds_at_11_flags_at_12_and_hides_at_18_months(string today, Freshness expected) =>
        FreshnessPolicy.Default.Evaluate(Assured, DateOnly.Parse(today)).ShouldBe(expected);

    [Fact]
    public void Never_checked_entry_is_flagged_but_still_visible()
    {
        FreshnessPolicy.Default.Evaluate(null, new DateOnly(2026, 1, 1)).ShouldBe(Freshness.Flagged);
        FreshnessPolicy.Default.IsVisibleToResidents(null, new DateOnly(2026, 1, 1)).ShouldBeTrue();
    }

    [Fact]
    public void Configured_policy_uses_its_own_months()
    {
        var policy = new FreshnessPolicy(5, 6, 9);
        policy.Evaluate(Assured, new DateOnly(2025, 6, 15)).ShouldBe(Freshness.ReminderDue);
        policy.Evaluate(Assured, new DateOnly(2025, 7, 15)).ShouldBe(Freshness.Flagged);
        policy.Evaluate(Assured, new DateOnly(2025, 10, 15)).ShouldBe(Freshness.Hidden);
    }

    [Theory]
    [InlineData(0, 12, 18)]
    [InlineData(13, 12, 18)]
    [InlineData(11, 19, 18)]
    public void Policy_months_must_be_in_order(int reminder, int flag, int hide) =>
        Should.Throw<RuleViolation>(() => new FreshnessPolicy(reminder, flag, hide)).Code.ShouldBe("caredirectory.freshness-policy-invalid");

    [Theory]
    [InlineData("2026-02-28")]
    [InlineData("2026-03-31")]
    [InlineData("2024-02-29")]
    [InlineData("2026-07-15")]
    public void Sql_cut_off_agrees_with_evaluate_around_month_ends(string todayText)
    {
        var today = DateOnly.Parse(todayText);
        var cutOff = FreshnessPolicy.Default.HiddenIfAssuredOnOrBefore(today);
        for (var assured = cutOff.AddDays(-5); assured <= cutOff.AddDays(5); assured = assured.AddDays(1))
            (FreshnessPolicy.Default.Evaluate(assured, today) == Freshness.Hidden).ShouldBe(assured <= cutOff, $"assured {assured}");
    }

    [Fact]
    public void Assure_restarts_the_clock_but_not_backwards_or_into_the_future()
    {
        var service = new CareService { Name = "Inloop" };
        var today = new DateOnly(2026, 3, 1);
        service.Assure(new DateOnly(2026, 2, 1), "a@b.nl", today);
        service.AssuredDate.ShouldBe(new DateOnly(2026, 2, 1));
        service.Assure(new DateOnly(2025, 2, 1), "c@d.nl", today);
        service.AssuredDate.ShouldBe(new DateOnly(2026, 2, 1));
        service.AssurerEmail.ShouldBe("a@b.nl");
        Should.Throw<RuleViolation>(() => service.Assure(new DateOnly(2026, 3, 2), null, today)).Code.ShouldBe("caredirectory.assured-date-in-future");
        service.FreshnessOn(new DateOnly(2027, 8, 1), FreshnessPolicy.Default).ShouldBe(Freshness.Hidden);
    }
}

using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Domain.Tests.Monitoring;

public class SmallCountSuppressionTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(120, false)]
    public void Counts_from_one_below_the_default_threshold_of_five_are_hidden(double count, bool hidden)
    {
        var shown = new SmallCountSuppression().Apply(new("GM0193", count, count));
        shown.IsHidden.ShouldBe(hidden);
        shown.Value.ShouldBe(hidden ? null : count);
    }

    [Fact]
    public void The_threshold_is_configurable()
    {
        var suppression = new SmallCountSuppression(10);
        suppression.Apply(new("a", 9, 9)).Reason.ShouldBe(SuppressionReason.SmallCount);
        suppression.Apply(new("a", 10, 10)).IsHidden.ShouldBeFalse();
        Should.Throw<ArgumentOutOfRangeException>(() => new SmallCountSuppression(0));
    }

    [Fact]
    public void A_percentage_is_hidden_when_its_numerator_is_small()
    {
        var suppression = new SmallCountSuppression();
        suppression.Apply(new("GM0193", 1.5, 3)).Value.ShouldBeNull();
        suppression.Apply(new("GM0193", 12.5, 150)).Value.ShouldBe(12.5);
        suppression.Apply(new("GM0193", 0.5, null)).Value.ShouldBe(0.5); // no count known: nothing to protect
    }

    [Fact]
    public void A_total_that_would_reveal_one_hidden_part_is_hidden_too()
    {
        var (parts, total) = new SmallCountSuppression().ApplyToTable(
            [new("GM0148", 40, 40), new("GM0193", 3, 3), new("GM0160", 25, 25)],
            new("regio", 68, 68));
        parts.Select(p => p.Value).ShouldBe([40.0, null, 25.0]);
        parts[1].Reason.ShouldBe(SuppressionReason.SmallCount);
        total!.Value.ShouldBeNull();
        total.Reason.ShouldBe(SuppressionReason.Secondary);
    }

    [Fact]
    public void Two_hidden_parts_that_add_up_to_a_small_number_still_hide_the_total()
    {
        var (_, total) = new SmallCountSuppression().ApplyToTable(
            [new("a", 40, 40), new("b", 1, 1), new("c", 2, 2)], new("t", 43, 43));
        total!.IsHidden.ShouldBeTrue();
    }

    [Fact]
    public void Two_hidden_parts_adding_up_to_the_threshold_leave_the_total_visible()
    {
        var (parts, total) = new SmallCountSuppression().ApplyToTable(
            [new("a", 40, 40), new("b", 3, 3), new("c", 4, 4)], new("t", 47, 47));
        parts.Count(p => p.IsHidden).ShouldBe(2);
        total!.Value.ShouldBe(47);
    }

    [Fact]
    public void Nothing_hidden_means_the_total_stays()
    {
        var (parts, total) = new SmallCountSuppression().ApplyToTable([new("a", 40, 40), new("b", 0, 0)], new("t", 40, 40));
        parts.ShouldAllBe(p => !p.IsHidden);
        total!.Value.ShouldBe(40);
    }

    [Fact]
    public void A_small_total_is_hidden_by_itself()
    {
        var (_, total) = new SmallCountSuppression().ApplyToTable([new("a", 2, 2), new("b", 2, 2)], new("t", 4, 4));
        total!.Reason.ShouldBe(SuppressionReason.SmallCount);
    }

    [Fact]
    public void Hiding_the_smallest_part_instead_keeps_the_total()
    {
        var suppression = new SmallCountSuppression(secondary: SecondarySuppression.HideSmallestPart);
        var (parts, total) = suppression.ApplyToTable(
            [new("GM0148", 40, 40), new("GM0193", 3, 3), new("GM0160", 25, 25)], new("regio", 68, 68));
        parts.Select(p => p.Reason).ShouldBe([SuppressionReason.None, SuppressionReason.SmallCount, SuppressionReason.Secondary]);
        total!.Value.ShouldBe(68);
        // what a reader can still work out: 68 - 40 = 28 for two cells together, not the 3
    }
}

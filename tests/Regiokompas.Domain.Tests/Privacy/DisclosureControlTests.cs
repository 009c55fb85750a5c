using Regiokompas.Domain.Common;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Privacy;

namespace Regiokompas.Domain.Tests.Privacy;

public class DisclosureControlTests
{
    private static IReadOnlyList<DisclosureReason> Table(double?[] parts, double? total, int threshold = DisclosureControl.DefaultThreshold)
    {
        var table = new DisclosureTable();
        var cells = parts.Select(p => table.AddCell([p])).ToList();
        var t = table.AddCell([total]);
        table.AddSum(0, t, cells);
        return new DisclosureControl(threshold).Protect(table);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(120, false)]
    public void Counts_from_one_below_the_default_threshold_of_five_are_hidden(double count, bool hidden) =>
        new DisclosureControl().IsSmall(count).ShouldBe(hidden);

    [Fact]
    public void The_threshold_is_configurable()
    {
        new DisclosureControl(10).IsSmall(9).ShouldBeTrue();
        new DisclosureControl(10).IsSmall(10).ShouldBeFalse();
        Should.Throw<ArgumentOutOfRangeException>(() => new DisclosureControl(0));
    }

    [Fact]
    public void One_hidden_part_makes_a_second_cell_hidden_so_the_total_gives_nothing_away()
    {
        var reasons = Table([40, 3, 25], 68);
        reasons[1].ShouldBe(DisclosureReason.SmallCount);
        reasons.Count(r => r == DisclosureReason.Complementary).ShouldBe(1);
        reasons[2].ShouldBe(DisclosureReason.Complementary); // the smallest other part, so the region total stays
        reasons[3].ShouldBe(DisclosureReason.Shown);
    }

    [Fact]
    public void Two_hidden_parts_that_add_up_to_a_small_number_hide_one_more()
    {
        var reasons = Table([40, 1, 2, 30], 73);
        reasons.Count(r => r != DisclosureReason.Shown).ShouldBe(3);
    }

    [Fact]
    public void Two_hidden_parts_adding_up_to_the_threshold_leave_the_rest_visible()
    {
        var reasons = Table([40, 3, 4], 47);
        reasons.ShouldBe([DisclosureReason.Shown, DisclosureReason.SmallCount, DisclosureReason.SmallCount, DisclosureReason.Shown]);
    }

    [Fact]
    public void Nothing_small_means_nothing_hidden_and_zero_is_not_small()
    {
        Table([40, 0], 40).ShouldAllBe(r => r == DisclosureReason.Shown);
    }

    [Fact]
    public void An_unknown_count_is_shown_as_there_is_nothing_to_protect()
    {
        Table([null, 40], null).ShouldAllBe(r => r == DisclosureReason.Shown);
    }

    [Fact]
    public void A_cross_table_is_protected_beyond_a_single_row()
    {
        // 2×2 table with row and column totals: hiding only the small cell and one neighbour per line still leaks.
        var table = new DisclosureTable();
        var a = table.AddCell([3]); var b = table.AddCell([20]);
        var c = table.AddCell([30]); var d = table.AddCell([40]);
        var row1 = table.AddCell([23]); var row2 = table.AddCell([70]);
        var col1 = table.AddCell([33]); var col2 = table.AddCell([60]);
        table.AddSum(0, row1, [a, b]); table.AddSum(0, row2, [c, d]);
        table.AddSum(0, col1, [a, c]); table.AddSum(0, col2, [b, d]);
        var reasons = new DisclosureControl().Protect(table);
        reasons[a].ShouldBe(DisclosureReason.SmallCount);
        // a follows from a row or a column unless both lines through it lose a second cell, and those from theirs.
        reasons.Count(r => r != DisclosureReason.Shown).ShouldBeGreaterThanOrEqualTo(4);
        DisclosureControl.DeterminedHiddenCells(table, 0, i => reasons[i] != DisclosureReason.Shown).ShouldNotContain(a);
    }

    [Fact]
    public void An_indicator_hides_small_counts_unless_it_gives_a_reason_to_opt_out()
    {
        var indicator = new Indicator { Code = "telt-mensen", Name = "Telt mensen" };
        indicator.SuppressSmallCounts.ShouldBeTrue();
        indicator.SuppressSmallCounts = false;
        Should.Throw<RuleViolation>(indicator.EnsureValid).Code.ShouldBe("monitoring.indicator-suppression-reason-required");
        indicator.SuppressionOptOutReason = "Telt gemeenten, geen personen.";
        Should.NotThrow(indicator.EnsureValid);
    }
}

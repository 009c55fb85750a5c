using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Domain.Tests.Monitoring;

public sealed class ChoroplethScaleTests
{
    [Fact]
    public void Four_classes_of_equal_width_cover_the_shown_values()
    {
        var scale = ChoroplethScale.Create([10, 12, 15, 18, 20]);
        scale.Classes.Select(c => (c.Lower, c.Upper)).ShouldBe([(10, 12.5), (12.5, 15), (15, 17.5), (17.5, 20)]);
        scale.ClassOf(10).ShouldBe(0);
        scale.ClassOf(12.5).ShouldBe(0);
        scale.ClassOf(15).ShouldBe(1);
        scale.ClassOf(18).ShouldBe(3);
        scale.ClassOf(20).ShouldBe(3);
    }

    [Fact]
    public void Fewer_distinct_values_give_fewer_classes()
    {
        ChoroplethScale.Create([3, 7, 7]).Classes.Count.ShouldBe(2);
        var single = ChoroplethScale.Create([7, 7]);
        single.Classes.ShouldHaveSingleItem().ShouldBe(new ChoroplethClass(0, 7, 7));
        single.ClassOf(7).ShouldBe(0);
    }

    [Fact]
    public void No_values_give_no_classes_and_a_value_outside_has_no_class()
    {
        var empty = ChoroplethScale.Create([]);
        empty.Classes.ShouldBeEmpty();
        empty.ClassOf(1).ShouldBeNull();
        var scale = ChoroplethScale.Create([1, 2, 3]);
        scale.ClassOf(4).ShouldBeNull();
        scale.ClassOf(double.NaN).ShouldBeNull();
    }
}

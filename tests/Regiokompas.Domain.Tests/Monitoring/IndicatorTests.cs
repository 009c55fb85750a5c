using Regiokompas.Domain.Common;
using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Domain.Tests.Monitoring;

public class IndicatorTests
{
    private static Indicator Valid() => new()
    {
        Code = "val-65plus-risico", Name = "Valrisico-inschatting 65+", Unit = IndicatorUnit.Percent,
        NumeratorLabel = "65-plussers met inschatting", DenominatorLabel = "65-plussers", Factor = 100,
    };

    [Fact]
    public void A_complete_definition_passes() => Should.NotThrow(() => Valid().EnsureValid());

    [Theory]
    [InlineData("ACP")]
    [InlineData("acp 75")]
    [InlineData("-acp")]
    [InlineData("acp--75")]
    [InlineData("")]
    public void The_code_is_lower_case_words_with_hyphens(string code)
    {
        var indicator = new Indicator { Code = code, Name = "X" };
        Should.Throw<RuleViolation>(indicator.EnsureValid).Code.ShouldBe("monitoring.indicator-code-invalid");
    }

    [Fact]
    public void Definition_rules_have_their_own_codes()
    {
        Code(i => i.Factor = 0).ShouldBe("monitoring.indicator-factor-invalid");
        Code(i => i.DenominatorLabel = null).ShouldBe("monitoring.indicator-fraction-incomplete");
        Code(i => i.Polarity = Polarity.WithinBand).ShouldBe("monitoring.indicator-band-required");
        Code(i => { i.Polarity = Polarity.WithinBand; i.BandLower = 10; i.BandUpper = 5; }).ShouldBe("monitoring.indicator-band-reversed");
        Code(i => i.WarningThreshold = 5).ShouldBe("monitoring.indicator-threshold-only-for-risk");
        Code(i => i.Level = IndicatorLevel.Risk).ShouldBe("monitoring.indicator-threshold-required");
        Code(i => { i.Level = IndicatorLevel.Risk; i.WarningThreshold = 120; }).ShouldBe("monitoring.indicator-threshold-out-of-range");
        Code(i => i.AreaLevels = []).ShouldBe("monitoring.indicator-area-levels-required");
        Code(i => i.AgeGroups = ["65-74", "Totaal"]).ShouldBe("monitoring.indicator-age-group-reserved");
        Code(i => i.Name = " ").ShouldBe("monitoring.indicator-name-required");
    }

    private static string Code(Action<Indicator> change)
    {
        var indicator = Valid();
        change(indicator);
        return Should.Throw<RuleViolation>(indicator.EnsureValid).Code;
    }

    [Fact]
    public void Value_is_numerator_over_denominator_times_factor()
    {
        Valid().ValueFrom(30, 200).ShouldBe(15);
        new Indicator { Code = "x", Name = "X", Factor = 1000 }.ValueFrom(3, 1500).ShouldBe(2);
        Should.Throw<RuleViolation>(() => Valid().ValueFrom(1, 0)).Code.ShouldBe("monitoring.denominator-zero");
    }

    [Fact]
    public void A_risk_indicator_warns_past_its_threshold_on_the_bad_side()
    {
        var shortage = new Indicator
        {
            Code = "personeelstekort", Name = "Personeelstekort", Level = IndicatorLevel.Risk,
            Polarity = Polarity.LowerIsBetter, WarningThreshold = 8,
        };
        shortage.IsWarning(8).ShouldBeFalse();
        shortage.IsWarning(8.1).ShouldBeTrue();

        var caregivers = new Indicator
        {
            Code = "mantelzorgpotentieel", Name = "Mantelzorgpotentieel", Level = IndicatorLevel.Risk,
            Polarity = Polarity.HigherIsBetter, WarningThreshold = 4,
        };
        caregivers.IsWarning(3.9).ShouldBeTrue();
        caregivers.IsWarning(4).ShouldBeFalse();

        var band = new Indicator
        {
            Code = "bezetting", Name = "Bezetting", Level = IndicatorLevel.Risk, Polarity = Polarity.WithinBand,
            BandLower = 80, BandUpper = 95,
        };
        band.IsWarning(97).ShouldBeTrue();
        band.IsWarning(79).ShouldBeTrue();
        band.IsWarning(90).ShouldBeFalse();
    }

    [Fact]
    public void Only_risk_indicators_warn()
    {
        var outcome = new Indicator { Code = "x", Name = "X", Polarity = Polarity.LowerIsBetter, WarningThreshold = 1 };
        outcome.IsWarning(100).ShouldBeFalse();
    }

    [Fact]
    public void Shares_and_their_limits()
    {
        Valid().IsShare.ShouldBeTrue();
        Valid().MaxValue.ShouldBe(100);
        new Indicator { Code = "x", Name = "X", Unit = IndicatorUnit.Days }.IsShare.ShouldBeFalse();
        new Indicator { Code = "x", Name = "X", Unit = IndicatorUnit.Euros }.AllowsNegative.ShouldBeTrue();
    }

    [Fact]
    public void The_total_age_group_is_always_allowed()
    {
        var indicator = Valid();
        indicator.AgeGroups = ["65-74", "75+"];
        indicator.AllowsAgeGroup("totaal").ShouldBeTrue();
        indicator.AllowsAgeGroup("75+").ShouldBeTrue();
        indicator.AllowsAgeGroup("0-17").ShouldBeFalse();
    }
}

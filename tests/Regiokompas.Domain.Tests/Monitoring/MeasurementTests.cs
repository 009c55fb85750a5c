using Regiokompas.Domain.Common;
using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Domain.Tests.Monitoring;

public class MeasurementTests
{
    private static readonly DateTime Monday = new(2025, 11, 24, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Tuesday = Monday.AddDays(1);

    private static ValidMeasurement Row(string value, string? numerator = null, string? denominator = null, string? note = null) =>
        MeasurementValidator.Validate([new MeasurementRow(2, "acp-75plus", "GM0193", "2025KW03", value, numerator, denominator, Note: note)],
            new TestCatalogue(), new DateOnly(2025, 11, 26)).Rows.Single();

    [Fact]
    public void A_new_figure_is_submitted_not_public()
    {
        var m = Measurement.Submit(Row("12"), "ggd", Monday, organisationId: 7);
        m.State.ShouldBe(MeasurementState.Submitted);
        m.Value.ShouldBe(12);
        m.IsPublished.ShouldBeFalse();
        m.PublishedValue.ShouldBeNull();
        m.PeriodStart.ShouldBe(new DateOnly(2025, 7, 1));
        m.PeriodEnd.ShouldBe(new DateOnly(2025, 9, 30));
        m.Period.Code.ShouldBe("2025KW03");
        m.SubmittedBy.ShouldBe("ggd");
        m.OrganisationId.ShouldBe(7);
        m.IndicatorId.ShouldBe(1);
    }

    [Fact]
    public void Publishing_makes_the_current_figure_public_once()
    {
        var m = Measurement.Submit(Row("12"), "ggd", Monday);
        m.Publish("coordinator", Tuesday).ShouldBeTrue();
        m.State.ShouldBe(MeasurementState.Published);
        m.PublishedValue.ShouldBe(12);
        m.PublishedBy.ShouldBe("coordinator");
        m.PublishedAtUtc.ShouldBe(Tuesday);
        m.Publish("coordinator", Tuesday.AddHours(1)).ShouldBeFalse();
        m.PublishedAtUtc.ShouldBe(Tuesday);
    }

    [Fact]
    public void A_correction_keeps_the_earlier_value_and_the_public_one_until_republished()
    {
        var m = Measurement.Submit(Row(null!, "150", "1200"), "ggd", Monday);
        m.Publish("coordinator", Monday.AddHours(1));

        m.Correct(Row(null!, "160", "1200", "telfout hersteld"), "ggd-2", Tuesday).ShouldBeTrue();

        m.Value.ShouldBe(160 / 1200.0 * 100, 1e-9);
        m.Note.ShouldBe("telfout hersteld");
        m.State.ShouldBe(MeasurementState.Submitted);
        m.PublishedValue.ShouldBe(12.5); // residents keep seeing the checked figure
        var earlier = m.Revisions.ShouldHaveSingleItem();
        earlier.Value.ShouldBe(12.5);
        earlier.Numerator.ShouldBe(150);
        earlier.State.ShouldBe(MeasurementState.Published);
        earlier.SubmittedBy.ShouldBe("ggd");
        earlier.SubmittedAtUtc.ShouldBe(Monday);
        earlier.ReplacedBy.ShouldBe("ggd-2");
        earlier.ReplacedAtUtc.ShouldBe(Tuesday);

        m.Publish("coordinator", Tuesday.AddHours(1)).ShouldBeTrue();
        m.PublishedValue!.Value.ShouldBe(13.333, 0.001);
    }

    [Fact]
    public void Sending_the_same_figure_again_changes_nothing()
    {
        var m = Measurement.Submit(Row("12"), "ggd", Monday);
        m.Publish("coordinator", Monday);
        m.Correct(Row("12,0"), "ggd", Tuesday).ShouldBeFalse();
        m.Revisions.ShouldBeEmpty();
        m.State.ShouldBe(MeasurementState.Published);
        m.SubmittedAtUtc.ShouldBe(Monday);
    }

    [Fact]
    public void A_correction_must_be_for_the_same_figure()
    {
        var m = Measurement.Submit(Row("12"), "ggd", Monday);
        var other = MeasurementValidator.Validate([new MeasurementRow(2, "acp-75plus", "GM0148", "2025KW03", "5")],
            new TestCatalogue(), new DateOnly(2025, 11, 26)).Rows.Single();
        Should.Throw<RuleViolation>(() => m.Correct(other, "ggd", Tuesday)).Code.ShouldBe("monitoring.measurement-key-mismatch");
    }

    [Fact]
    public void Times_must_be_utc() =>
        Should.Throw<ArgumentException>(() => Measurement.Submit(Row("12"), "ggd", DateTime.SpecifyKind(Monday, DateTimeKind.Local)));
}

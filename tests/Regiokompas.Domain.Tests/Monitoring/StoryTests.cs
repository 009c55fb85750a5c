using Regiokompas.Domain.Common;
using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Domain.Tests.Monitoring;

public class StoryTests
{
    private static readonly DateOnly Today = new(2025, 11, 26);

    private static Story NewStory()
    {
        var story = new Story { RegionId = "ijssel-vecht", Kind = StoryKind.Quote, Date = new DateOnly(2025, 10, 1), Source = StorySource.ResidentsPanel };
        story.ChangeText("  Door het gesprek weet mijn familie wat ik wil.  ");
        return story;
    }

    [Fact]
    public void A_story_starts_internal_and_trimmed()
    {
        var story = NewStory();
        story.Text.ShouldBe("Door het gesprek weet mijn familie wat ik wil.");
        story.Visibility.ShouldBe(Visibility.Internal);
        story.HasConsent.ShouldBeFalse();
    }

    [Fact]
    public void A_story_cannot_be_public_without_consent()
    {
        var story = NewStory();
        Should.Throw<RuleViolation>(() => story.ChangeVisibility(Visibility.Public)).Code.ShouldBe("monitoring.story-needs-consent");
        story.RecordConsent(new DateOnly(2025, 10, 1), "coordinator", Today);
        story.ChangeVisibility(Visibility.Public);
        story.Visibility.ShouldBe(Visibility.Public);
    }

    [Fact]
    public void Withdrawing_consent_takes_the_story_offline()
    {
        var story = NewStory();
        story.RecordConsent(new DateOnly(2025, 10, 1), "coordinator", Today);
        story.ChangeVisibility(Visibility.Public);
        story.WithdrawConsent();
        story.Visibility.ShouldBe(Visibility.Internal);
        story.HasConsent.ShouldBeFalse();
    }

    [Fact]
    public void Consent_cannot_be_dated_in_the_future() =>
        Should.Throw<RuleViolation>(() => NewStory().RecordConsent(Today.AddDays(1), "x", Today)).Code.ShouldBe("monitoring.story-consent-in-future");

    [Fact]
    public void Text_must_be_there_and_not_too_long()
    {
        Should.Throw<RuleViolation>(() => NewStory().ChangeText(" ")).Code.ShouldBe("monitoring.story-text-required");
        Should.Throw<RuleViolation>(() => NewStory().ChangeText(new string('x', 4001))).Code.ShouldBe("monitoring.story-text-too-long");
    }
}

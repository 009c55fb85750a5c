using Regiokompas.Domain.CareDirectory;
using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Tests.CareDirectory;

public class DirectoryFilterTests
{
    private static ServiceFacts Facts(
        ServiceKind kind = ServiceKind.Welfare, string[]? themes = null, string[]? municipalities = null,
        int? minAge = null, int? maxAge = null, bool free = true, bool referral = false, string[]? languages = null) =>
        new(kind, themes ?? ["eenzaamheid"], municipalities ?? ["GM0995"], new AgeRange(minAge, maxAge), free, referral, languages ?? []);

    [Fact]
    public void Empty_filter_matches_everything()
    {
        DirectoryFilter.None.IsEmpty.ShouldBeTrue();
        DirectoryFilter.None.Matches(Facts(free: false, referral: true)).ShouldBeTrue();
    }

    [Fact]
    public void Municipality_must_be_served_unless_the_service_names_no_area()
    {
        var lelystad = new DirectoryFilter { MunicipalityCode = "GM0995" };
        lelystad.Matches(Facts(municipalities: ["GM0995", "GM0034"])).ShouldBeTrue();
        lelystad.Matches(Facts(municipalities: ["GM0034"])).ShouldBeFalse();
        lelystad.Matches(Facts(municipalities: [])).ShouldBeTrue();
    }

    [Theory]
    [InlineData(17, false)]
    [InlineData(18, true)]
    [InlineData(65, true)]
    [InlineData(66, false)]
    public void Age_must_lie_within_the_range_inclusive(int age, bool matches) =>
        new DirectoryFilter { Age = age }.Matches(Facts(minAge: 18, maxAge: 65)).ShouldBe(matches);

    [Fact]
    public void Free_and_no_referral_filters_exclude_paid_and_referred_help()
    {
        new DirectoryFilter { FreeOnly = true }.Matches(Facts(free: false)).ShouldBeFalse();
        new DirectoryFilter { FreeOnly = true }.Matches(Facts(free: true)).ShouldBeTrue();
        new DirectoryFilter { WithoutReferralOnly = true }.Matches(Facts(referral: true)).ShouldBeFalse();
        new DirectoryFilter { WithoutReferralOnly = true }.Matches(Facts(referral: false)).ShouldBeTrue();
    }

    [Fact]
    public void Language_defaults_to_dutch_when_none_is_listed()
    {
        new DirectoryFilter { LanguageCode = "nl" }.Matches(Facts(languages: [])).ShouldBeTrue();
        new DirectoryFilter { LanguageCode = "ar" }.Matches(Facts(languages: [])).ShouldBeFalse();
        new DirectoryFilter { LanguageCode = "AR" }.Matches(Facts(languages: ["nl", "ar"])).ShouldBeTrue();
    }

    [Fact]
    public void Kinds_and_themes_match_any_of_the_chosen()
    {
        var filter = new DirectoryFilter
        {
            Kinds = new HashSet<ServiceKind> { ServiceKind.Informal, ServiceKind.Welfare },
            Themes = new HashSet<string> { "mantelzorg", "eenzaamheid" },
        };
        filter.Matches(Facts(kind: ServiceKind.Informal, themes: ["eenzaamheid", "ouder-worden"])).ShouldBeTrue();
        filter.Matches(Facts(kind: ServiceKind.FormalCare)).ShouldBeFalse();
        filter.Matches(Facts(themes: ["geldzorgen"])).ShouldBeFalse();
    }

    [Theory]
    [InlineData(-1, null, "caredirectory.age-out-of-range")]
    [InlineData(null, 121, "caredirectory.age-out-of-range")]
    [InlineData(65, 18, "caredirectory.age-range-invalid")]
    public void Invalid_age_ranges_are_refused(int? min, int? max, string code)
    {
        var service = new CareService { Name = "X" };
        Should.Throw<RuleViolation>(() => service.SetAgeRange(min, max)).Code.ShouldBe(code);
        service.MinimumAge.ShouldBeNull();
    }

    [Fact]
    public void Open_ended_age_range_covers_everything_above_the_minimum()
    {
        var range = AgeRange.Create(65, null);
        range.Covers(64).ShouldBeFalse();
        range.Covers(100).ShouldBeTrue();
    }

    [Fact]
    public void Service_facts_come_from_its_areas_languages_and_profile()
    {
        var service = new CareService { Name = "Maatjes", Kind = ServiceKind.Informal, IsFree = true };
        service.SetThemes(["eenzaamheid", "ouder-worden", "eenzaamheid"]);
        service.SetAgeRange(55, null);
        service.ServiceAreas.Add(new ServiceArea { MunicipalityCode = "GM0995" });
        service.ServiceAreas.Add(new ServiceArea { Name = "heel Flevoland" });
        service.Languages.Add(new ServiceLanguage { Code = "nl" });

        var facts = service.ToFacts();
        facts.ThemeCodes.ShouldBe(["eenzaamheid", "ouder-worden"]);
        facts.MunicipalityCodes.ShouldBe(["GM0995"]);
        facts.Ages.ShouldBe(new AgeRange(55, null));
        facts.LanguageCodes.ShouldBe(["nl"]);
        facts.Kind.ShouldBe(ServiceKind.Informal);
        facts.IsFree.ShouldBeTrue();
    }

    [Fact]
    public void Unknown_theme_is_refused() =>
        Should.Throw<RuleViolation>(() => new CareService { Name = "X" }.SetThemes(["geldzorgen", "astrologie"]))
            .Code.ShouldBe("caredirectory.unknown-theme");

    [Fact]
    public void Own_municipality_doubles_relevance_and_distance_breaks_ties()
    {
        ResidentRanking.Score(1.0, true, null).ShouldBe(2.0);
        ResidentRanking.Score(1.0, false, null).ShouldBe(1.0);
        ResidentRanking.Score(1.0, false, 0).ShouldBe(1.0);
        ResidentRanking.Score(1.0, false, 10).ShouldBe(0.625, 1e-9);
        ResidentRanking.Score(1.0, false, 5).ShouldBeGreaterThan(ResidentRanking.Score(1.0, false, 20));
    }

    [Fact]
    public void Entry_without_any_way_to_reach_it_ranks_below_an_equal_one_that_has_one()
    {
        ResidentRanking.Score(1.0, true, null, reachable: false).ShouldBe(1.0);
        ResidentRanking.Score(1.0, false, null, reachable: false).ShouldBeLessThan(ResidentRanking.Score(1.0, false, null, reachable: true));
    }

    [Fact]
    public void Distance_between_lelystad_and_almere_is_about_24_km() =>
        ResidentRanking.DistanceKm(52.5185, 5.4714, 52.3508, 5.2647).ShouldBe(23.8, 1.0);
}

using Regiokompas.Domain.CareDirectory;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;

namespace Regiokompas.Domain.Tests.CareDirectory;

public class CareEntityTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 1);

    [Fact]
    public void Organisation_member_edits_only_its_own_entries()
    {
        var owner = new CareOrganisation { Name = "Welzijn Lelystad", PlanOrganisationId = 7 };
        CareDirectoryPermissions.CanEdit(new Actor("a", OrganisationId: 7), owner).ShouldBeTrue();
        CareDirectoryPermissions.CanEdit(new Actor("b", OrganisationId: 8), owner).ShouldBeFalse();
        CareDirectoryPermissions.CanEdit(Actor.Anonymous, owner).ShouldBeFalse();
        CareDirectoryPermissions.CanEdit(new Actor("admin", IsAdministrator: true), owner).ShouldBeTrue();
        CareDirectoryPermissions.CanEdit(new Actor("c", OrganisationId: 7), ownerPlanOrganisationId: null).ShouldBeFalse();
    }

    [Fact]
    public void Name_is_trimmed_and_required()
    {
        var service = new CareService { Name = "Oud" };
        service.Rename("  Inloop Zuid  ");
        service.Name.ShouldBe("Inloop Zuid");
        Should.Throw<RuleViolation>(() => service.Rename(" ")).Code.ShouldBe("caredirectory.name-required");
        Should.Throw<RuleViolation>(() => service.Rename(new string('x', 201))).Code.ShouldBe("caredirectory.name-too-long");
    }

    [Fact]
    public void B1_summary_is_limited()
    {
        var service = new CareService { Name = "X" };
        service.ChangeSummary("  ");
        service.B1Summary.ShouldBeNull();
        Should.Throw<RuleViolation>(() => service.ChangeSummary(new string('x', 401))).Code.ShouldBe("caredirectory.summary-too-long");
    }

    [Fact]
    public void Schedule_must_close_after_it_opens()
    {
        var schedule = new CareSchedule();
        Should.Throw<RuleViolation>(() => schedule.SetHours(new TimeOnly(12, 0), new TimeOnly(9, 0))).Code.ShouldBe("caredirectory.closes-before-opens");
        schedule.SetHours(new TimeOnly(9, 0), new TimeOnly(12, 0));
        schedule.ClosesAt.ShouldBe(new TimeOnly(12, 0));
    }

    [Fact]
    public void Coordinates_come_in_pairs_and_within_range()
    {
        var location = new CareLocation();
        Should.Throw<RuleViolation>(() => location.MoveTo(52.5, null)).Code.ShouldBe("caredirectory.coordinates-incomplete");
        Should.Throw<RuleViolation>(() => location.MoveTo(95, 5)).Code.ShouldBe("caredirectory.coordinates-out-of-range");
        location.MoveTo(52.5, 5.47);
        location.Latitude.ShouldBe(52.5);
    }

    [Theory]
    [InlineData("", null, "caredirectory.report-empty")]
    [InlineData("Het telefoonnummer klopt niet", "geen-adres", "caredirectory.report-email-invalid")]
    public void Error_report_needs_a_message_and_a_valid_optional_email(string message, string? email, string code) =>
        Should.Throw<RuleViolation>(() => ErrorReport.Create(Guid.NewGuid(), message, email, Now)).Code.ShouldBe(code);

    [Fact]
    public void Error_report_is_resolved_once()
    {
        var report = ErrorReport.Create(Guid.NewGuid(), " Adres is verhuisd ", "", Now);
        report.Message.ShouldBe("Adres is verhuisd");
        report.ContactEmail.ShouldBeNull();
        report.Resolve("Anna", Now.AddDays(1));
        report.Resolve("Bert", Now.AddDays(2));
        report.Status.ShouldBe(ErrorReportStatus.Resolved);
        report.ResolvedBy.ShouldBe("Anna");
        report.ResolvedAtUtc.ShouldBe(Now.AddDays(1));
    }

    [Fact]
    public void Referral_needs_consent()
    {
        Should.Throw<RuleViolation>(() => WellbeingReferral.Create(Guid.NewGuid(), "Huisarts", 1, "J.J.", null, null, false, Now))
            .Code.ShouldBe("caredirectory.referral-needs-consent");
        Should.Throw<RuleViolation>(() => WellbeingReferral.Create(Guid.NewGuid(), "Huisarts", 1, "Jan Jansen de Vries", null, null, true, Now))
            .Code.ShouldBe("caredirectory.referral-initials-invalid");
    }

    [Fact]
    public void Referral_loop_closes_forward_only_and_not_started_needs_a_reason()
    {
        var referral = WellbeingReferral.Create(Guid.NewGuid(), "Huisarts", 1, "J.J.", null, "Graag bellen", true, Now);
        referral.Status.ShouldBe(ReferralStatus.Sent);
        referral.MoveTo(ReferralStatus.Received, null, Now.AddDays(1));
        referral.MoveTo(ReferralStatus.ContactMade, null, Now.AddDays(2));
        Should.Throw<RuleViolation>(() => referral.MoveTo(ReferralStatus.NotStarted, " ", Now)).Code.ShouldBe("caredirectory.referral-reason-required");
        referral.MoveTo(ReferralStatus.NotStarted, "Geen interesse", Now.AddDays(3));
        referral.NotStartedReason.ShouldBe("Geen interesse");
        referral.LastStatusAtUtc.ShouldBe(Now.AddDays(3));
        Should.Throw<RuleViolation>(() => referral.MoveTo(ReferralStatus.Started, null, Now)).Code.ShouldBe("caredirectory.referral-status-not-allowed");
    }

    [Fact]
    public void Quality_of_a_bare_entry_lists_every_gap()
    {
        var report = DataQuality.Assess(new CareService { Name = "Kaal" }, FreshnessPolicy.Default, Today);
        report.Issues.ShouldBe(
            [DataQuality.NoDescription, DataQuality.NoB1Summary, DataQuality.NoContact, DataQuality.NoLocation,
             DataQuality.NoSchedule, DataQuality.NoTheme, DataQuality.NoArea, DataQuality.NotFresh]);
        report.Score.ShouldBe(11);
    }

    [Fact]
    public void Quality_of_a_complete_entry_is_full_except_missing_coordinates()
    {
        var service = new CareService { Name = "Inloop", Description = "Koffie", B1Summary = "Kom langs.", Url = "https://example.org" };
        service.SetThemes(["eenzaamheid"]);
        service.ServiceAreas.Add(new ServiceArea { MunicipalityCode = "GM0995" });
        service.Schedules.Add(new CareSchedule { ByDay = "MO", Freq = "WEEKLY" });
        service.Locations.Add(new ServiceAtLocation { Location = new CareLocation { LocationType = LocationType.Physical } });
        service.Assure(Today.AddMonths(-2), null, Today);

        var report = DataQuality.Assess(service, FreshnessPolicy.Default, Today);
        report.Issues.ShouldBe([DataQuality.NoCoordinates]);
        report.Score.ShouldBe(89);

        service.Locations[0].Location!.MoveTo(52.5, 5.47);
        DataQuality.Assess(service, FreshnessPolicy.Default, Today).Score.ShouldBe(100);
    }

    [Fact]
    public void Themes_have_unique_codes_and_include_the_resident_words()
    {
        DutchThemes.All.Select(t => t.Code).ShouldBeUnique();
        foreach (var code in new[] { "geldzorgen", "eenzaamheid", "opvoeden", "mantelzorg", "ouder-worden", "mentale-gezondheid", "wonen", "werk", "gezondheid-en-bewegen" })
            DutchThemes.IsKnown(code).ShouldBeTrue(code);
        DutchThemes.Find("geldzorgen")!.Name.ShouldBe("Geldzorgen");
    }
}

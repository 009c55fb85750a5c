using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Monitoring;

/// <summary>The web form for figures, the fourth route in; once per database.</summary>
public abstract class EnterFiguresPageTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private const string Page = "/monitor/cijfers-invullen";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<List<Measurement>> StoredAsync(string area, string period) => factory.WithServicesAsync(sp => sp.GetRequiredService<AppDbContext>()
        .Set<Measurement>().AsNoTracking().Where(m => m.IndicatorCode == "eenzaamheid" && m.AreaCode == area && m.PeriodCode == period).ToListAsync(Ct));

    private static FormUrlEncodedContent Form(string token, string area, string period, string value) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token,
        ["regio"] = Region,
        ["periode"] = period,
        ["Rows[0].Indicator"] = "eenzaamheid",
        ["Rows[0].Area"] = area,
        ["Rows[0].Value"] = value,
        ["Rows[0].Note"] = "Uit de Gezondheidsmonitor",
    });

    [Fact]
    public async Task The_owner_submits_a_figure_through_the_form_and_it_is_stored_as_submitted()
    {
        // The seeded catalogue makes GGD IJsselland the owner of loneliness figures in IJssel-Vecht.
        var client = await factory.LoggedInClientAsync("organisation-member", region: Region, organisationKey: "ggd-ijsselland");
        var form = await client.GetStringAsync($"{Page}?regio={Region}", Ct);
        form.ShouldContain("<label for=\"periode\">Periode</label>");
        form.ShouldContain("Aandeel volwassenen dat zich eenzaam voelt");
        form.ShouldContain("value=\"GM0193\"");

        var post = await client.PostAsync(Page, Form(AppFactory.AntiforgeryToken(form), "GM0193", "2024", "31,5"), Ct);
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await client.GetStringAsync(post.Headers.Location!.ToString(), Ct);
        WebUtility.HtmlDecode(after).ShouldContain("1 cijfers ontvangen, 0 ongewijzigd. De coördinator controleert en publiceert ze.");

        var stored = (await StoredAsync("GM0193", "2024JJ00")).ShouldHaveSingleItem();
        stored.Value.ShouldBe(31.5);
        stored.State.ShouldBe(MeasurementState.Submitted);
        stored.Note.ShouldBe("Uit de Gezondheidsmonitor");
    }

    [Fact]
    public async Task A_percentage_above_100_is_refused_next_to_its_row_and_nothing_is_stored()
    {
        var client = await factory.LoggedInClientAsync("organisation-member", region: Region, organisationKey: "ggd-ijsselland");
        var form = await client.GetStringAsync($"{Page}?regio={Region}", Ct);

        var post = await client.PostAsync(Page, Form(AppFactory.AntiforgeryToken(form), "GM0175", "2024", "130"), Ct);
        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await post.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("Er is niets opgeslagen.");
        html.ShouldContain("Een percentage kan niet boven 100 liggen (130).");
        html.ShouldContain("data-valmsg-for=\"Rows[0].Value\"");
        html.ShouldContain("value=\"130\"");
        (await StoredAsync("GM0175", "2024JJ00")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_member_of_another_organisation_may_not_submit_figures_it_does_not_own()
    {
        var client = await factory.LoggedInClientAsync("organisation-member", region: Region, organisationKey: "gemeente-zwolle");
        var form = await client.GetStringAsync($"{Page}?regio={Region}", Ct);
        form.ShouldContain("Uw organisatie levert in deze regio geen indicatoren aan.");
        form.ShouldNotContain("value=\"eenzaamheid\"");

        // The token from another form of the same user: the antiforgery token is per user, not per page.
        var token = AppFactory.AntiforgeryToken(await client.GetStringAsync("/monitor/cijfers-aanleveren", Ct));
        var post = await client.PostAsync(Page, Form(token, "GM0148", "2024", "20"), Ct);
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        post.Headers.Location!.ToString().ShouldContain("/geen-toegang");
        (await StoredAsync("GM0148", "2024JJ00")).ShouldBeEmpty();
    }
}

public sealed class EnterFiguresPageTestsOnSqlite(SqliteAppFactory f) : EnterFiguresPageTests(f), IClassFixture<SqliteAppFactory>;
public sealed class EnterFiguresPageTestsOnPostgres(PostgresAppFactory f) : EnterFiguresPageTests(f), IClassFixture<PostgresAppFactory>;

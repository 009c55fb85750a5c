using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Governance;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Governance;

/// <summary>
/// With --demo only: a few made-up bodies, meetings and one decision for IJssel-Vecht, every body marked
/// Fictitious so pages and feeds say "fictief (demo)". Nothing here describes a real meeting or decision.
/// </summary>
public sealed class GovernanceDemoSeeder(AppDbContext db, PlanQueries plan, TimeProvider clock)
{
    public const string Region = "ijssel-vecht";

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await plan.GetRegionAsync(Region, ct) is null) return;
        if (await db.Set<GovernanceBody>().AnyAsync(b => b.RegionId == Region && b.Fictitious, ct)) return;
        var items = await plan.GetPlanItemRefsAsync(Region, ct);
        var pillars = items.Where(i => i.Kind == "pillar").Select(i => i.Key).ToList();
        var orgs = (await plan.GetOrganisationRefsAsync(Region, ct)).Select(o => o.Key).ToHashSet();
        List<string> Orgs(params string[] keys) => keys.Where(orgs.Contains).ToList();

        var table = new GovernanceBody
        {
            RegionId = Region, Key = "regiotafel-demo", Name = "Regiotafel (demo)", Kind = BodyKind.Regiotafel, Fictitious = true,
            Mandate = "Fictief voorbeeld: stuurt de uitvoering van het regioplan en neemt besluiten bij consent op voorstellen van de coalities.",
            Chair = "onafhankelijk voorzitter", Secretary = "netwerkcoördinator",
            ContactRole = "netwerkcoördinator", ContactEmail = "regiotafel@demo.regiokompas.nl",
            MemberOrganisationKeys = Orgs("gemeente-zwolle", "zilveren-kruis", "ggd-ijsselland", "isala", "medrie"),
            MemberNames = ["Demo Bestuurder A", "Demo Bestuurder B"], PillarKeys = pillars.Take(6).ToList(),
        };
        var board = new GovernanceBody
        {
            RegionId = Region, Key = "bestuurlijk-overleg-demo", Name = "Bestuurlijk Overleg (demo)", Kind = BodyKind.BestuurlijkOverleg, Fictitious = true,
            Mandate = "Fictief voorbeeld: bestuurders van gemeenten en zorgverzekeraar stellen twee keer per jaar de koers vast.",
            Chair = "wethouder van een deelnemende gemeente (rouleert)", Secretary = "netwerkcoördinator",
            ContactRole = "netwerkcoördinator", ContactEmail = "bestuur@demo.regiokompas.nl",
            MemberOrganisationKeys = Orgs("gemeente-zwolle", "gemeente-kampen", "gemeente-hardenberg", "zilveren-kruis"),
        };
        var coalition = new GovernanceBody
        {
            RegionId = Region, Key = "coalitietafel-preventie-demo", Name = "Coalitietafel preventie (demo)", Kind = BodyKind.CoalitionTable, Fictitious = true,
            Mandate = "Fictief voorbeeld: werkt de acties van de coalitie uit en bereidt voorstellen voor de Regiotafel voor.",
            Chair = "trekker van de coalitie", ContactRole = "kwartiermaker", ContactEmail = "preventie@demo.regiokompas.nl",
            PublicContactName = "Demo Kwartiermaker",
            MemberOrganisationKeys = Orgs("ggd-ijsselland", "gemeente-kampen", "medrie"), PillarKeys = pillars.Take(1).ToList(),
        };
        db.AddRange(table, board, coalition);
        await db.SaveChangesAsync(ct);

        // Dates are relative to today so the demo always has one meeting behind it and one ahead.
        var now = clock.GetUtcNow().UtcDateTime;
        var past = DayAt(now.AddDays(-42), 13);
        var next = DayAt(now.AddDays(42), 13);
        var held = Meeting.Plan(Region, table.Id, table.Key, past, past.AddHours(2), "Zwolle (fictieve locatie)", null, past.AddDays(-14));
        var result = items.FirstOrDefault(i => i.Kind == "result");
        held.AddAgendaItem("Opening en mededelingen", null, null, null, past.AddDays(-14));
        var item = result is null
            ? held.AddAgendaItem("Voortgang van het plan", null, null, null, past.AddDays(-14))
            : held.AddAgendaItem($"Voortgang: {result.Title}", PlanItemKind.Result, result.Key, result.PillarKey, past.AddDays(-14));
        held.RecordMinutes("Fictief verslag (demo). De tafel besprak de voortgang en besloot bij consent over het scholingsvoorstel.", past.AddHours(3));
        var upcoming = Meeting.Plan(Region, table.Id, table.Key, next, next.AddHours(2), null, "https://video.demo.regiokompas.nl/regiotafel", now);
        upcoming.AddAgendaItem("Kwartaalrapportage monitor", null, null, null, now);
        db.AddRange(held, upcoming);

        var decision = Decision.Propose(Region, table.Id, held.Id, item, "Scholingsaanbod voor professionals (fictief)",
            "Stemt de Regiotafel in met een gezamenlijk scholingsaanbod over het herkennen van kwetsbare inwoners?",
            "Coalitietafel preventie (demo)", past.AddDays(-14));
        decision.Object("Zilveren Kruis", "Eerst inzicht in de kosten per gemeente.", past.AddDays(-7));
        decision.MeetObjection(1, "Een verdeling van de kosten per gemeente is aan het voorstel toegevoegd.",
            "Stemt de Regiotafel in met een gezamenlijk scholingsaanbod, met de toegevoegde kostenverdeling per gemeente?", past.AddDays(-3));
        decision.Decide(DateOnly.FromDateTime(past), past.AddHours(2));
        db.Add(decision);
        await db.SaveChangesAsync(ct);
    }

    private static DateTime DayAt(DateTime day, int hourUtc) => new(day.Year, day.Month, day.Day, hourUtc, 0, 0, DateTimeKind.Utc);
}

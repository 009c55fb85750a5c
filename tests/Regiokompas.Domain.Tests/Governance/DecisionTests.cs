using Regiokompas.Domain.Common;
using Regiokompas.Domain.Governance;

namespace Regiokompas.Domain.Tests.Governance;

public class DecisionTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static Decision Proposal() =>
        Decision.Propose("ijssel-vecht", 1, null, null, "Regionale aanpak valpreventie", "Stemt de tafel in met de aanpak?", "coalitie gezond leven", Now);

    [Fact]
    public void A_new_proposal_is_open_for_objections()
    {
        var d = Proposal();
        d.Status.ShouldBe(DecisionStatus.Open);
        d.CurrentProposal.ShouldBe("Stemt de tafel in met de aanpak?");
    }

    [Fact]
    public void Decide_fails_while_an_objection_is_unmet()
    {
        var d = Proposal();
        d.Object("GGD IJsselland", "Budget ontbreekt", Now);
        Should.Throw<RuleViolation>(() => d.Decide(Today, Now)).Code.ShouldBe("governance.objections-unmet");
        d.Status.ShouldBe(DecisionStatus.Open);
    }

    [Fact]
    public void Meeting_an_objection_with_an_amended_text_moves_to_amended_and_then_consent_decides()
    {
        var d = Proposal();
        d.Object("GGD IJsselland", "Budget ontbreekt", Now);
        d.MeetObjection(1, "Budget uit SPUK GALA 2027 toegevoegd", "Stemt de tafel in met de aanpak en het budget uit GALA?", Now);
        d.Status.ShouldBe(DecisionStatus.Amended);
        d.Proposal.ShouldBe("Stemt de tafel in met de aanpak?");
        d.CurrentProposal.ShouldBe("Stemt de tafel in met de aanpak en het budget uit GALA?");

        d.Decide(Today, Now);

        d.Status.ShouldBe(DecisionStatus.Decided);
        d.DecidedOn.ShouldBe(Today);
        d.Objections.Single().HowMet.ShouldBe("Budget uit SPUK GALA 2027 toegevoegd");
    }

    [Fact]
    public void An_objection_met_without_new_text_keeps_the_status()
    {
        var d = Proposal();
        d.Object("Zilveren Kruis", "Wie is eigenaar?", Now);
        d.MeetObjection(1, "De GGD is eigenaar", null, Now);
        d.Status.ShouldBe(DecisionStatus.Open);
        d.Decide(Today, Now);
        d.Status.ShouldBe(DecisionStatus.Decided);
    }

    [Fact]
    public void An_objection_cannot_be_met_twice_or_when_unknown()
    {
        var d = Proposal();
        d.Object("GGD IJsselland", "Budget ontbreekt", Now);
        d.MeetObjection(1, "Opgelost", null, Now);
        Should.Throw<RuleViolation>(() => d.MeetObjection(1, "Nogmaals", null, Now)).Code.ShouldBe("governance.objection-already-met");
        Should.Throw<RuleViolation>(() => d.MeetObjection(2, "Welke?", null, Now)).Code.ShouldBe("governance.objection-unknown");
    }

    [Theory]
    [InlineData("decide")]
    [InlineData("withdraw")]
    public void A_closed_decision_takes_no_more_changes(string closeBy)
    {
        var d = Proposal();
        if (closeBy == "decide") d.Decide(Today, Now); else d.Withdraw("Niet meer nodig", Now);
        Should.Throw<RuleViolation>(() => d.Object("X", "Te laat", Now)).Code.ShouldBe("governance.decision-closed");
        Should.Throw<RuleViolation>(() => d.Amend("Nieuw", Now)).Code.ShouldBe("governance.decision-closed");
        Should.Throw<RuleViolation>(() => d.Withdraw("Weer", Now)).Code.ShouldBe("governance.decision-closed");
        Should.Throw<RuleViolation>(() => d.Decide(Today, Now)).Code.ShouldBe("governance.decision-closed");
    }

    [Fact]
    public void Withdraw_needs_a_reason()
    {
        Should.Throw<RuleViolation>(() => Proposal().Withdraw("  ", Now)).Code.ShouldBe("governance.withdraw-reason-required");
    }

    [Fact]
    public void An_amendment_must_change_the_text()
    {
        var d = Proposal();
        Should.Throw<RuleViolation>(() => d.Amend("Stemt de tafel in met de aanpak?", Now)).Code.ShouldBe("governance.amendment-unchanged");
    }

    [Fact]
    public void A_decision_date_before_the_proposal_or_in_the_future_is_refused()
    {
        var d = Proposal();
        Should.Throw<RuleViolation>(() => d.Decide(Today.AddDays(-1), Now)).Code.ShouldBe("governance.decided-before-proposed");
        Should.Throw<RuleViolation>(() => d.Decide(Today.AddDays(2), Now)).Code.ShouldBe("governance.decided-in-future");
    }

    [Fact]
    public void A_proposal_needs_a_title_a_question_and_a_proposer()
    {
        Should.Throw<RuleViolation>(() => Decision.Propose("r", 1, null, null, "", "vraag", "wie", Now)).Code.ShouldBe("governance.decision-title-required");
        Should.Throw<RuleViolation>(() => Decision.Propose("r", 1, null, null, "titel", " ", "wie", Now)).Code.ShouldBe("governance.proposal-required");
        Should.Throw<RuleViolation>(() => Decision.Propose("r", 1, null, null, "titel", "vraag", "", Now)).Code.ShouldBe("governance.proposer-required");
    }

    [Fact]
    public void A_proposal_on_an_agenda_item_keeps_the_plan_item_it_touches()
    {
        var meeting = Meeting.Plan("ijssel-vecht", 1, "regiotafel", Now.AddDays(7), Now.AddDays(7).AddHours(2), "Zwolle", null, Now);
        var item = meeting.AddAgendaItem("Valpreventie", PlanItemKind.Result, "glp-d1-r1", "gezond-leven-preventie", Now);
        var d = Decision.Propose("ijssel-vecht", 1, meeting.Id, item, "Aanpak", "Akkoord?", "coalitie", Now);
        d.PlanItemKind.ShouldBe(PlanItemKind.Result);
        d.PlanItemKey.ShouldBe("glp-d1-r1");
        d.PillarKey.ShouldBe("gezond-leven-preventie");
        d.AgendaItemId.ShouldBe(item.Id);
    }
}

public class MeetingTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_meeting_must_end_after_it_starts_and_have_a_place_or_link()
    {
        Should.Throw<RuleViolation>(() => Meeting.Plan("r", 1, "b", Now, Now, "Zwolle", null, Now)).Code.ShouldBe("governance.meeting-ends-before-start");
        Should.Throw<RuleViolation>(() => Meeting.Plan("r", 1, "b", Now, Now.AddHours(2), " ", null, Now)).Code.ShouldBe("governance.meeting-needs-place");
        Meeting.Plan("r", 1, "b", Now, Now.AddHours(2), null, "https://video.example/abc", Now).VideoLink.ShouldBe("https://video.example/abc");
    }

    [Fact]
    public void Agenda_items_are_numbered_in_order_and_need_a_whole_plan_reference()
    {
        var m = Meeting.Plan("r", 1, "b", Now, Now.AddHours(2), "Zwolle", null, Now);
        m.AddAgendaItem("Opening", null, null, null, Now).Order.ShouldBe(1);
        m.AddAgendaItem("Valpreventie", PlanItemKind.Result, "glp-d1-r1", "p", Now).Order.ShouldBe(2);
        Should.Throw<RuleViolation>(() => m.AddAgendaItem("Half", PlanItemKind.Result, " ", null, Now)).Code.ShouldBe("governance.plan-item-incomplete");
        Should.Throw<RuleViolation>(() => m.AddAgendaItem("Half", null, "glp-d1-r1", null, Now)).Code.ShouldBe("governance.plan-item-incomplete");
    }
}

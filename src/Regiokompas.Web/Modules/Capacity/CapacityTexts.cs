namespace Regiokompas.Web.Modules.Capacity;

/// <summary>Dutch and English text for the capacity rule codes; registered with the shared Texts.</summary>
public static class CapacityTexts
{
    public static readonly IReadOnlyDictionary<string, (string Nl, string En)> Messages = new Dictionary<string, (string Nl, string En)>
    {
        ["capacity.no-free-place"] = ("Er is op dit moment geen plek vrij bij deze eenheid.", "No place is free at this unit right now."),
        ["capacity.unit-stale"] = ("De cijfers van deze eenheid zijn verouderd. Bel de aanbieder en bevestig dat de plek er is.", "This unit's figures are out of date. Call the provider and confirm the place exists."),
        ["capacity.unit-inactive"] = ("Deze eenheid neemt niet meer deel.", "This unit no longer takes part."),
        ["capacity.admission-stop"] = ("Deze eenheid heeft een opnamestop: {0}", "This unit has stopped admissions: {0}"),
        ["capacity.idempotency-key-reused"] = ("Deze aanvraagsleutel is al gebruikt voor een andere aanvraag.", "This idempotency key was already used for another request."),
        ["capacity.idempotency-key-invalid"] = ("Geef een aanvraagsleutel van 1 tot 100 tekens.", "Give an idempotency key of 1 to 100 characters."),
        ["capacity.requester-missing"] = ("Het is niet duidelijk wie de aanvraag doet.", "The requester is missing."),
        ["capacity.patient-reference-invalid"] = ("Gebruik een pseudoniem kenmerk met letters, cijfers en streepjes (4 tot 40 tekens, met minstens één cijfer). Geen naam.", "Use a pseudonymous reference of letters, digits and dashes (4 to 40 characters, at least one digit). No name."),
        ["capacity.arrival-in-past"] = ("De verwachte aankomst ligt in het verleden.", "The expected arrival is in the past."),
        ["capacity.arrival-too-far"] = ("De verwachte aankomst ligt meer dan 60 dagen vooruit.", "The expected arrival is more than 60 days ahead."),
        ["capacity.hold-expired"] = ("De reservering is verlopen om {0:HH:mm} UTC. Vraag een nieuwe plek aan.", "The hold expired at {0:HH:mm} UTC. Request a new place."),
        ["capacity.reservation-transition-not-allowed"] = ("Een reservering met status '{0}' kan niet '{1}'.", "A reservation with status '{0}' cannot '{1}'."),
        ["capacity.cancel-needs-reason"] = ("Geef een reden voor de annulering.", "Give a reason for the cancellation."),
        ["capacity.decline-needs-reason"] = ("Geef een reden voor de afwijzing.", "Give a reason for declining."),
        ["capacity.report-figure-out-of-range"] = ("Aantallen liggen tussen {0} en {1}.", "Numbers lie between {0} and {1}."),
        ["capacity.report-exceeds-open"] = ("Bezet ({0}) plus geblokkeerd ({1}) is meer dan open ({2}).", "Occupied ({0}) plus blocked ({1}) exceeds open ({2})."),
        ["capacity.blocked-needs-reason"] = ("Geef een reden voor de geblokkeerde plekken.", "Give a reason for the blocked places."),
        ["capacity.admission-stop-needs-reason"] = ("Geef een reden voor de opnamestop.", "Give a reason for stopping admissions."),
        ["capacity.expected-72h-below-24h"] = ("Verwacht vrij binnen 72 uur ({1}) kan niet lager zijn dan binnen 24 uur ({0}).", "Expected free within 72 h ({1}) cannot be lower than within 24 h ({0})."),
        ["capacity.report-in-future"] = ("Het meetmoment ligt in de toekomst.", "The report time is in the future."),
        ["capacity.report-out-of-order"] = ("Er is al een nieuwere melding (van {0:yyyy-MM-dd HH:mm} UTC).", "A newer report exists (from {0:yyyy-MM-dd HH:mm} UTC)."),
        ["capacity.nothing-to-confirm"] = ("Er is nog geen eerdere melding om als ongewijzigd te bevestigen.", "There is no earlier report to confirm as unchanged."),
        ["capacity.forecast-history-too-short"] = ("Voor een voorspelling zijn minstens {0} dagen geschiedenis nodig.", "A forecast needs at least {0} days of history."),
        ["capacity.forecast-not-due"] = ("Deze voorspelling kan pas na {0:yyyy-MM-dd} worden gescoord.", "This forecast can be scored only after {0:yyyy-MM-dd}."),
        ["capacity.hold-limit-reached"] = ("Uw organisatie heeft al {0} open reserveringen en wachtlijstaanvragen, het maximum. Bevestig, geef vrij of trek eerst een aanvraag in.",
            "Your organisation already has {0} open holds and waiting requests, the maximum. Confirm, release or withdraw one first."),
        ["capacity.not-allowed"] = ("U mag dit niet doen voor deze eenheid of reservering.", "You may not do this for this unit or reservation."),
        ["capacity.freshness-out-of-range"] = ("De houdbaarheid ligt tussen {0} en {1} minuten.", "The freshness limit lies between {0} and {1} minutes."),
        ["capacity.hold-time-out-of-range"] = ("De vasthoudtijd ligt tussen {0} en {1} minuten.", "The hold time lies between {0} and {1} minutes."),
        ["capacity.grace-out-of-range"] = ("De wachttijd voor niet-verschijnen ligt tussen {0} en {1} minuten.", "The no-show grace lies between {0} and {1} minutes."),
        ["capacity.report-saved"] = ("Uw melding is opgeslagen.", "Your report has been saved."),
        ["capacity.report-conflict"] = ("Let op: er staan meer reserveringen open dan er plekken zijn. Neem contact op met het transferpunt.", "Note: more reservations are open than there are places. Contact the transfer desk."),
        ["capacity.hold-saved"] = ("De plek is voor u vastgehouden tot {0:HH:mm} uur. Bevestig op tijd.", "The place is held for you until {0:HH:mm}. Confirm in time."),
        ["capacity.reservation-changed"] = ("De reservering is bijgewerkt.", "The reservation has been updated."),
    };
}

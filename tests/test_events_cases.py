"""The events stage on hard cases: appeals, doubt, parties named by a demonym or a place, nested events."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from detente.document import Actor, Article, Document, Event, Span
from detente.events import code_document

STATES = {"RUS": "Russia", "EU": "European Union", "EUR": "Europe", "ITA": "Italy", "FRA": "France",
          "DEU": "Germany", "TUR": "Turkey", "IRN": "Iran", "JPN": "Japan"}


def _actors(text: str) -> list[Actor]:
    """A state actor at every occurrence of its name, as the actors stage would give it."""
    out = []
    for code, name in STATES.items():
        mentions = [Span.of(text, m.start(), m.end()) for m in re.finditer(rf"\b{name}\b", text)]
        if mentions:
            out.append(Actor(id=code.lower(), name=name, kind="state", country=code, sector="GOV",
                             mentions=mentions))
    return out


@pytest.fixture
def coded(nlp: Any) -> Callable[[str], list[Event]]:
    def code(text: str) -> list[Event]:
        return code_document(Document(Article(id="t", text=text), doc=nlp(text), actors=_actors(text)))

    return code


def _summary(event: Event) -> tuple[object, ...]:
    target = event.target.country if event.target else None
    return event.type, event.cameo, event.quad, event.source.country, target, event.negated, event.modality


def test_events_time_has_come_is_a_request_to_who_should_act(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Italy's prime minister said the time has come for the European Union to resume dialogue "
                   "with Russia.")
    assert [_summary(e) for e in events] == [("REQUEST", "026", 1, "ITA", "EU", False, "requested")]


def test_events_should_engage_is_a_request_not_a_meeting(coded: Callable[[str], list[Event]]) -> None:
    events = coded("France said Europe should engage with Russia in the coming weeks.")
    assert [_summary(e) for e in events] == [("REQUEST", "026", 1, "FRA", "EUR", False, "requested")]


def test_events_must_is_a_demand(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Germany said Europe must open talks with Russia.")
    assert [_summary(e) for e in events] == [("REQUEST", "106", 3, "DEU", "EUR", False, "requested")]


def test_events_must_be_ready_is_an_appeal_not_an_intention(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Turkey said the European Union must be ready to mediate between Russia and Iran.")
    assert [_summary(e)[:5] for e in events] == [("REQUEST", "106", 3, "TUR", "EU")]


def test_events_stated_need_is_no_appeal(coded: Callable[[str], list[Event]]) -> None:
    assert coded("Italy's prime minister said the region needed more investment.") == []


def test_events_seeing_no_sign_of_readiness_is_a_mild_reproach(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Germany sees no sign that Russia is ready to negotiate.")
    assert [_summary(e) + (e.intensity,) for e in events] == [
        ("ACCUSE", "110", 3, "DEU", "RUS", False, "asserted", -2.0)
    ]


def test_events_seeing_signs_is_no_reproach(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Germany sees signs that Russia is ready to negotiate.")
    assert [_summary(e)[:4] for e in events] == [("AGREE", "036", 1, "RUS")]


def test_events_target_takes_the_country_of_a_demonym(coded: Callable[[str], list[Event]]) -> None:
    events = coded("The European Union froze the assets of three Belarusian banks.")
    assert [(e.cameo, e.target and (e.target.actor, e.target.name, e.target.country)) for e in events] == [
        ("163", (None, "three Belarusian banks", "BLR"))
    ]


def test_events_target_takes_the_country_of_its_place(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Russian forces struck an oil depot in Moldova.")
    found = [(e.cameo, e.source.country, e.target and e.target.country) for e in events]
    assert found == [("190", "RUS", "MDA")]
    city = coded("Russia shelled the Ukrainian city of Kharkiv.")
    assert [(e.cameo, e.target and (e.target.name, e.target.country)) for e in city] == [
        ("194", ("Ukrainian city", "UKR"))
    ]


def test_events_coordinated_demonyms_are_two_sources(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Colombian and Ecuadorian forces cooperated to dismantle a smuggling network.")
    assert [_summary(e)[:5] for e in events] == [
        ("COOPERATE", "060", 2, "COL", "ECU"),
        ("COOPERATE", "060", 2, "ECU", "COL"),
    ]


def test_events_condemned_attack_in_a_relative_clause_is_one_accusation(
    coded: Callable[[str], list[Event]],
) -> None:
    events = coded("Turkey condemned the attack that killed nine people in Iran.")
    assert [(e.type, e.cameo, e.source.country) for e in events] == [("ACCUSE", "1123", "TUR")]


def test_events_considering_an_act_is_no_event(coded: Callable[[str], list[Event]]) -> None:
    assert coded("Japan is considering sending aid to Turkey.") == []


def test_events_offer_to_send_troops_is_cooperative(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Turkey offered to send troops to Italy.")
    assert [_summary(e) for e in events] == [("AGREE", "0312", 1, "TUR", "ITA", False, "intended")]


def test_events_rejecting_an_accusation_rejects_the_accuser(coded: Callable[[str], list[Event]]) -> None:
    """What the charge alleges is no event; rejecting it is a rejection of the accuser where the article names
    one, and a denial, no event, where it names no one (not a rejection of "the charge")."""
    for text in ("Iran rejected accusations that it had attacked the tanker.",
                 "Iran denied charges that its navy had seized the tanker.", "Iran dismissed the charge as baseless."):
        assert coded(text) == []
    told = coded("Iraq accused Iran of attacking the tanker on Monday. Iran dismissed the accusation as baseless.")
    assert [(e.type, e.source.country, e.target and e.target.country) for e in told] == [
        ("ACCUSE", "IRQ", "IRN"), ("REJECT", "IRN", "IRQ")]


def test_events_gift_of_money_is_aid(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Germany gave 50 million euros to Italy to rebuild the port.")
    assert [_summary(e)[:5] for e in events] == [("AID", "070", 2, "DEU", "ITA")]


def test_events_noun_modifier_names_a_kind_not_an_event(coded: Callable[[str], list[Event]]) -> None:
    assert coded("Turkey bought attack helicopters from Italy.") == []
    events = coded("Turkey launched a mediation effort between Russia and Iran.")
    assert [(e.type, e.cameo, e.source.country) for e in events] == [("CONSULT", "045", "TUR")]


def test_events_opening_borders_is_no_intention(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Turkey opened its borders to refugees from Iran.")
    assert [(e.type, e.cameo, e.modality) for e in events] == [("RETREAT", "086", "asserted")]


def test_events_sample_speech_codes_requests_and_doubt(run_text: Callable[..., Document]) -> None:
    document = run_text(
        "Italian Prime Minister Giorgia Meloni said Friday that the time has come for the EU to resume "
        "high-level dialogue with Russia.\n\n"
        'European Commission spokesperson Paula Pinho said: "We are not seeing any signs by President Putin '
        'to be engaging."'
    )
    found = [(e.type, e.source.country, e.target and e.target.country) for e in document.events]
    assert found == [("REQUEST", "ITA", "EU"), ("ACCUSE", "EU", "RUS")]


def test_events_passive_hit_takes_the_country_of_the_weapon(coded: Callable[[str], list[Event]]) -> None:
    events = coded("A Greek tanker was hit by an Iranian missile off the coast of Oman.")
    assert [_summary(e)[:5] for e in events] == [("ASSAULT", "190", 4, "IRN", "GRC")]


def test_events_common_verbs_of_cooperation(coded: Callable[[str], list[Event]]) -> None:
    found = [
        [_summary(e)[:5] for e in coded(text)]
        for text in (
            "Italy disbursed 40 million euros to Tunisia for border management.",
            "Germany suspended military assistance to Niger.",
            "Japan and France conducted joint patrols in the Pacific.",
        )
    ]
    assert found == [
        [("AID", "070", 2, "ITA", "TUN")],
        [("SANCTION", "162", 4, "DEU", "NER")],
        [("COOPERATE", "062", 2, "JPN", "FRA"), ("COOPERATE", "062", 2, "FRA", "JPN")],
    ]


def test_events_allowing_monitors_back_is_a_concession(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Iran allowed nuclear inspectors to return to the Fordow site.")
    assert [_summary(e)[:4] for e in events] == [("RETREAT", "086", 2, "IRN")]


def test_events_place_of_the_act_beats_a_plain_object(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Turkey deployed warships around Cyprus.")
    assert [(e.cameo, e.target and (e.target.name, e.target.country)) for e in events] == [
        ("154", ("Cyprus", "CYP"))
    ]


def test_events_party_against_beats_the_venue(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Iran filed a case against Italy at the International Court of Justice.")
    assert [_summary(e)[:5] for e in events] == [("ACCUSE", "115", 3, "IRN", "ITA")]


def test_events_conditional_never_outranks_the_warning(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Iran warned France that it would close the strait if attacked.")
    strongest = max(events, key=lambda e: abs(e.intensity))
    assert _summary(strongest) == ("THREATEN", "130", 3, "IRN", "FRA", False, "asserted")


def test_events_negated_act_keeps_its_type(coded: Callable[[str], list[Event]]) -> None:
    sent = coded("Germany did not send weapons to Turkey.")
    condemned = coded("Italy has not condemned the attack on Iran.")
    assert [_summary(e) for e in sent] == [("AID", "072", 2, "DEU", "TUR", True, "asserted")]
    assert [(e.type, e.source.country, e.negated) for e in condemned] == [("ACCUSE", "ITA", True)]


def test_events_sport_and_tourism_are_no_events(coded: Callable[[str], list[Event]]) -> None:
    assert coded("Italy beat France by two goals in the Six Nations match.") == []
    assert coded("Turkey welcomed a record 60 million tourists last year.") == []


def test_events_forces_sent_to_a_host_are_cooperation(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Italy is ready to deploy police to Haiti.")
    assert [_summary(e) for e in events] == [("AGREE", "0312", 1, "ITA", "HTI", False, "intended")]


def test_events_nominal_event_with_passive_agent(coded: Callable[[str], list[Event]]) -> None:
    events = coded("The expulsion of the Japanese ambassador by Russia drew protests.")
    broken = coded("Negotiations with Iran were broken off by France.")
    assert [_summary(e)[:5] for e in events] == [("SANCTION", "166", 4, "RUS", "JPN")]
    assert [_summary(e)[:5] for e in broken] == [("SANCTION", "164", 4, "FRA", "IRN")]


def test_events_keyword_does_not_decide_against_its_frame(coded: Callable[[str], list[Event]]) -> None:
    tariffs = coded("Turkey raised electricity tariffs, meeting a demand of the European Union.")
    law = coded("Italy withdrew the disputed media law.")
    assert [_summary(e)[:5] for e in tariffs] == [("CONCEDE", "080", 2, "TUR", "EU")]
    assert [_summary(e)[:4] for e in law] == [("CONCEDE", "0832", 2, "ITA")]


def test_events_sources_from_a_place_phrase(coded: Callable[[str], list[Event]]) -> None:
    envoys = coded("Envoys from Italy and Turkey met in Geneva.")
    attack = coded("The attack by Iranian forces damaged a Turkish ship.")
    assert [_summary(e)[:5] for e in envoys] == [
        ("CONSULT", "040", 1, "ITA", "TUR"),
        ("CONSULT", "040", 1, "TUR", "ITA"),
    ]
    assert [(e.source.name, e.source.country) for e in attack] == [("Iranian forces", "IRN")]


def test_events_subject_misread_as_a_modifier_is_the_source(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Azerbaijan massed troops along the border with Armenia.")
    assert [(e.type, e.cameo, e.source.name) for e in events] == [("MOBILIZE", "154", "Azerbaijan")]


def test_events_border_with_names_the_neighbour(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Turkey massed armoured units near its border with Iran.")
    guards = coded("Italy deployed extra border guards to its frontier with France.")
    assert [_summary(e)[:5] for e in events] == [("MOBILIZE", "154", 4, "TUR", "IRN")]
    assert [_summary(e)[:5] for e in guards] == [("MOBILIZE", "154", 4, "ITA", "FRA")]


def test_events_forces_moved_are_no_target(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Turkey pulled its soldiers back from two villages along the Iranian border.")
    assert [_summary(e)[:5] for e in events] == [("RETREAT", "087", 2, "TUR", "IRN")]


def test_events_demand_that_is_aimed_at_who_must_act(coded: Callable[[str], list[Event]]) -> None:
    events = coded("France demanded that Iran pay compensation for the seized tanker.")
    assert [_summary(e) for e in events] == [("REQUEST", "100", 3, "FRA", "IRN", False, "requested")]


def test_events_rejecting_a_demand_is_aimed_at_who_made_it(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Iran rejected Germany's demand to halt the construction of the reactor.")
    assert [_summary(e)[:5] for e in events] == [("REJECT", "120", 3, "IRN", "DEU")]


def test_events_threat_is_aimed_at_whom_its_condition_names(coded: Callable[[str], list[Event]]) -> None:
    warned = coded("Turkey warned it would respond with force if Iran kept building dams on the river.")
    threatened = coded("Iran threatened to close the strait if France sent more warships to the Gulf.")
    assert [_summary(e) for e in warned] == [("THREATEN", "130", 3, "TUR", "IRN", False, "asserted")]
    strongest = max(threatened, key=lambda e: abs(e.intensity))
    assert _summary(strongest)[:5] == ("THREATEN", "130", 3, "IRN", "FRA")
    assert [e.modality for e in threatened if e.type == "MOBILIZE"] == ["hypothetical"]


def test_events_act_inside_a_condition_is_hypothetical(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Russia threatened to strike German bases if Germany allowed its missiles to be used.")
    strongest = max(events, key=lambda e: abs(e.intensity))
    assert _summary(strongest)[:5] == ("THREATEN", "138", 3, "RUS", "DEU")
    assert [e.modality for e in events if e.type == "ASSAULT"] == ["hypothetical"]


def test_events_negated_light_verb_negates_its_event(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Italy has not joined the new sanctions against Iran.")
    assert [_summary(e) for e in events] == [("SANCTION", "163", 4, "ITA", "IRN", True, "asserted")]


def test_events_lifting_a_veto_is_a_concession(coded: Callable[[str], list[Event]]) -> None:
    veto = coded("Turkey lifted its veto on Japan's bid to join the forum.")
    ban = coded("Japan eased its ban on Turkish fruit imports.")
    assert [_summary(e)[:4] for e in veto] == [("CONCEDE", "080", 2, "TUR")]
    assert [_summary(e)[:5] for e in ban] == [("CONCEDE", "081", 2, "JPN", "TUR")]


def test_events_protest_is_aimed_at_the_embassy_or_at_home(coded: Callable[[str], list[Event]]) -> None:
    embassy = coded("Hundreds of Georgians protested outside the Russian embassy in Tbilisi.")
    home = coded("Italian farmers marched on the parliament against the new fuel tax.")
    assert [_summary(e)[:5] for e in embassy] == [("PROTEST", "140", 4, "GEO", "RUS")]
    assert [_summary(e)[:5] for e in home] == [("PROTEST", "140", 4, "ITA", "ITA")]


def test_events_place_of_coordinated_objects(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Russia sent 20 bombers and four frigates around Japan on Tuesday.")
    assert [_summary(e)[:5] for e in events] == [("MOBILIZE", "154", 4, "RUS", "JPN")]


def test_events_joint_inquiry_is_mutual_cooperation(coded: Callable[[str], list[Event]]) -> None:
    events = coded("A joint investigation into the bridge collapse was launched by Italy and France.")
    assert [_summary(e)[:5] for e in events] == [
        ("COOPERATE", "060", 2, "ITA", "FRA"),
        ("COOPERATE", "060", 2, "FRA", "ITA"),
    ]


def test_events_money_placed_in_a_country_aids_it(coded: Callable[[str], list[Event]]) -> None:
    events = coded("Japan deposited $2 billion in Turkey's central bank.")
    assert [_summary(e)[:5] for e in events] == [("AID", "070", 2, "JPN", "TUR")]


def test_events_aid_suspended_is_aid_cut(coded: Callable[[str], list[Event]]) -> None:
    events = coded("The Netherlands suspended its development aid to Uganda on Thursday.")
    assert [(e.type, e.source.country, e.target and e.target.country) for e in events] == [
        ("SANCTION", "NLD", "UGA")]
    over = coded("The Netherlands suspended its development aid to Uganda on Thursday over a new law on charities.")
    assert [e.type for e in over] == ["SANCTION"]  # the aid suspended, not a law over which it was
    suspension = coded("Germany's suspension of military cooperation with Chad took effect on Monday.")
    assert [(e.type, e.source.country) for e in suspension] == [("SANCTION", "DEU")]
    lifted = coded("The Netherlands suspended its sanctions on Uganda on Thursday.")
    assert [e.type for e in lifted] != ["SANCTION"]


"""The event lexicon: PLOVER scores, CAMEO codes and patterns as data."""

from __future__ import annotations

from pathlib import Path

from detente.events.lexicon import NO_EVENT, load, parse_pattern
from detente.schema import record_schema

PLOVER_TYPES = set(record_schema()["$defs"]["event"]["properties"]["type"]["enum"])


def test_events_lexicon_codes_cover_every_plover_type() -> None:
    lexicon = load()
    assert {code.type for code in lexicon.codes.values()} == PLOVER_TYPES
    patterned = {lexicon.codes[p.code].type for patterns in lexicon.verbs.values() for p in patterns
                 if p.code != NO_EVENT}
    assert patterned == PLOVER_TYPES


def test_events_lexicon_senses_that_are_no_event_outrank_the_plain_verb() -> None:
    lexicon = load()
    strike = [(p.obj, p.code) for p in lexicon.verbs["strike"]]
    assert strike.index(("note", NO_EVENT)) < strike.index((None, "190"))
    assert strike.index(("deal", "031")) < strike.index((None, "190"))


def test_events_lexicon_quad_follows_cameo_root() -> None:
    lexicon = load()
    expected = {
        **dict.fromkeys(range(1, 6), 1),
        **dict.fromkeys(range(6, 9), 2),
        **dict.fromkeys(range(9, 14), 3),
        **dict.fromkeys(range(14, 21), 4),
    }
    assert all(code.quad == expected[int(code.code[:2])] for code in lexicon.codes.values())


def test_events_lexicon_scores_accuse_as_negative() -> None:
    lexicon = load()
    assert lexicon.plover[("ACCUSE", "")] == -3.0
    assert lexicon.plover[("AID", "")] == 10.0
    assert lexicon.intensity(lexicon.codes["111"]) == -2.0  # the finer Goldstein weight of the CAMEO code


def test_events_lexicon_parses_phrasal_and_object_patterns() -> None:
    phrasal = parse_pattern("push back against", "120")
    assert (phrasal.head, phrasal.words, phrasal.obj) == ("push", ("back", "against"), None)
    light = parse_pattern("impose +martial law", "1724")
    assert (light.head, light.obj, light.obj_mods) == ("impose", "law", ("martial",))
    noun = parse_pattern("car bomb", "183", noun=True)
    assert (noun.head, noun.words) == ("bomb", ("car",))
    noun_prep = parse_pattern("talk with", "040", noun=True)
    assert (noun_prep.head, noun_prep.words) == ("talk", ("with",))


def test_events_lexicon_user_file_adds_patterns(tmp_path: Path) -> None:
    extra = tmp_path / "my_patterns.yaml"
    extra.write_text('patterns:\n  "1823":\n    verbs: [liquidate]\n', encoding="utf-8")
    lexicon = load((str(extra),))
    assert [p.code for p in lexicon.verbs["liquidate"]] == ["1823"]
    assert "liquidate" not in load().verbs


def test_events_lexicon_ending_an_act_is_coded_by_code_then_type() -> None:
    lexicon = load()
    assert lexicon.ended_code("190") == "087"  # ending an attack de-escalates
    assert lexicon.ended_code("1723") == "0813"  # the code's own entry outranks its type's: ending a curfew eases it
    assert lexicon.ended_code("173") == "0841"  # ending a detention releases
    assert lexicon.ended_code("172") == "081"
    assert lexicon.ended_code("070") == "162"  # ending aid cuts it
    assert lexicon.ended_code("141") is None  # ending a march is no event of its own
    assert "end" in lexicon.concluding and "halt" not in lexicon.concluding


def test_events_lexicon_the_object_decides_what_is_withdrawn_expelled_or_held() -> None:
    lexicon = load()

    def senses(verb: str) -> list[tuple[str | None, str]]:
        return [(p.obj, p.code) for p in lexicon.verbs[verb] if not p.words]

    withdraw = senses("withdraw")
    assert withdraw.index(("peacekeeper", "166")) < withdraw.index((None, "0874"))
    assert ("bill", "0832") in withdraw and ("ambassador", "161") in withdraw
    expel = senses("expel")
    assert expel.index(("journalist", "174")) < expel.index((None, "166"))
    assert ("hostage", "173") in senses("hold") and ("hostage", "181") in senses("take")


def test_events_lexicon_user_file_extends_endings(tmp_path: Path) -> None:
    extra = tmp_path / "my_patterns.yaml"
    extra.write_text('ended: {PROTEST: "082"}\nconcluding: [conclude]\n', encoding="utf-8")
    lexicon = load((str(extra),))
    assert lexicon.ended_code("141") == "082"
    assert "conclude" in lexicon.concluding
    assert load().ended_code("141") is None


def test_events_lexicon_word_classes_spell_out_patterns(tmp_path: Path) -> None:
    packaged = load()
    assert {p.obj for p in packaged.verbs["shift"] if p.code == "154"} >= {"troop", "battalion", "tank", "warship"}
    extra = tmp_path / "my_patterns.yaml"
    extra.write_text('classes:\n  forces: [drone swarm]\n  boats: [dhow, skiff]\n'
                     'patterns:\n  "154":\n    verbs: ["smuggle +@boats", "unleash +@forces", "hide +@nothing"]\n',
                     encoding="utf-8")
    lexicon = load((str(extra),))
    assert {("dhow", ()), ("skiff", ())} <= {(p.obj, p.obj_mods) for p in lexicon.verbs["smuggle"] if p.code == "154"}
    assert ("swarm", ("drone",)) in {(p.obj, p.obj_mods) for p in lexicon.verbs["unleash"]}  # a packaged class grown
    assert ("troop", ()) in {(p.obj, p.obj_mods) for p in lexicon.verbs["unleash"]}
    assert "hide" not in lexicon.verbs  # a class no file names: the pattern is skipped

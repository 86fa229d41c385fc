"""Quality on held-out gold sets: texts written apart from the stages' development, by other hands, to estimate
quality on unseen news. Each set was first scored blind; lessons drawn from its errors then went into the stages as
general rules, tested on new texts of their own (never the held-out texts). Floors sit a little under the figures
measured when they were pinned; raise them when a stage improves."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import event_articles
import test_actors_gold
import test_events_gold
import test_quotes_gold
import test_times_gold
from detente import nlp
from detente.document import Document
from detente.pipeline import Pipeline
from detente.settings import Settings

HELDOUT = Path(__file__).parent / "gold" / "heldout"

# Meetings, talks and calls are coded both ways (X->Y and Y->X), as the blind sets from set M on code them; the
# earlier article sets (c to k) code them one way, and their precision floors were lowered by up to three points
# when the convention changed.
FLOORS: dict[str, dict[str, float]] = {
    "events.yaml": {"type": 0.98, "quad": 0.98, "source": 0.99, "target": 0.96},
    "events_b.yaml": {"type": 0.92, "quad": 0.95, "source": 0.95, "target": 0.95},
    # harder sentences (idioms, nominal targets, places, datelines); scored blind first (type 0.73, target 0.54),
    # then learnt from as classes: senses decided by object or particle, datelines, parties named by reference
    "events_c.yaml": {"type": 0.93, "quad": 0.94, "source": 0.92, "target": 0.91},
    # whole articles: every event an analyst would code, matched on type, source and target country per sentence
    # (scored blind first: precision 0.21, recall 0.20, f1 0.20, then learnt from as classes, as events_c.yaml)
    "event_articles_c.yaml": {"precision": 0.70, "recall": 0.75, "f1": 0.72, "found": 0.95, "type": 0.87,
                              "source": 0.83, "full": 0.75},
    # written blind after the second pass on events, scored blind (sentences: type 0.79, target 0.59; articles:
    # f1 0.44 against 0.36 for the extractor before that pass), then learnt from as classes: weak types, acts that
    # end, participles, possessive pronouns, events with no party known
    "events_d.yaml": {"type": 0.93, "quad": 0.94, "source": 0.93, "target": 0.84},
    "event_articles_d.yaml": {"precision": 0.74, "recall": 0.81, "f1": 0.77, "found": 0.98, "type": 0.93,
                              "source": 0.91, "full": 0.81},
    # written blind after the third pass on events (every PLOVER type twelve times, sixteen sentences with no event;
    # ten wire articles), scored blind before and after that pass (sentences: type 0.73 -> 0.77, target 0.68 ->
    # 0.68; articles: f1 0.39 -> 0.41), not learnt from
    "events_e.yaml": {"type": 0.87, "quad": 0.88, "source": 0.91, "target": 0.82},
    "event_articles_e.yaml": {"precision": 0.62, "recall": 0.68, "f1": 0.65, "found": 0.94, "type": 0.82,
                              "source": 0.75, "full": 0.68},
    # written blind after the third pass (sentences of new verbs and constructions, every type twelve times; ten
    # wire articles), scored blind at the fourth pass's start (sentences: type 0.70, type with both parties 0.48,
    # no event 19%; articles: f1 0.46), then learnt from as classes: ~150 patterns of missed phrasings, posts
    # abroad, domestic agents in the story's country, targets handed to, the story's other side
    "events_f.yaml": {"type": 0.90, "quad": 0.91, "source": 0.90, "target": 0.82},
    "event_articles_f.yaml": {"precision": 0.72, "recall": 0.72, "f1": 0.72, "found": 0.97, "type": 0.88,
                              "source": 0.82, "full": 0.72},
    # written blind at the end of the fourth pass (nine sentences of each type, new regions and idioms; six wire
    # articles), scored blind before and after that pass (sentences: type 0.60 -> 0.64, both parties 0.42 -> 0.45,
    # no event 22% -> 19%; articles: f1 0.46 -> 0.48), then learnt from as classes: ~80 patterns of missed phrasings
    "events_g.yaml": {"type": 0.87, "quad": 0.89, "source": 0.91, "target": 0.79},
    "event_articles_g.yaml": {"precision": 0.70, "recall": 0.69, "f1": 0.69, "found": 0.96, "type": 0.86,
                              "source": 0.75, "full": 0.69},
    # written blind at the fifth pass's start (twelve sentences of each type in new regions and idioms; ten wire
    # articles), scored blind before any of that pass's work (sentences: type 0.51, both parties 0.41, no event
    # 35%; articles: f1 0.48), then learnt from as classes: ~830 patterns of missed phrasings with their other
    # readings, the one foreign country of a clause, conjecture, the country named last, each other
    "events_h.yaml": {"type": 0.89, "quad": 0.89, "source": 0.88, "target": 0.80},
    "event_articles_h.yaml": {"precision": 0.72, "recall": 0.70, "f1": 0.71, "found": 0.92, "type": 0.86,
                              "source": 0.78, "full": 0.70},
    # written blind at the fifth pass's start and kept unread until late in it, scored blind then (sentences:
    # type 0.71, both parties 0.56, no event 17%, against 0.69 / 0.54 / 19% for the pass's starting code;
    # articles: f1 0.54 against 0.55), then learnt from: ~360 patterns, appeals whatever they ask
    "events_i.yaml": {"type": 0.95, "quad": 0.95, "source": 0.95, "target": 0.84},
    "event_articles_i.yaml": {"precision": 0.72, "recall": 0.78, "f1": 0.74, "found": 0.97, "type": 0.89,
                              "source": 0.86, "full": 0.78},
    # written blind at the sixth pass's start (twelve sentences of each type; ten wire articles), scored blind
    # (sentences: type 0.76, both parties 0.62, no event 12.5%; articles: f1 0.44 for the pass's starting code,
    # 0.46 after its first changes), then learnt from: governments' protests, passives without agents, regions as
    # places, the Congo of the story, proposals aimed at their proposer, ~200 patterns of missed phrasings
    "events_j.yaml": {"type": 0.89, "quad": 0.90, "source": 0.92, "target": 0.83},
    "event_articles_j.yaml": {"precision": 0.73, "recall": 0.73, "f1": 0.73, "found": 0.96, "type": 0.88,
                              "source": 0.78, "full": 0.73},
    # written blind during the sixth pass and kept unread until late in it, scored blind (sentences: type 0.58,
    # both parties 0.44, no event 31%, against 0.56 / 0.42 / 33% for the pass's starting code; articles: f1 0.47
    # against 0.45), then learnt from: domestic agents of the dateline's country, ~250 patterns
    "events_k.yaml": {"type": 0.89, "quad": 0.91, "source": 0.88, "target": 0.80},
    "event_articles_k.yaml": {"precision": 0.64, "recall": 0.64, "f1": 0.64, "found": 0.91, "type": 0.83,
                              "source": 0.76, "full": 0.64},
    # written blind late in the sixth pass and scored blind at its end (sentences: type 0.80, both parties 0.72, no
    # event 10.6%, against 0.78 / 0.71 / 10.6% for the pass's starting code; articles: f1 0.53 against 0.50); not
    # learnt from
    "events_l.yaml": {"type": 0.91, "quad": 0.91, "source": 0.93, "target": 0.87},
    "event_articles_l.yaml": {"precision": 0.72, "recall": 0.66, "f1": 0.69, "found": 0.95, "type": 0.89,
                              "source": 0.76, "full": 0.66},
    # written blind at the seventh pass's start and scored blind before it was learnt from (sentences: type 0.76,
    # both parties 0.65, no event 13.8%; articles: f1 0.53), then learnt from: offers aimed at their makers,
    # pledges under an accord, the act a sentence reports first, people counted again, bodies named for a state
    "events_m.yaml": {"type": 0.87, "quad": 0.87, "source": 0.88, "target": 0.82},
    "event_articles_m.yaml": {"precision": 0.77, "recall": 0.76, "f1": 0.76, "found": 0.96, "type": 0.87,
                              "source": 0.79, "full": 0.76},
    # written blind late in the seventh pass and scored blind near its end (sentences: type 0.85 on the first
    # event, both parties 0.77, no event 8.1%, against 0.83 / 0.75 / 8.1% for the pass's starting code; articles:
    # f1 0.42 against 0.42); not learnt from
    "events_n.yaml": {"type": 0.87, "quad": 0.87, "source": 0.90, "target": 0.82},
    "event_articles_n.yaml": {"precision": 0.69, "recall": 0.64, "f1": 0.67, "found": 0.96, "type": 0.84,
                              "source": 0.73, "full": 0.64},
    # written blind for the eighth pass: set O (scored blind at the pass's start: sentences type 0.75 on the first
    # event, both parties 0.66, no event 16.9%; articles f1 0.49, its headlines kept as titles) and set P (scored
    # blind mid-pass: sentences 0.79 / 0.66 / 14.4%; articles f1 0.53, against 0.52 for the pass's starting code),
    # then learnt from: replies promised on a condition, blocs and governments named by reference, joint acts
    "events_o.yaml": {"type": 0.91, "quad": 0.92, "source": 0.91, "target": 0.84},
    "event_articles_o.yaml": {"precision": 0.75, "recall": 0.71, "f1": 0.73, "found": 0.94, "type": 0.88,
                              "source": 0.77, "full": 0.71},
    "events_p.yaml": {"type": 0.89, "quad": 0.90, "source": 0.88, "target": 0.80},
    "event_articles_p.yaml": {"precision": 0.70, "recall": 0.60, "f1": 0.65, "found": 0.91, "type": 0.79,
                              "source": 0.67, "full": 0.60},
    # written blind late in the eighth pass and scored blind at its end (sentences: type 0.84 on the first event,
    # both parties 0.73, no event 8.8%, against 0.83 / 0.72 / 8.8% for the pass's starting code; articles f1 0.52
    # against 0.51); not learnt from
    "events_q.yaml": {"type": 0.89, "quad": 0.89, "source": 0.90, "target": 0.85},
    "event_articles_q.yaml": {"precision": 0.87, "recall": 0.73, "f1": 0.79, "found": 0.90, "type": 0.80,
                              "source": 0.79, "full": 0.73},
    # written blind for the ninth pass: set R (scored blind at the pass's start: sentences type 0.91 on the first
    # event, both parties 0.79, no event 6.2%; articles f1 0.55; quotes names 0.68, dates 0.73), then learnt from:
    # accusations rejected, aid suspended, civilians' blockades, role labels, transcripts dated by their session
    "events_r.yaml": {"type": 0.91, "quad": 0.91, "source": 0.90, "target": 0.84},
    "event_articles_r.yaml": {"precision": 0.77, "recall": 0.71, "f1": 0.74, "found": 0.93,
                              "type": 0.86, "source": 0.80, "full": 0.71},
    # written blind at the same time, scored blind late in the pass on its starting and final code (sentences:
    # type 0.87 both times, both parties 0.78 -> 0.78, no event 10.0%; articles f1 0.51 -> 0.52; quotes names 0.64
    # and dates 0.61 both times); not learnt from
    "events_s.yaml": {"type": 0.90, "quad": 0.90, "source": 0.90, "target": 0.85},
    "event_articles_s.yaml": {"precision": 0.74, "recall": 0.71, "f1": 0.73, "found": 0.92,
                              "type": 0.81, "source": 0.79, "full": 0.71},
    # written blind for the tenth pass: set T (scored blind at the pass's start: sentences type 0.86 on the first
    # event, both parties 0.72, no event 8.8%; articles f1 0.51; quotes names 0.59, dates 0.62), then learnt from:
    # meetings both ways, pledges of restraint, forces moved at home, victims placed, crossings closed, bold
    # question interviews, bracketed labels, bodies named in apposition
    "events_t.yaml": {"type": 0.87, "quad": 0.88, "source": 0.92, "target": 0.86},
    "event_articles_t.yaml": {"precision": 0.66, "recall": 0.59, "f1": 0.62, "found": 0.97,
                              "type": 0.85, "source": 0.71, "full": 0.59},
    # written blind at the same time, scored blind late in the pass on its starting and final code (sentences:
    # type 0.80 both times, both parties 0.68 -> 0.69, no event 11.2%; articles f1 0.59 -> 0.60; quotes names 0.65
    # -> 0.67, dates 0.73 -> 0.82); learnt from in the next pass: mediators, missiles fired at no one, vetoes,
    # game results, places of the source's own country, the two sides' people and delegations
    "events_u.yaml": {"type": 0.86, "quad": 0.87, "source": 0.87, "target": 0.82},
    "event_articles_u.yaml": {"precision": 0.74, "recall": 0.73, "f1": 0.74, "found": 0.97,
                              "type": 0.88, "source": 0.82, "full": 0.73},
    # written blind at the start of the eleventh pass (Central Asia, the Great Lakes, Southern Africa, the Pacific,
    # the Baltics), scored blind on its starting code (sentences: type 0.81, both parties 0.71, no event 10.0%;
    # articles f1 0.55; quotes f1 0.95, speaker 0.93, names 0.84, dates 0.84), then learnt from
    "events_v.yaml": {"type": 0.88, "quad": 0.89, "source": 0.93, "target": 0.85},
    "event_articles_v.yaml": {"precision": 0.74, "recall": 0.65, "f1": 0.69, "found": 0.93,
                              "type": 0.83, "source": 0.74, "full": 0.65},
    # written blind at the same time (the South China Sea, Gaza, the Caucasus, the Horn, Latin America), scored blind
    # on the pass's starting and final code (sentences: type 0.84, both parties 0.77, no event 5.6% both times;
    # articles f1 0.53 both times; quotes f1 0.93, speaker 0.99, names 0.83, dates 0.68 -> 0.67); learnt from in the
    # twelfth pass
    "events_w.yaml": {"type": 0.88, "quad": 0.91, "source": 0.90, "target": 0.88},
    "event_articles_w.yaml": {"precision": 0.73, "recall": 0.63, "f1": 0.67, "found": 0.94,
                              "type": 0.80, "source": 0.72, "full": 0.63},
    # written blind at the start of the twelfth pass (the Sahel, the Korean peninsula, South Asia, the Gulf and the
    # Red Sea, Moldova, the Nordic countries), scored blind on its starting code (sentences: type 0.84, both parties
    # 0.74, no event 9.4%; articles f1 0.54; quotes f1 0.95, speaker 0.98, names 0.80, dates 0.79), then learnt from
    "events_x.yaml": {"type": 0.88, "quad": 0.88, "source": 0.89, "target": 0.84},
    "event_articles_x.yaml": {"precision": 0.77, "recall": 0.61, "f1": 0.68, "found": 0.93,
                              "type": 0.84, "source": 0.74, "full": 0.61},
    # written blind at the same time (Sudan, the Taiwan Strait, Thailand and Cambodia, Haiti, Turkey and the Kurds,
    # Western Sahara), scored blind on the pass's starting and final code (sentences: type 0.82 both times, both
    # parties 0.68 -> 0.68, no event 10.0% both times; articles f1 0.59 -> 0.60; quotes f1 0.86 both times, speaker
    # 0.97, names 0.76 -> 0.79, dates 0.92 both times); learnt from in the pass after
    "events_y.yaml": {"type": 0.88, "quad": 0.89, "source": 0.91, "target": 0.82},
    "event_articles_y.yaml": {"precision": 0.72, "recall": 0.64, "f1": 0.68, "found": 0.90,
                              "type": 0.80, "source": 0.71, "full": 0.64},
    # set z (the Essequibo, the Horn of Africa, Serbia and Kosovo, the South Caucasus, Israel and Lebanon, the South
    # China Sea), scored blind on the pass's starting code (sentences: type 0.84, both parties 0.72, no event 10.6%;
    # articles f1 0.60; quotes f1 0.87, speaker 0.97, names 0.73, dates 0.70), then learnt from
    "events_z.yaml": {"type": 0.93, "quad": 0.93, "source": 0.91, "target": 0.84},
    "event_articles_z.yaml": {"precision": 0.78, "recall": 0.70, "f1": 0.74, "found": 0.95,
                              "type": 0.85, "source": 0.79, "full": 0.70},
    # set aa (the Great Lakes, Belarus and its neighbours, Iran's nuclear programme, Afghanistan and Pakistan, the
    # Arctic and Greenland, Southern Africa), written with z, scored blind on the thirteenth pass's starting and final
    # code (sentences: type 0.81, both parties 0.73, no event 9.4% both times; articles f1 0.47 both times; quotes f1
    # 0.95, speaker 0.87, names 0.74 -> 0.78, dates 0.86 -> 0.89); learnt from in the fourteenth pass
    "events_aa.yaml": {"type": 0.93, "quad": 0.92, "source": 0.92, "target": 0.87},
    "event_articles_aa.yaml": {"precision": 0.67, "recall": 0.59, "f1": 0.63, "found": 0.94,
                               "type": 0.87, "source": 0.77, "full": 0.59},
    # fourteenth pass: set ab (the Sahel, Sudan's war, the Korean peninsula, India and China, Turkey, Greece and
    # Cyprus, Thailand and Cambodia), scored blind on the pass's starting code (sentences: type 0.80, both parties
    # 0.69, no event 10.0%; articles f1 0.52; quotes f1 0.96, speaker 0.96, names 0.89, dates 0.91), then learnt from
    "events_ab.yaml": {"type": 0.89, "quad": 0.89, "source": 0.89, "target": 0.81},
    "event_articles_ab.yaml": {"precision": 0.63, "recall": 0.57, "f1": 0.60, "found": 0.94,
                               "type": 0.82, "source": 0.70, "full": 0.57},
    # set ac (Haiti, the Red Sea, Ukraine and its neighbours, India and Pakistan, the Pacific, West Africa), written
    # with ab, scored blind on the fourteenth pass's starting and final code (sentences: type 0.82 -> 0.83, both
    # parties 0.74 -> 0.76, no event 8.8% both times; articles f1 0.52 both times; quotes f1 0.97, speaker 0.96, names
    # 0.76, dates 0.77, the same both times); learnt from in the pass after
    "events_ac.yaml": {"type": 0.88, "quad": 0.91, "source": 0.93, "target": 0.85},
    "event_articles_ac.yaml": {"precision": 0.67, "recall": 0.64, "f1": 0.66, "found": 0.96,
                               "type": 0.85, "source": 0.76, "full": 0.64},
    # set ad (the South Caucasus, the Balkans, the Baltic Sea, the South China Sea, the Andes, the Horn of Africa),
    # scored blind on the fifteenth pass's starting code (sentences: type 0.84, both parties 0.74, no event 7.5%;
    # articles f1 0.54; quotes f1 0.95, speaker 0.94, names 0.83, dates 0.68), then learnt from
    "events_ad.yaml": {"type": 0.91, "quad": 0.91, "source": 0.89, "target": 0.84},
    "event_articles_ad.yaml": {"precision": 0.65, "recall": 0.58, "f1": 0.61, "found": 0.93,
                               "type": 0.84, "source": 0.72, "full": 0.58},
    # set ae (eastern Congo, Lebanon and Israel, East Asia, Poland and Belarus, Central Asia, North Africa), written
    # with ad, scored blind on the fifteenth pass's starting and final code (sentences: type 0.88 both times, both
    # parties 0.76 both times, no event 6.2% both times; articles f1 0.53 -> 0.54; quotes f1 0.99 both times, speaker
    # 0.99 both times, names 0.82 -> 0.92, dates 0.88 -> 0.89); learnt from in the sixteenth pass
    "events_ae.yaml": {"type": 0.92, "quad": 0.94, "source": 0.93, "target": 0.88},
    "event_articles_ae.yaml": {"precision": 0.70, "recall": 0.69, "f1": 0.70, "found": 0.95,
                               "type": 0.87, "source": 0.79, "full": 0.69},
    # set af (Myanmar and Thailand, the Gulf, the Essequibo, southern Africa, the Arctic, Syria and Iraq), scored
    # blind on the sixteenth pass's starting code (sentences: type 0.86, both parties 0.71, no event 8.1%; articles
    # f1 0.45; quotes f1 0.97, speaker 0.92, names 0.76, dates 0.93), then learnt from
    "events_af.yaml": {"type": 0.92, "quad": 0.92, "source": 0.92, "target": 0.82},
    "event_articles_af.yaml": {"precision": 0.63, "recall": 0.57, "f1": 0.60, "found": 0.93,
                               "type": 0.80, "source": 0.67, "full": 0.57},
    # set ag (Sudan, the Sahel, Moldova, the Pacific, the Korean peninsula, the Eastern Mediterranean), written with
    # af, scored blind on the sixteenth pass's starting and final code (sentences: type 0.84 both times, both parties
    # 0.70 both times, no event 7.5% -> 8.1%; articles f1 0.57 -> 0.59; quotes f1 0.82 both times, speaker 0.87 both
    # times, names 0.84 both times, dates 0.87 -> 0.91); learnt from in the seventeenth pass
    "events_ag.yaml": {"type": 0.91, "quad": 0.91, "source": 0.92, "target": 0.81},
    "event_articles_ag.yaml": {"precision": 0.71, "recall": 0.59, "f1": 0.64, "found": 0.90,
                               "type": 0.80, "source": 0.71, "full": 0.59},
    # set ah (Central America and the Darién, the Andes, Iran and the South Caucasus, the Horn of Africa, the Western
    # Balkans), scored blind on the seventeenth pass's starting code (sentences: type 0.89, both parties 0.77, no
    # event 6.2%; articles f1 0.58; quotes f1 0.98, speaker 0.98, names 0.85, dates 0.88), then learnt from
    "events_ah.yaml": {"type": 0.92, "quad": 0.92, "source": 0.92, "target": 0.86},
    "event_articles_ah.yaml": {"precision": 0.67, "recall": 0.53, "f1": 0.60, "found": 0.89,
                               "type": 0.83, "source": 0.71, "full": 0.53},
    # set ai (South Asia, Southeast Asia, the Baltic and Nordic states with Belarus, North Africa, the Great Lakes),
    # written with ah, scored blind on the seventeenth pass's starting and final code (articles f1 0.64 both times);
    # learnt from in the eighteenth pass
    "events_ai.yaml": {"type": 0.92, "quad": 0.93, "source": 0.95, "target": 0.89},
    "event_articles_ai.yaml": {"precision": 0.84, "recall": 0.75, "f1": 0.79, "found": 0.93,
                               "type": 0.84, "source": 0.81, "full": 0.75},
    # set aj (West Africa's coast, Central Asia and Afghanistan, Venezuela, Colombia and Guyana, Japan, China and
    # Taiwan, Libya, Tunisia and the Mediterranean), scored blind on the eighteenth pass's starting code (sentences:
    # type 0.86, both parties 0.75, no event 8.1%; articles f1 0.57; quotes f1 0.97, speaker 0.99, names 0.88,
    # dates 0.93), then learnt from
    "events_aj.yaml": {"type": 0.91, "quad": 0.91, "source": 0.91, "target": 0.85},
    "event_articles_aj.yaml": {"precision": 0.76, "recall": 0.62, "f1": 0.68, "found": 0.92, "type": 0.78,
                               "source": 0.70, "full": 0.62},
    # set ak (North America, the Caribbean, Indonesia, Papua New Guinea, Timor-Leste and Australia, Central and
    # Eastern Europe, the Levant), written with aj, scored blind on the eighteenth pass's starting and final code
    # (articles f1 0.62 and 0.65), then learnt from in the nineteenth
    "events_ak.yaml": {"type": 0.88, "quad": 0.88, "source": 0.92, "target": 0.84},
    "event_articles_ak.yaml": {"precision": 0.81, "recall": 0.73, "f1": 0.77, "found": 0.91, "type": 0.84,
                               "source": 0.78, "full": 0.73},
    # set al (the Gulf and Yemen, East Africa and the Great Lakes, the Southern Cone, the Western Balkans, Greece,
    # Cyprus and Turkey, the Korean peninsula and Mongolia), written blind for the nineteenth pass and scored blind
    # on its starting and final code (sentences at the start: type 0.89, both parties 0.79, no event 6.9%; articles
    # f1 0.61; quotes f1 0.95, speaker 0.98, names 0.73, dates 0.98); learnt from in the twentieth pass
    "events_al.yaml": {"type": 0.92, "quad": 0.91, "source": 0.92, "target": 0.86},
    "event_articles_al.yaml": {"precision": 0.69, "recall": 0.68, "f1": 0.69, "found": 0.96, "type": 0.84,
                               "source": 0.79, "full": 0.68},
    # set am (the Sahel and the Maghreb, South Asia, the Pacific islands, Western Europe, Iraq, Syria and the Kurdish
    # regions, Myanmar and Thailand), eight articles written with al, scored blind on the nineteenth pass's starting
    # code (f1 0.59), then learnt from
    "event_articles_am.yaml": {"precision": 0.71, "recall": 0.66, "f1": 0.68, "found": 0.95, "type": 0.84,
                               "source": 0.75, "full": 0.66},
    # set an (Southern Africa, the South Caucasus and Central Asia, Iraq, Iran and the Levant, mainland South-East
    # Asia, Central America and the Caribbean, the Nordic and Baltic states), written blind for the twentieth pass
    # and scored blind on its starting and final code (at the start: sentences type 0.82, both parties 0.77, no
    # event 8.1%; articles f1 0.63; quotes f1 0.97, speaker 1.00, names 0.86, dates 0.92); learnt from in the
    # twenty-first pass
    "events_an.yaml": {"type": 0.87, "quad": 0.89, "source": 0.93, "target": 0.86},
    "event_articles_an.yaml": {"precision": 0.77, "recall": 0.69, "f1": 0.73, "found": 0.96, "type": 0.85,
                               "source": 0.79, "full": 0.69},
    # sets ao and ap (ao: West Africa's coast and the Sahel, the Horn of Africa, the Pacific, the Andes, Eastern
    # Europe, South Asia, the Maghreb; ap, eight articles: the Balkans, the Gulf and Yemen, the Great Lakes, East
    # Asia, the Southern Cone, the Eastern Mediterranean), written blind for the twenty-first pass and scored blind
    # on its starting and final code (at the start: sentences type 0.87, both parties 0.80, no event 4.4%; articles
    # f1 0.59 and 0.59; quotes f1 0.96, speaker 0.99, names 0.86, dates 0.85); learnt from in the next pass
    "events_ao.yaml": {"type": 0.91, "quad": 0.92, "source": 0.97, "target": 0.88},
    "event_articles_ao.yaml": {"precision": 0.68, "recall": 0.64, "f1": 0.66, "found": 0.96, "type": 0.81,
                               "source": 0.72, "full": 0.64},
    "event_articles_ap.yaml": {"precision": 0.71, "recall": 0.60, "f1": 0.65, "found": 0.93, "type": 0.76,
                               "source": 0.67, "full": 0.60},
    # sets aq and ar (aq: Central Africa, maritime Southeast Asia, the Caucasus, Central America and the Caribbean,
    # the Baltic and the Nordics, Central Asia, Southern Africa, the Levant, Iraq and Iran; ar, eight articles:
    # mainland Southeast Asia, the Himalaya, the Gulf of Guinea and Lake Chad, Mexico, Cuba and the United States,
    # Western Europe, the Black Sea), written blind for the twenty-second pass and scored blind on its starting and
    # final code (at the start: sentences type 0.82, both parties 0.75, no event 5.0%; articles f1 0.66 and 0.46;
    # quotes f1 0.96, speaker 0.98, names 0.96, dates 0.91), then learnt from in the twenty-third pass (sentences:
    # type 0.87, both parties 0.81, no event 3.1%; articles: f1 0.65 and 0.54): phrasings of notes, solidarity,
    # pooled ships, goods dispatched, pacts ended, understandings and rounds; joint acts against a foe; calls
    # turned down; towns several countries have
    "events_aq.yaml": {"type": 0.85, "quad": 0.87, "source": 0.91, "target": 0.85},
    "event_articles_aq.yaml": {"precision": 0.72, "recall": 0.59, "f1": 0.65, "found": 0.96, "type": 0.83,
                               "source": 0.71, "full": 0.59},
    "event_articles_ar.yaml": {"precision": 0.59, "recall": 0.52, "f1": 0.55, "found": 0.94, "type": 0.76,
                               "source": 0.66, "full": 0.52},
    # sets as and at (as: North Africa, Southern Europe and the Mediterranean, the Gulf, the Andes, South Asia,
    # Eastern Europe, the Horn of Africa, Oceania and North-East Asia; at, eight articles: Southern Europe, the Sahel
    # and Lake Chad, the Korean peninsula and Japan, the Southern Cone, Central Europe, the Great Lakes, the Middle
    # East, Central Asia and Afghanistan), written blind for the twenty-third pass and scored blind on its starting
    # and final code (sentences: type 0.86 and 0.86, both parties 0.79 and 0.79, no event 7.3% and 6.8%; articles:
    # f1 0.65 and 0.65, 0.62 and 0.62), then learnt from in the twenty-fourth pass (articles f1 0.65 -> 0.70 and
    # 0.62 -> 0.69): acts condemned aimed at their doer, scheduled acts, the two neighbours, passives' victims,
    # expulsions by deadline, characterisations and responses in kind, charges joined to a report
    "events_as.yaml": {"type": 0.89, "quad": 0.91, "source": 0.91, "target": 0.87},
    "event_articles_as.yaml": {"precision": 0.73, "recall": 0.68, "f1": 0.71, "found": 0.94, "type": 0.87,
                               "source": 0.76, "full": 0.68},
    "event_articles_at.yaml": {"precision": 0.68, "recall": 0.70, "f1": 0.69, "found": 0.96, "type": 0.84,
                               "source": 0.75, "full": 0.70},
    # sets au and av (au: West Africa, South-East Asia, the Caribbean and Central America, the South Caucasus, Central
    # Asia, Southern Africa, the Levant, Northern and Western Europe; av, eight articles: coastal West Africa,
    # mainland South-East Asia, Central America, Georgia and the Black Sea, Central Asia and the Caspian, Southern
    # Africa, Syria and Jordan, the North Sea and the Arctic), written blind for the twenty-fourth pass and scored
    # blind on its starting and final code (sentences: type 0.85 and 0.85, both parties 0.74 and 0.74, no event 8.3%
    # and 8.9%; articles: f1 0.68 and 0.69, 0.62 and 0.64), then learnt from in the twenty-fifth pass (articles f1
    # 0.69 -> 0.77 and 0.64 -> 0.68): bodies left, talks offered between two, sanctions drawn up, complaints lodged
    # with a body, charges called baseless, vessels driven off, a region's neighbours, help pledged, illegal acts
    "events_au.yaml": {"type": 0.83, "quad": 0.84, "source": 0.84, "target": 0.78},
    "event_articles_au.yaml": {"precision": 0.74, "recall": 0.77, "f1": 0.75, "found": 0.97,
                               "type": 0.90, "source": 0.83, "full": 0.77},
    "event_articles_av.yaml": {"precision": 0.71, "recall": 0.63, "f1": 0.67, "found": 0.84,
                               "type": 0.79, "source": 0.70, "full": 0.63},
    # sets aw and ax (sentences of aw: the Horn of Africa, North Africa, the Gulf and Yemen, South Asia, East Asia,
    # Eastern Europe, South America, the Pacific; eight articles of aw: Sudan's war, the Horn, Libya, the Maghreb, the
    # Red Sea, Iran's nuclear file, India and Pakistan, Bangladesh and Myanmar; eight of ax: the Taiwan Strait, the
    # Korean peninsula, Ukraine and Russia, Moldova and Transnistria, Venezuela and Guyana, Colombia, the Pacific, the
    # Balkans), written blind for the twenty-fifth pass and scored blind on its starting and final code (sentences:
    # type 0.87 and 0.87, both parties 0.75 and 0.75, no event 5.2% and 5.2%; articles: f1 0.66 and 0.67, 0.69 and
    # 0.71); not learnt from
    "events_aw.yaml": {"type": 0.86, "quad": 0.87, "source": 0.87, "target": 0.80},
    "event_articles_aw.yaml": {"precision": 0.66, "recall": 0.65, "f1": 0.66, "found": 0.93,
                               "type": 0.85, "source": 0.81, "full": 0.65},
    "event_articles_ax.yaml": {"precision": 0.72, "recall": 0.67, "f1": 0.70, "found": 0.95,
                               "type": 0.80, "source": 0.78, "full": 0.67},
    "times.yaml": {"span_f1": 0.99, "value_accuracy": 0.99},
    "quotes.yaml": {"precision": 0.99, "recall": 0.97, "f1": 0.98, "speaker": 0.99, "names": 0.99},
    "quotes_b.yaml": {"precision": 0.96, "recall": 0.99, "f1": 0.97, "speaker": 0.97, "names": 0.99},
    # hard articles (interviews, press conferences, transcripts), with statement dates; scored blind first
    # (precision 0.79, recall 0.89, names 0.75, dates 0.31), then learnt from as classes: statement against
    # content dates, interview turns, chains of pronouns and descriptions, bodies that speak
    "quotes_c.yaml": {"precision": 0.98, "recall": 0.98, "f1": 0.98, "speaker": 0.93, "names": 0.99, "date": 0.97},
    # hard articles written blind after the second pass on quotes and dates, scored blind (before that pass: f1 0.82,
    # names 0.71, dates 0.34; after it f1 0.88, names 0.82, dates 0.71), then learnt from as classes: the lead's
    # occasion, names written side by side, descriptions that introduce someone new, bodies named as written
    "quotes_d.yaml": {"precision": 0.89, "recall": 0.97, "f1": 0.93, "speaker": 0.93, "names": 0.97, "date": 0.98},
    # hard articles written blind after the third pass on quotes and dates, scored blind (names 0.66 before that
    # pass, 0.74 after; dates 0.69 both), then learnt from as classes: the lead's occasion, transcript sessions,
    # whole names, middle surnames, people introduced by a description, titles before names
    "quotes_e.yaml": {"precision": 0.93, "recall": 0.96, "f1": 0.95, "speaker": 0.94, "names": 0.96, "date": 0.97},
    # hard articles written blind after the third pass, scored blind at the fourth pass's start (f1 0.94, names
    # 0.72, dates 0.88), then learnt from as classes: given names before surnames, titles with portfolios,
    # descriptions by country, scenes a paragraph opens with, bodies with their article, unnamed sources' places
    "quotes_f.yaml": {"precision": 0.94, "recall": 0.98, "f1": 0.96, "speaker": 0.93, "names": 0.92, "date": 0.97},
    # hard articles written blind at the end of the fourth pass, scored blind before and after it (names 0.64 ->
    # 0.69, dates 0.79 -> 0.80), then learnt from as classes: given names of several words, portfolios kept out of
    # names, communiques introduced with "a", a transcript dated by "Tuesday's consultation"
    "quotes_g.yaml": {"precision": 0.96, "recall": 0.98, "f1": 0.97, "speaker": 0.95, "names": 0.94, "date": 0.98},
    # hard articles written blind at the fifth pass's start, scored blind before it (f1 0.89, names 0.53, dates
    # 0.81), then learnt from as classes: names after a title and its portfolio, namesakes, a time right after the
    # cue, names set off after an opening place, documents named as introduced, companies owning titles
    "quotes_h.yaml": {"precision": 0.90, "recall": 0.95, "f1": 0.93, "speaker": 0.93, "names": 0.91, "date": 0.93},
    # hard articles written blind at the fifth pass's start, scored blind late in it (names 0.59, dates 0.85,
    # against 0.50 / 0.78 for the pass's starting code), then learnt from: answer labels after "Q:", portfolios
    # of several words, names set off before the cue, states speaking together
    "quotes_i.yaml": {"precision": 0.91, "recall": 0.98, "f1": 0.94, "speaker": 0.97, "names": 0.87, "date": 0.95},
    # hard articles written blind at the sixth pass's start, scored blind (names 0.73, dates 0.89), then learnt
    # from: honorifics, statements of those who put questions, names after titled portfolios, counterparts' roles
    "quotes_j.yaml": {"precision": 0.93, "recall": 0.99, "f1": 0.95, "speaker": 0.92, "names": 0.90, "date": 0.92},
    # written blind during the sixth pass, kept unread until late in it, scored blind (names 0.77, dates 0.71,
    # against 0.70 / 0.72 for the pass's starting code), then learnt from: sessions dated by their day, unnamed
    # sources described in full, subjects after fronted clauses
    "quotes_k.yaml": {"precision": 0.93, "recall": 0.96, "f1": 0.94, "speaker": 0.94, "names": 0.90, "date": 0.95},
    # written blind late in the sixth pass and scored blind at its end (names 0.79, dates 0.69, against 0.71 / 0.59
    # for the pass's starting code), then learnt from: datelines date no lead, portfolios running past the title's
    # phrase, abbreviated titles, scenes at a gathering
    "quotes_l.yaml": {"precision": 0.93, "recall": 0.97, "f1": 0.95, "speaker": 0.87, "names": 0.90, "date": 0.97},
    # written blind at the seventh pass's start, scored blind (names 0.61, dates 0.74 on the pass's starting code),
    # then learnt from: labels with titles and a chair's label in transcripts, people named after their
    # description, co-speakers of a dated scene, counterparts, bold questions
    "quotes_m.yaml": {"precision": 0.93, "recall": 0.97, "f1": 0.95, "speaker": 0.96, "names": 0.89, "date": 0.96},
    # written blind late in the seventh pass, scored blind near its end (names 0.74, dates 0.85, against 0.70 / 0.68
    # for the pass's starting code), then learnt from a little: honorifics inside titles, history dating nothing
    "quotes_n.yaml": {"precision": 0.92, "recall": 0.97, "f1": 0.95, "speaker": 0.97, "names": 0.93, "date": 0.92},
    # written blind for the eighth pass (set O scored at its start: names 0.70, dates 0.76; set P mid-pass: names
    # 0.72, dates 0.87), then learnt from: an interviewer's statements, long titles ending at the name, "it" after
    # a body, questions put to the next speaker, appositive titles, honours after names
    "quotes_o.yaml": {"precision": 0.91, "recall": 0.94, "f1": 0.92, "speaker": 0.96, "names": 0.94, "date": 0.92},
    "quotes_p.yaml": {"precision": 0.94, "recall": 0.99, "f1": 0.96, "speaker": 0.96, "names": 0.88, "date": 0.91},
    # written blind late in the eighth pass, scored blind at its end (names 0.72, dates 0.76, against 0.71 / 0.76
    # for the pass's starting code); not learnt from
    "quotes_q.yaml": {"precision": 0.95, "recall": 0.99, "f1": 0.97, "speaker": 0.97, "names": 0.83, "date": 0.92},
    "quotes_r.yaml": {"precision": 0.86, "recall": 0.99, "f1": 0.92, "speaker": 0.97, "names": 0.79, "date": 0.88},
    "quotes_s.yaml": {"precision": 0.90, "recall": 0.99, "f1": 0.94, "speaker": 0.95, "names": 0.87, "date": 0.96},
    # set T (blind: f1 0.81, speaker 0.93, names 0.59, dates 0.62; learnt from) and set U (blind, not learnt from:
    # names 0.65 -> 0.67, dates 0.73 -> 0.82 on the pass's starting and final code)
    "quotes_t.yaml": {"precision": 0.92, "recall": 0.99, "f1": 0.95, "speaker": 0.91, "names": 0.88, "date": 0.88},
    "quotes_u.yaml": {"precision": 0.93, "recall": 0.97, "f1": 0.95, "speaker": 0.95, "names": 0.94, "date": 0.96},
    # set V (blind: f1 0.95, speaker 0.93, names 0.84, dates 0.84; learnt from) and set W (blind on the eleventh
    # pass's starting and final code: f1 0.93, speaker 0.99, names 0.83, dates 0.68 -> 0.67; learnt from in the twelfth)
    "quotes_v.yaml": {"precision": 0.94, "recall": 0.97, "f1": 0.96, "speaker": 0.97, "names": 0.97, "date": 0.94},
    "quotes_w.yaml": {"precision": 0.90, "recall": 0.97, "f1": 0.93, "speaker": 0.97, "names": 0.89, "date": 0.94},
    # set X (blind: f1 0.95, speaker 0.98, names 0.80, dates 0.79; learnt from)
    "quotes_x.yaml": {"precision": 0.94, "recall": 0.97, "f1": 0.95, "speaker": 0.97, "names": 0.86, "date": 0.94},
    # set Y (blind on the pass's starting and final code, not learnt from: f1 0.86, speaker 0.97, names 0.76 ->
    # 0.79, dates 0.92)
    "quotes_y.yaml": {"precision": 0.95, "recall": 0.97, "f1": 0.96, "speaker": 0.99, "names": 0.99, "date": 0.96},
    "quotes_z.yaml": {"precision": 0.94, "recall": 0.99, "f1": 0.96, "speaker": 0.97, "names": 0.96, "date": 0.97},
    "quotes_aa.yaml": {"precision": 0.93, "recall": 0.99, "f1": 0.95, "speaker": 0.97, "names": 0.96, "date": 0.95},
    "quotes_ab.yaml": {"precision": 0.96, "recall": 0.97, "f1": 0.96, "speaker": 0.96, "names": 0.97, "date": 0.99},
    "quotes_ac.yaml": {"precision": 0.96, "recall": 0.99, "f1": 0.97, "speaker": 0.99, "names": 0.96, "date": 0.99},
    "quotes_ad.yaml": {"precision": 0.96, "recall": 0.97, "f1": 0.96, "speaker": 0.94, "names": 0.94, "date": 0.97},
    "quotes_ae.yaml": {"precision": 0.96, "recall": 0.99, "f1": 0.97, "speaker": 0.97, "names": 0.92, "date": 0.96},
    "quotes_af.yaml": {"precision": 0.95, "recall": 0.99, "f1": 0.97, "speaker": 0.92, "names": 0.83, "date": 0.97},
    "quotes_ag.yaml": {"precision": 0.90, "recall": 0.96, "f1": 0.93, "speaker": 0.89, "names": 0.89, "date": 0.93},
    "quotes_ah.yaml": {"precision": 0.95, "recall": 0.97, "f1": 0.96, "speaker": 0.95, "names": 0.90, "date": 0.91},
    "quotes_ai.yaml": {"precision": 0.95, "recall": 0.94, "f1": 0.94, "speaker": 0.93, "names": 0.87, "date": 0.95},
    "quotes_aj.yaml": {"precision": 0.95, "recall": 0.95, "f1": 0.95, "speaker": 0.97, "names": 0.92, "date": 0.92},
    "quotes_ak.yaml": {"precision": 0.93, "recall": 0.97, "f1": 0.95, "speaker": 0.95, "names": 0.84, "date": 0.95},
    "quotes_al.yaml": {"precision": 0.90, "recall": 0.97, "f1": 0.93, "speaker": 0.97, "names": 0.91, "date": 0.96},
    "quotes_an.yaml": {"precision": 0.95, "recall": 0.96, "f1": 0.96, "speaker": 0.99, "names": 0.84, "date": 0.91},
    "quotes_ao.yaml": {"precision": 0.91, "recall": 0.99, "f1": 0.95, "speaker": 0.97, "names": 0.85, "date": 0.84},
    "quotes_aq.yaml": {"precision": 0.93, "recall": 0.96, "f1": 0.94, "speaker": 0.96, "names": 0.94, "date": 0.89},
    "actors.yaml": {"found": 0.98, "country": 0.92, "sector": 0.94, "kind": 0.93, "name": 0.88, "linking": 0.82,
                    "link_precision": 0.87},
    "actors_b.yaml": {"found": 0.98, "country": 0.92, "sector": 0.93, "kind": 0.97, "name": 0.89, "linking": 0.87,
                      "link_precision": 0.91},
    # 30 texts written blind for the eighteenth pass, on the hard cases of an actor's country (titles, seats,
    # demonyms, acronyms the article decides), scored blind on its starting code (country 0.80); its first 15 texts
    # were then learnt from, its last 15 not
    "actors_c.yaml": {"found": 0.96, "country": 0.89, "sector": 0.85, "kind": 0.91, "name": 0.55, "linking": 0.75,
                      "link_precision": 0.93},
    # 30 texts written blind for the nineteenth pass (seats, regional governments, exiles, coalitions, peacekeepers,
    # "the kingdom", "the island nation"), scored blind on its starting code (country 0.81); its first 15 texts were
    # then learnt from, its last 15 not
    "actors_d.yaml": {"found": 0.95, "country": 0.88, "sector": 0.82, "kind": 0.87, "name": 0.55, "linking": 0.72,
                      "link_precision": 0.79},
    # 30 texts written blind for the twentieth pass (state media and utilities, border guards, states named by
    # their region or geography, provinces, officials of bodies told with their nationality, acronyms the article
    # decides), scored blind on its starting code (country 0.73); its first 15 texts were then learnt from, its
    # last 15 not (country 0.78 at the start)
    "actors_e.yaml": {"found": 0.94, "country": 0.84, "sector": 0.79, "kind": 0.90, "name": 0.62, "linking": 0.72,
                      "link_precision": 0.91},
    # 30 texts written blind for the twenty-first pass (juntas, breakaway regions, armed groups abroad, state
    # firms by acronym, officials of bodies with another nationality), scored blind on its starting and final code
    # (country 0.74 both times); learnt from in the next pass
    "actors_f.yaml": {"found": 0.93, "country": 0.87, "sector": 0.78, "kind": 0.85, "name": 0.57, "linking": 0.60,
                      "link_precision": 0.85},
    # 30 texts written blind for the twenty-second pass (titles with no country word, demonyms, seats, officials
    # of bodies with another nationality, armed groups, state media and firms by acronym, states named by
    # description, breakaway territories, exiles), scored blind on its starting code (country 0.64), then learnt
    # from in the twenty-third pass (country 0.70 -> 0.75): officials a body owns, dateline towns, national bodies
    # of the dateline's state, names run into the dateline, groups a description qualifies
    "actors_g.yaml": {"found": 0.91, "country": 0.74, "sector": 0.70, "kind": 0.84, "name": 0.53, "linking": 0.58,
                      "link_precision": 0.86},
    # 30 texts written blind for the twenty-third pass (officials of bodies of another nationality, envoys and
    # embassies abroad, foreign forces, exiles, armed groups and separatists, regional governments, people with no
    # title, firms, descriptions of states, capitals for governments), scored blind on its starting and final code
    # (country 0.73 and 0.74), then learnt from in the twenty-fourth pass (country 0.74 -> 0.80): people by trade
    # or status, officials of the body their description names, "the group", envoys named after their post
    "actors_h.yaml": {"found": 0.91, "country": 0.80, "sector": 0.79, "kind": 0.85, "name": 0.48, "linking": 0.62,
                      "link_precision": 0.85},
    # 30 texts written blind for the twenty-fourth pass (officials of bodies of another nationality, envoys and troops
    # abroad, exiles, armed groups and breakaway governments, people with no title, bare references in stories of
    # several states, descriptions of states, capitals and seats of power, small towns, firms and ships, homonyms and
    # acronyms), scored blind on its starting and final code (country 0.80 and 0.81), then learnt from in the
    # twenty-fifth pass (country 0.81 -> 0.87): trades at sea and in money, homonymous capitals, officials a body
    # owns, territories with a code of their own, bodies described after their names
    "actors_i.yaml": {"found": 0.95, "country": 0.86, "sector": 0.73, "kind": 0.87, "name": 0.62, "linking": 0.68,
                      "link_precision": 0.84},
    # 30 texts written blind for the twenty-fifth pass (the Horn and Sudan, North Africa and the Sahel, the Gulf, Iran
    # and Yemen, South Asia, East Asia, Eastern Europe and the Balkans, South America, the Pacific; the same hard
    # cases as set I), scored blind on its starting and final code (country 0.78 and 0.79); not learnt from
    "actors_j.yaml": {"found": 0.89, "country": 0.77, "sector": 0.72, "kind": 0.81, "name": 0.58, "linking": 0.55,
                      "link_precision": 0.82},
}


def _named(kind: str) -> list[str]:
    """The held-out files of one kind that have floors ("events", "event_articles", "quotes", "actors")."""
    return [name for name in FLOORS if re.fullmatch(rf"{kind}(_[a-z]+)?\.yaml", name)]


def _check(name: str, figures: dict[str, Any]) -> None:
    low = {k: round(figures[k], 3) for k, floor in FLOORS[name].items() if figures[k] < floor}
    assert not low, f"{name}: under the floor: {low} (all: {figures})"


@pytest.mark.parametrize("name", _named("events"))
def test_heldout_events(pipeline: Pipeline, name: str) -> None:
    _check(name, test_events_gold.evaluate(pipeline, HELDOUT / name))


@pytest.mark.parametrize("name", _named("event_articles"))
def test_heldout_event_articles(pipeline: Pipeline, name: str) -> None:
    figures = event_articles.evaluate(pipeline, HELDOUT / name)
    print(name, {k: round(v, 3) for k, v in figures.items()})
    _check(name, figures)


def test_heldout_event_articles_matching_is_one_to_one_per_sentence() -> None:
    gold = [("AGREE", "GRC", "TUR", 0, 50), ("AGREE", "TUR", "GRC", 0, 50), ("ACCUSE", "FRA", "NER", 60, 90)]
    predicted = [("AGREE", "GRC", "TUR", 0, 50), ("AGREE", "GRC", "TUR", 0, 50), ("ACCUSE", "FRA", "NER", 0, 50)]
    assert event_articles.matches(gold, predicted) == 1


def test_heldout_times() -> None:
    _check("times.yaml", test_times_gold.evaluate(nlp.load(Settings().models), HELDOUT / "times.yaml"))


@pytest.mark.parametrize("name", _named("quotes"))
def test_heldout_quotes(run_text: Callable[..., Document], name: str) -> None:
    figures = test_quotes_gold.evaluate(run_text, HELDOUT / name)
    print(name, {k: round(v, 3) if isinstance(v, float) else v for k, v in figures.items()})
    _check(name, figures)


@pytest.mark.parametrize("name", _named("actors"))
def test_heldout_actors(run_text: Callable[..., Document], name: str) -> None:
    _check(name, test_actors_gold.evaluate(run_text, test_actors_gold.load_gold(HELDOUT / name)))

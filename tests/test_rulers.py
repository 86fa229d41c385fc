"""The stand-ins for spaCy's attribute ruler and lemmatizer annotate exactly as the model's own components do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from detente import readers, rulers
from detente.document import Article
from detente.settings import Settings

SAMPLES = Path(__file__).parents[1] / "src" / "detente" / "samples"
COLUMNS = [POS, TAG, DEP, HEAD, LEMMA, MORPH]


@pytest.fixture(scope="module")
def stock(nlp: Any) -> Any:
    return spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"])


def annotation(doc: Any) -> list[tuple[str, ...]]:
    return [(t.text, t.pos_, t.tag_, t.dep_, t.lemma_, str(t.morph)) for t in doc]


def test_rulers_take_the_place_of_the_models_own(nlp: Any) -> None:
    assert rulers.ATTRIBUTES in nlp.pipe_names and rulers.LEMMAS in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names


def test_rulers_annotate_real_articles_as_the_model_does(nlp: Any, stock: Any) -> None:
    texts = [a.text for a in readers.read([str(SAMPLES)], Settings()) if isinstance(a, Article)]
    assert len(texts) >= 5
    with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p.startswith("detente_p")]):
        for ours, theirs in zip(nlp.pipe(texts), stock.pipe(texts), strict=True):
            assert annotation(ours) == annotation(theirs)
            assert (ours.to_array(COLUMNS) == theirs.to_array(COLUMNS)).all()


def test_rulers_keep_the_later_rule_and_rules_over_several_tokens() -> None:
    """A ruler of one's own: a later rule overrides an earlier one on the same token, a pattern over two tokens
    assigns to the token its index names, a regex pattern still applies."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "talks"}]], {"POS": "NOUN", "LEMMA": "talk"})
    ruler.add([[{"LOWER": {"IN": ["talks", "meets"]}}]], {"POS": "VERB"})
    ruler.add([[{"LOWER": "peace"}, {"LOWER": "talks"}]], {"TAG": "NNS"}, index=1)
    ruler.add([[{"TEXT": {"REGEX": "^Ky"}}]], {"POS": "PROPN"})
    ruler.add([[{"IS_SPACE": False, "LOWER": {"NOT_IN": ["talks", "meets", "peace"]}}]], {"MORPH": "Foo=Bar"})
    text = "Peace talks in Kyiv: she meets them, talks go on."
    expected = annotation(nlp(text))
    nlp.add_pipe(rulers.ATTRIBUTES, after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    got = annotation(nlp(text))
    assert got == expected
    assert got[1][1:3] == ("VERB", "NNS") and got[1][4] == "talk" and got[3][1] == "PROPN"
    assert got[9][1:5:3] == ("VERB", "talk") and got[0][5] == "" and got[2][5] == "Foo=Bar"


def test_rulers_leave_a_ruler_they_cannot_reproduce() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add([[{"LOWER": "un"}]], {"NORM": "united nations"})
    rulers.install(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]

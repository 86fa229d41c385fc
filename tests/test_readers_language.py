"""The language check warns, naming the language, when an article does not seem to be in English."""

from __future__ import annotations

from detente import readers
from detente.document import Article, Document

GERMAN = ("Die Bundesregierung hat am Montag erklärt, dass sie die Gespräche mit Polen über die "
          "Grenzkontrollen "
          "fortsetzen wolle. Der Innenminister sagte in Berlin, man werde die Kontrollen aufheben, sobald "
          "die "
          "Lage es erlaube. Die polnische Regierung kritisierte die Entscheidung scharf.")
ENGLISH = ("The German government said on Monday that it wanted to continue talks with Poland about the "
           "border "
           "checks. The interior minister said in Berlin that the checks would be lifted as soon as the "
           "situation "
           "allowed. The Polish government sharply criticised the decision.")


def check(text: str) -> list[str]:
    document = Document(Article(id="t", text=text))
    readers.check_language(document)
    return document.warnings


def test_readers_language_warns_for_german() -> None:
    assert check(GERMAN) == ["text seems to be in German (de), not English"]


def test_readers_language_quiet_for_english() -> None:
    assert check(ENGLISH) == []


def test_readers_language_skips_short_texts() -> None:
    assert check("Die Regierung hat am Montag erklärt, dass sie weiter verhandeln wolle.") == []


def test_readers_language_names_come_from_data() -> None:
    names = readers.language_names()
    assert (names["fr"], names["zh"], names["no"]) == ("French", "Chinese", "Norwegian")

"""User data files are checked when a run starts: a bad one is one line naming it and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.errors import UsageError
from detente.settings import make_settings


@pytest.mark.parametrize(("name", "content", "message"), [
    ("event_patterns.yaml", "patterns: [42]\n", "'patterns' must be a mapping, like the packaged one, not a list"),
    ("cues_mine.yaml", "this: [is\n  not yaml\n", "line 3, column 1: not valid YAML (expected ',' or ']'"),
    ("cues_typo.yaml", "verbz: [grumble]\n", "unknown key 'verbz' for cues data; known keys: adjectives"),
    ("cues_deep.yaml", "verbs: [[grumble]]\n", "'verbs' must hold texts, found ['grumble']"),
    ("time_mine.yaml", "future_words: {a: b}\n", "'future_words' must be a list, not a mapping"),
    ("list.yaml", "- a\n- b\n", "expected a mapping of keys at the top, found a list"),
    ("standins.csv", "name,aliases,country,sector\n,x,RUS,GOV\n", "line 2: empty name"),
    ("people.csv", "name\nx\n", "a CSV must be named like a knowledge-base table"),
    ("notes.txt", "hello\n", "give a YAML file (cues, time*.yaml, *patterns.yaml) or a knowledge-base table"),
])
def test_bad_user_data_is_one_line(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=None) as caught:
        make_settings(data=[path])
    assert message in str(caught.value) and str(path) in str(caught.value) and "\n" not in str(caught.value)
    article = tmp_path / "a.txt"
    article.write_text("Russia accused Ukraine of lying on Monday, officials said.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--data", str(path)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and message in result.stderr


@pytest.mark.parametrize(("name", "content"), [
    ("cues_mine.yaml", "verbs: [grumble, fume]\n"),
    ("cues_grouped.yaml", "verbs:\n  anger: [grumble]\n"),
    ("my_patterns.yaml", "patterns:\n  '112':\n    verbs: [scold]\n"),
    ("time_mine.yaml", "future_words: [soonish]\n"),
    ("standins.csv", "name,aliases,country,sector\nthe Quai,,FRA,GOV\n"),
])
def test_good_user_data_is_taken(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert make_settings(data=[path]).extra_data == (str(path),)

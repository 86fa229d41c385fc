"""Shared fixtures: one loaded pipeline for the whole session (model loading is the slow part)."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable

import pytest

from detente.document import Article, Document
from detente.pipeline import Failure, Pipeline
from detente.settings import Settings

# The tests read no user knowledge base: an empty one, for this run and the processes it starts.
os.environ["DETENTE_DATA"] = tempfile.mkdtemp(prefix="detente-empty-kb-")


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


@pytest.fixture(scope="session")
def nlp(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    return pipeline.nlp


@pytest.fixture(scope="session")
def run_text(pipeline: Pipeline) -> Callable[..., Document]:
    """Run the whole pipeline on a text written for the test and return the Document."""

    def run(text: str, published: str | None = "2026-01-15", title: str | None = None) -> Document:
        date = dt.date.fromisoformat(published) if published else None
        article = Article(id="t", text=text, title=title, published=date, source="test")
        result = next(pipeline.run([article]))
        assert not isinstance(result, Failure), result.reason
        return result

    return run

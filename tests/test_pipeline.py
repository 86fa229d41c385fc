"""The pipeline: stage order, failure isolation, and the Python API."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import detente
from detente import nlp
from detente.document import Article, Document
from detente.errors import DetenteError, InputError
from detente.pipeline import Failure, Pipeline


def test_pipeline_runs_stages_in_order(pipeline: Pipeline) -> None:
    assert [name for name, _ in pipeline.stages] == ["actors", "times", "quotes", "events", "dating"]


def test_pipeline_one_failing_article_does_not_stop_the_batch() -> None:
    pipeline = Pipeline()

    def fragile(document: Document) -> Document:
        if "boom" in document.text:
            raise ValueError("cannot cope")
        return document

    pipeline.stages = [("fragile", fragile), *pipeline.stages]
    items = [Article(id=str(i), text=t, source=f"s{i}") for i, t in enumerate(["Peace talks resumed.", "boom here"])]
    items.append(InputError("s2", "file is empty"))  # type: ignore[arg-type]
    first, second, third = pipeline.run(items)
    assert isinstance(first, Document) and first.article.id == "0"
    assert isinstance(second, Failure)
    assert second.reason == "cannot process 's1': fragile stage failed (cannot cope)"
    assert isinstance(third, Failure) and third.reason == "cannot read 's2': file is empty"
    assert set(pipeline.timings) >= {"repair", "parse", "fragile", "actors", "times", "quotes", "events"}


def test_pipeline_extract_reads_a_path(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Ghana and Togo agreed on Monday to reopen their border.\n", encoding="utf-8")
    record = detente.extract(path, published="2026-05-05")
    assert record["article"]["source"] == str(path)
    assert record["article"]["published"] == "2026-05-05"


def test_pipeline_extract_refuses_a_file_of_several_articles(tmp_path: Path) -> None:
    path = tmp_path / "two.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": "Talks resumed."}) for i in "ab") + "\n", encoding="utf-8")
    with pytest.raises(DetenteError, match="holds 2 articles; read it with detente.extract_many"):
        detente.extract(str(path))


def test_pipeline_extract_raises_input_error_for_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="file is empty"):
        detente.extract(path)


def test_pipeline_a_text_that_breaks_the_parser_fails_alone(pipeline: Pipeline,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    real = nlp.parse

    def fragile(model, texts, batch_size=16):  # type: ignore[no-untyped-def]
        texts = list(texts)
        if any("BOOM" in t for t in texts):
            raise ValueError("the parser gave up")
        yield from real(model, texts, batch_size)

    monkeypatch.setattr(nlp, "parse", fragile)
    articles = [Article(id=f"p{i}", text=f"France praised Germany on Monday for item {i}, officials said.")
                for i in range(3)]
    articles.insert(1, Article(id="bad", text="BOOM. France criticised Germany on Monday, officials said."))
    results = list(pipeline.run(articles))
    assert [type(r).__name__ for r in results] == ["Document", "Failure", "Document", "Document"]
    assert isinstance(results[1], Failure)
    assert results[1].reason == "cannot process 'bad': parse failed (the parser gave up)"
    assert all(r.doc is not None for r in results if not isinstance(r, Failure))


def test_pipeline_threads_give_the_same_records(pipeline: Pipeline) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from detente.settings import Settings

    texts = [
        ('"We will not accept this," Russian Foreign Minister Sergei Lavrov said on Monday. He said Moscow would '
         "respond to the sanctions imposed by the European Union last week."),
        ("Japan and South Korea agreed on Friday to share intelligence, Japanese Prime Minister Kenji Morita said. "
         '"Our two countries face the same threats," he told reporters in Tokyo on Saturday.'),
        ("Kenya accused Ethiopia on Tuesday of violating the water agreement. Ethiopian officials rejected the "
         "accusation and said talks would resume next month."),
    ] * 3
    solo = Pipeline(Settings())

    def run(pipe: Pipeline, i: int) -> dict:
        article = Article(id=f"t{i}", text=texts[i], published=dt.date(2026, 1, 15))
        result = next(pipe.run([article]))
        assert not isinstance(result, Failure), result
        return result.to_record()

    one_by_one = [run(solo, i) for i in range(len(texts))]
    with ThreadPoolExecutor(3) as pool:
        threaded = list(pool.map(lambda i: run(pipeline, i), range(len(texts))))
    assert threaded == one_by_one
    assert {q["speaker"]["name"] for r in one_by_one for q in r["quotes"]} >= {"Sergey Lavrov", "Kenji Morita"}


def test_pipeline_checks_the_chain_of_stages() -> None:
    from detente.pipeline import build_stages
    from detente.settings import Settings

    with pytest.raises(DetenteError, match="^the events stage needs actors, quotes: run the actors, quotes stages "
                                           "before it$"):
        build_stages(Settings(stages=("events",)))
    with pytest.raises(DetenteError, match="^the dating stage needs times: run the times stage before it$"):
        build_stages(Settings(stages=("actors", "quotes", "dating")))
    assert [name for name, _ in build_stages(Settings(stages=("times", "actors")))] == ["times", "actors"]


def test_pipeline_jobs_give_the_same_records_in_order(tmp_path: Path) -> None:
    import subprocess
    import sys

    lines = [{"id": f"j{i}", "published": "2026-02-02",
              "text": f"France praised Germany on Monday for item {i}, officials said. \"We agree,\" Berlin said."}
             for i in range(12)]
    lines.insert(5, {"id": "empty", "text": ""})
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    command = [sys.executable, "-c", "from detente.cli import main; main()", "extract", str(source)]
    one, two = (subprocess.run([*command, "--jobs", jobs], capture_output=True, text=True, timeout=300)
                for jobs in ("1", "2"))
    assert one.returncode == two.returncode == 1 and one.stderr == two.stderr
    records = [json.loads(line) for line in two.stdout.splitlines()]
    assert [r["article"]["id"] for r in records] == [f"j{i}" for i in range(12)]
    assert two.stdout == one.stdout


def test_no_stage_imports_another() -> None:
    """Stages meet only through the document's layers: none imports another stage's package."""
    import ast

    from detente.pipeline import STAGE_MODULES

    src = Path(__file__).parents[1] / "src" / "detente"
    packages = {module.split(".")[1] for module in STAGE_MODULES.values()}
    for package in packages:
        for path in (src / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            imported = {f"{'.' * n.level}{n.module or ''}" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
            imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
            others = {p for p in packages - {package}
                      for name in imported if name.startswith((f"..{p}", f"detente.{p}"))}
            assert not others, f"{path.relative_to(src)} imports the {', '.join(sorted(others))} stage"
            late = "import_module" in path.read_text(encoding="utf-8")
            assert not late, f"{path.relative_to(src)} imports a module at run time"

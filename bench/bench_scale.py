"""Scale: articles/s, words/s and peak memory of bare spaCy, extraction with 1 and N jobs, ingest, and Dask with 1
and 2 workers, on the same texts in the same run; then peak memory on a corpus ten times larger.

    python bench/bench_scale.py [--limit N] [--jobs N] [--grow N] [--skip-dask]

The corpus is the first --limit articles of the Wikinews set beside the project (../shared/corpus) when it is there,
else the bundled sample series. Each configuration runs in a process of its own (so its peak memory is its own,
parsing processes and Dask workers included) after loading its model; the time excludes model loading. Ratios are
to bare spaCy (``nlp.pipe`` with the same model over the same texts). The growth check runs extraction with N jobs
on the corpus repeated --grow times under new ids. Prints figures only: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "shared" / "corpus" / "wikinews_2019_2020.jsonl"
SAMPLES = HERE.parent / "src" / "detente" / "samples" / "series"


def corpus(limit: int, folder: Path, grow: int = 1) -> tuple[Path, int, int]:
    """A JSON Lines file of the first ``limit`` articles (each ``grow`` times under new ids); articles and words."""
    from detente import readers
    from detente.document import Article
    from detente.settings import Settings

    source = CORPUS if CORPUS.exists() else SAMPLES
    found = [a for a in islice((i for i in readers.read([str(source)], Settings()) if isinstance(i, Article)), limit)]
    path = folder / f"corpus-{limit}x{grow}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for n in range(grow):
            for a in found:
                f.write(json.dumps({"id": f"{a.id}-{n}", "title": a.title, "text": a.text,
                                    "published": a.published.isoformat() if a.published else None}) + "\n")
    return path, len(found) * grow, sum(len(a.text.split()) for a in found) * grow


# -- one configuration, in its own process ----------------------------------------------------------------------
def run_one(kind: str, path: Path, jobs: int, workers: int, folder: Path) -> dict[str, float]:
    """Seconds of the work itself (the model loaded before), and how many articles it gave."""
    from detente import readers
    from detente.document import Article
    from detente.ingest import ingest_items
    from detente.pipeline import Failure, Pipeline
    from detente.settings import Settings
    from detente.store import Store

    settings = Settings(jobs=jobs)
    items = list(readers.read([str(path)], settings))
    texts = [a.text for a in items if isinstance(a, Article)]
    if kind == "spacy":
        nlp = bare_model(settings.models)
        list(nlp.pipe(texts[:5]))  # warm up
        started = time.perf_counter()
        done = sum(1 for _ in nlp.pipe(texts, batch_size=settings.batch_size))
        return {"seconds": time.perf_counter() - started, "articles": done}
    if kind in ("extract", "ingest"):
        pipeline = Pipeline(settings)
        list(Pipeline(Settings()).run(items[:5]))  # warm up what the stages load lazily
        started = time.perf_counter()
        if kind == "extract":
            done = sum(1 for r in pipeline.run(iter(items)) if not isinstance(r, Failure))
        else:
            with Store(folder / f"ingest-{jobs}.db") as store:
                done = ingest_items(iter(items), store, settings, pipeline).stored
        return {"seconds": time.perf_counter() - started, "articles": done}
    from detente.engine import cluster, register, run_dask

    with cluster(workers) as client, Store(folder / f"dask-{workers}.db") as store:
        register(client, settings)  # workers load the model before the clock starts
        started = time.perf_counter()
        done = ingest_items(iter(items), store, settings, extract=lambda a: run_dask(client, a, settings)).stored
        return {"seconds": time.perf_counter() - started, "articles": done}


def bare_model(models: tuple[str, ...]) -> object:
    """The first installed model of ``models``, as spaCy loads it, with nothing of Détente's added."""
    import spacy

    for name in models:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit(f"none of the models {models} is installed")


def measure(kind: str, path: Path, jobs: int = 1, workers: int = 1) -> dict[str, float]:
    """Run one configuration in a fresh process; its figures with its peak memory (itself and its children)."""
    with tempfile.TemporaryDirectory(prefix="bench_scale_") as tmp:
        out = subprocess.run([sys.executable, __file__, "--one", kind, "--input", str(path), "--jobs", str(jobs),
                              "--workers", str(workers), "--folder", tmp], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"{kind} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def child_main(args: argparse.Namespace) -> int:
    figures = run_one(args.one, Path(args.input), args.jobs, args.workers, Path(args.folder))
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({**figures, "peak_mb": own, "child_peak_mb": children}))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=120, help="articles of the corpus (default 120)")
    ap.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)), help="N for the N-job runs")
    ap.add_argument("--grow", type=int, default=10, help="the larger corpus is this many times the first")
    ap.add_argument("--skip-dask", action="store_true", help="leave out the Dask runs")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--input", help=argparse.SUPPRESS)
    ap.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--folder", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        return child_main(args)
    with tempfile.TemporaryDirectory(prefix="bench_scale_") as tmp:
        path, articles, words = corpus(args.limit, Path(tmp))
        runs = [("bare spaCy nlp.pipe", "spacy", 1, 1), ("extract, 1 job", "extract", 1, 1),
                (f"extract, {args.jobs} jobs", "extract", args.jobs, 1), ("ingest, 1 job", "ingest", 1, 1),
                (f"ingest, {args.jobs} jobs", "ingest", args.jobs, 1)]
        if not args.skip_dask:
            runs += [("ingest, Dask 1 worker", "dask", 1, 1), ("ingest, Dask 2 workers", "dask", 1, 2)]
        print(f"corpus: {articles} articles, {words:,} words ({path.name})")
        print(f"{'configuration':28s} {'articles/s':>10s} {'words/s':>9s} {'x spaCy':>8s} {'peak MB':>8s}"
              f" {'children MB':>11s}")
        base = None
        for label, kind, jobs, workers in runs:
            f = measure(kind, path, jobs, workers)
            rate = f["articles"] / f["seconds"]
            base = base or rate
            print(f"{label:28s} {rate:10.2f} {words / f['seconds']:9,.0f} {rate / base:8.2f} {f['peak_mb']:8.0f}"
                  f" {f['child_peak_mb']:11.0f}")
        big, big_articles, _ = corpus(args.limit, Path(tmp), args.grow)
        f = measure("extract", big, args.jobs)
        print(f"\nmemory as the corpus grows: extract with {args.jobs} jobs on {big_articles} articles: peak"
              f" {f['peak_mb']:.0f} MB (children {f['child_peak_mb']:.0f} MB), {big_articles / f['seconds']:.2f}"
              " articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A chart of a pair's relations: cooperation and conflict per period, net cooperation, and the largest moves
labelled by the event behind each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from .errors import UsageError

FORMATS = (".png", ".svg", ".pdf")


def plot(result: dict[str, Any], moves: list[dict[str, Any]], path: str | Path) -> Path:
    """Write the chart of ``relations.series`` with its ``relations.explain`` moves to a PNG, SVG or PDF file."""
    target = Path(path)
    if target.suffix.lower() not in FORMATS:
        raise UsageError(f"--plot: cannot write '{path}': give a file ending in {', '.join(FORMATS)}")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    points = result["points"]
    days: Any = [dt.date.fromisoformat(p["period"]) for p in points]
    width = {"day": 0.8, "week": 5, "month": 24}[result["freq"]]
    fig, ax = plt.subplots(figsize=(11, 5.5), dpi=110)
    try:
        ax.bar(days, [p["both"]["cooperation"] for p in points], width=width, color="#3b82c4", label="cooperation")
        ax.bar(days, [p["both"]["conflict"] for p in points], width=width, color="#d9534f", label="conflict")
        ax.plot(days, [p["both"]["net"] for p in points], color="#222222", marker="o", markersize=3, linewidth=1.6,
                label="net cooperation")
        ax.axhline(0, color="#888888", linewidth=0.8)
        _room(ax, points)
        _mark(ax, moves)
        ax.set_title(f"{result['a']} – {result['b']}: relations by {result['freq']}")
        ax.set_ylabel("summed intensity of events (−10 conflict … +10 cooperation)")
        ax.legend(loc="upper left", frameon=False)
        ax.grid(axis="y", alpha=0.3)
        fig.autofmt_xdate()
        fig.tight_layout()
        target.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(target)
    except OSError as exc:
        raise UsageError(f"--plot: cannot write '{path}': {exc.strerror or exc}") from None
    finally:
        plt.close(fig)
    return target


def _room(ax: Any, points: list[dict[str, Any]]) -> None:
    """Head and foot room for the labels of the moves."""
    low = min([0.0] + [min(p["both"]["conflict"], p["both"]["net"]) for p in points])
    high = max([0.0] + [max(p["both"]["cooperation"], p["both"]["net"]) for p in points])
    pad = max(high - low, 1.0) * 0.35
    ax.set_ylim(low - pad, high + pad)


def _mark(ax: Any, moves: list[dict[str, Any]]) -> None:
    """An arrow and a label at each move: its change and its main event."""
    for i, move in enumerate(moves):
        day = dt.date.fromisoformat(move["period"])
        main = move["events"][0] if move["events"] else None
        what = f"{main['type']} {main['source_country']}→{main['target_country']}: {main['source']}" if main \
            else "quotes only"
        text = f"{move['label']} ({move['change']:+.1f})\n{_short(what)}"
        offset = 28 + 16 * (i % 2)
        ax.annotate(text, xy=(day, move["net"]), xytext=(0, offset if move["change"] > 0 else -offset),
                    textcoords="offset points", ha="center", fontsize=8,
                    arrowprops={"arrowstyle": "->", "color": "#555555"},
                    bbox={"boxstyle": "round,pad=0.3", "fc": "#fffbe6", "ec": "#c8b560", "lw": 0.6})


def _short(text: str, n: int = 48) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"

"""Empathy markers against human labels, beside two baselines, in one run.

Reads (never copies) two research-only sets from ``../shared/datasets`` when present:

- EPITOME emotional reactions (Reddit replies; level >= 1 counts as empathic);
- ESConv supporter turns ("Reflection of feelings", "Affirmation and Reassurance" and
  "Restatement or Paraphrasing" count as empathic; "Self-disclosure" is reported apart).

For each it prints precision, recall, F1 and Cohen's kappa of: qa-empathy (any
empathic move, ``when: always``), a plain keyword list, and VADER alone (a positive
compound score counts as empathic). Nothing here is fitted to these sets.

    .venv/bin/python benchmarks/empathy_accuracy.py
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "datasets"
EPITOME = SHARED / "epitome-empathy-dev" / "emotional-reactions-reddit.dev.csv"
ESCONV = SHARED / "esconv-strategies-dev" / "esconv_dev_supporter_turns.jsonl"
EMPATHIC_STRATEGIES = {
    "Reflection of feelings",
    "Affirmation and Reassurance",
    "Restatement or Paraphrasing",
}
KEYWORDS = ("sorry", "understand", "feel", "hope", "hard", "difficult", "there for you")


def qa_empathy(text: str) -> bool:
    from qa_empathy.markers import DISMISSIVE, find_moves

    return any(move.kind != DISMISSIVE for move in find_moves(text))


@lru_cache(maxsize=1)
def _manager():
    from qa_core.testing import plugin_manager_with

    return plugin_manager_with("empathy")


def qa_empathy_semantic(text: str) -> bool:
    """The rule itself, semantic mode, on the text as one agent turn."""
    from qa_core.testing import build_interaction, run_rule

    params = {"when": "always", "match": {"mode": "semantic"}}
    outcome = run_rule(_manager(), "empathy.markers", params, build_interaction(("agent", text)))
    return outcome.result == "met"


def keywords(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in KEYWORDS)


def vader(text: str) -> bool:
    from qa_empathy.sentiment import compound

    return compound(text) >= 0.05


SYSTEMS: dict[str, Callable[[str], bool]] = {
    "qa-empathy (lexicon)": qa_empathy,
    "qa-empathy (semantic)": qa_empathy_semantic,
    "keyword list": keywords,
    "VADER alone": vader,
}


def scores(gold: Sequence[bool], predicted: Sequence[bool]) -> dict[str, float]:
    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    fp = sum(p and not g for g, p in zip(gold, predicted, strict=True))
    fn = sum(g and not p for g, p in zip(gold, predicted, strict=True))
    n = len(gold)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    observed = sum(g == p for g, p in zip(gold, predicted, strict=True)) / n
    gold_yes, pred_yes = sum(gold) / n, sum(predicted) / n
    expected = gold_yes * pred_yes + (1 - gold_yes) * (1 - pred_yes)
    kappa = (observed - expected) / (1 - expected) if expected < 1 else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "kappa": kappa}


def report(title: str, texts: list[str], gold: list[bool]) -> None:
    print(f"{title}: {len(texts)} texts, {sum(gold)} empathic by the human labels")
    print(f"  {'system':<24} {'precision':>9} {'recall':>7} {'F1':>6} {'kappa':>6}")
    rows = {"(flag everything)": scores(gold, [True] * len(gold))}
    rows.update(
        {name: scores(gold, [system(t) for t in texts]) for name, system in SYSTEMS.items()}
    )
    for name, s in rows.items():
        figures = f"{s['precision']:9.3f} {s['recall']:7.3f} {s['f1']:6.3f} {s['kappa']:6.3f}"
        print(f"  {name:<24} {figures}")


def main() -> None:
    from qa_core import semantic_available

    if not semantic_available():
        del SYSTEMS["qa-empathy (semantic)"]
        print("(semantic mode left out: the [semantic] extra is not installed)")
    if not EPITOME.is_file() or not ESCONV.is_file():
        print(f"skipped: the labelled sets are not in {SHARED}")
        sys.exit(0)
    with EPITOME.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    report(
        "EPITOME emotional reactions (dev)",
        [r["response_post"] for r in rows],
        [int(r["level"]) >= 1 for r in rows],
    )
    turns = [json.loads(line) for line in ESCONV.read_text(encoding="utf-8").splitlines()]
    labelled = [t for t in turns if t["strategy"] != "Self-disclosure"]
    report(
        "ESConv supporter turns (dev, self-disclosure left out)",
        [t["text"] for t in labelled],
        [t["strategy"] in EMPATHIC_STRATEGIES for t in labelled],
    )
    disclosures = [t["text"] for t in turns if t["strategy"] == "Self-disclosure"]
    for name, system in SYSTEMS.items():
        flagged = sum(system(t) for t in disclosures)
        print(f"  self-disclosure turns flagged empathic by {name}: {flagged}/{len(disclosures)}")


if __name__ == "__main__":
    main()

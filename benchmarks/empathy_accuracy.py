"""Empathy markers against human labels, beside baselines, untrained and learned, in one run.

Reads (never copies) two research-only sets from ``../shared/datasets`` when present:

- EPITOME emotional reactions (Reddit replies; level >= 1 counts as empathic);
- ESConv supporter turns ("Reflection of feelings", "Affirmation and Reassurance" and
  "Restatement or Paraphrasing" count as empathic; "Self-disclosure" is reported apart).

For each, on the whole development split, it prints precision, recall, F1 and Cohen's
kappa of the untrained systems: the rule's default (no ``match`` given), its lexicon
mode (the default before), its semantic mode at the old threshold, a plain keyword
list, VADER alone, and flagging everything. Then ``qa learn``: each split is cut 70/30
by seeker post (EPITOME) or conversation (ESConv), a model is learned on the 70 % with
the product's own code (its 5-fold cross-validation printed), and every system is
scored on the 30 % it never saw.

    .venv/bin/python benchmarks/empathy_accuracy.py
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
import zlib
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


def _rule(text: str, params: dict) -> bool:
    from qa_core.testing import build_interaction, run_rule

    interaction = build_interaction(("agent", text))
    return run_rule(_manager(), "empathy.markers", params, interaction).result == "met"


@lru_cache(maxsize=1)
def _manager():
    from qa_core.testing import plugin_manager_with

    return plugin_manager_with("empathy")


def qa_empathy_default(text: str) -> bool:
    """The rule as a user gets it: no ``match`` given."""
    return _rule(text, {"when": "always"})


def qa_empathy_semantic_old(text: str) -> bool:
    """Semantic mode at the threshold it had before (0.45)."""
    return _rule(text, {"when": "always", "match": {"mode": "semantic", "threshold": 0.45}})


def keywords(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in KEYWORDS)


def vader(text: str) -> bool:
    from qa_empathy.sentiment import compound

    return compound(text) >= 0.05


SYSTEMS: dict[str, Callable[[str], bool]] = {
    "default (no match)": qa_empathy_default,
    "lexicon (old default)": qa_empathy,
    "semantic at 0.45 (old)": qa_empathy_semantic_old,
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


def print_table(title: str, gold: list[bool], predictions: dict[str, list[bool]]) -> None:
    print(f"{title}: {len(gold)} texts, {sum(gold)} empathic by the human labels")
    print(f"  {'system':<28} {'precision':>9} {'recall':>7} {'F1':>6} {'kappa':>6}")
    rows = {"(flag everything)": scores(gold, [True] * len(gold))}
    rows.update({name: scores(gold, predicted) for name, predicted in predictions.items()})
    for name, s in rows.items():
        figures = f"{s['precision']:9.3f} {s['recall']:7.3f} {s['f1']:6.3f} {s['kappa']:6.3f}"
        print(f"  {name:<28} {figures}")


def held_out(group: str) -> bool:
    """The 30 % a learned model never sees: a stable hash of the seeker post or chat."""
    return zlib.crc32(group.encode("utf-8")) % 10 < 3


def learned_predictions(texts: list[str], gold: list[bool], test: list[bool]) -> list[bool]:
    """``qa learn`` on the training part (its own code, files and all), the model then
    judging the test part through the rule; prints the cross-validation figures."""
    from qa_core.learning.learn import learn
    from qa_core.learning.model import LearnedModel

    with tempfile.TemporaryDirectory() as folder:
        examples, model_path = Path(folder) / "examples.jsonl", Path(folder) / "model.json"
        with examples.open("w", encoding="utf-8") as handle:
            for n, (text, met, t) in enumerate(zip(texts, gold, test, strict=True)):
                if not t:
                    turns = [{"speaker": "agent", "text": text or "."}]
                    interaction = {"id": f"x{n}", "channel": "chat", "turns": turns}
                    handle.write(json.dumps({"interaction": interaction, "met": met}) + "\n")
        figures = learn(_manager(), "empathy.markers", examples, model_path)
        model = LearnedModel.from_bytes(model_path.read_bytes())
    cv = figures["cv"]
    print(
        f"  qa learn on the training part: {figures['n']} examples, 5-fold CV F1 "
        f"{cv['f1']:.3f} (precision {cv['precision']:.3f}, recall {cv['recall']:.3f})"
    )
    return [
        _rule(x, {"when": "always", "model": model}) for x, t in zip(texts, test, strict=True) if t
    ]


def evaluate_set(title: str, texts: list[str], gold: list[bool], groups: list[str]) -> None:
    predictions = {name: [system(t) for t in texts] for name, system in SYSTEMS.items()}
    print_table(f"{title}, whole development split", gold, predictions)
    test = [held_out(g) for g in groups]
    learned = learned_predictions(texts, gold, test) if semantic_ok() else None
    part = {
        name: [p for p, t in zip(got, test, strict=True) if t] for name, got in predictions.items()
    }
    if learned is not None:
        part["qa learn (trained on 70 %)"] = learned
    print_table(
        f"{title}, the 30 % held out", [g for g, t in zip(gold, test, strict=True) if t], part
    )


def semantic_ok() -> bool:
    from qa_core import semantic_available

    return semantic_available()


def main() -> None:
    if not semantic_ok():
        for name in ("default (no match)", "semantic at 0.45 (old)"):
            del SYSTEMS[name]
        print("(semantic systems and qa learn left out: the [semantic] extra is not installed)")
    if not EPITOME.is_file() or not ESCONV.is_file():
        print(f"skipped: the labelled sets are not in {SHARED}")
        sys.exit(0)
    with EPITOME.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    evaluate_set(
        "EPITOME emotional reactions",
        [r["response_post"] for r in rows],
        [int(r["level"]) >= 1 for r in rows],
        [r["sp_id"] for r in rows],
    )
    turns = [json.loads(line) for line in ESCONV.read_text(encoding="utf-8").splitlines()]
    labelled = [t for t in turns if t["strategy"] != "Self-disclosure"]
    evaluate_set(
        "ESConv supporter turns (self-disclosure left out)",
        [t["text"] for t in labelled],
        [t["strategy"] in EMPATHIC_STRATEGIES for t in labelled],
        [str(t["conversation"]) for t in labelled],
    )
    disclosures = [t["text"] for t in turns if t["strategy"] == "Self-disclosure"]
    for name, system in SYSTEMS.items():
        flagged = sum(system(t) for t in disclosures)
        print(f"  self-disclosure turns flagged empathic by {name}: {flagged}/{len(disclosures)}")


if __name__ == "__main__":
    main()

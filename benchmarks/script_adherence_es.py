"""Spanish script adherence: the bundled ``cobranza`` ruleset against held-out calls.

The calls and their labels come from helper sessions that never saw the ruleset's
phrases or the matching code: ``calls_dev.py`` (the development split, ``--split dev``),
``calls_dev2.py`` (a second development split by another such session, ``--split dev2``:
US Hispanic, Mexican and Spain registers, ASR-style transcripts and chats, with
near-misses for every criterion; ``na`` for identity-before-disclosure when nothing
about the debt is ever said), ``calls_dev3.py`` (a third development split by another
such session, ``--split dev3``: Mexican, US Hispanic, Caribbean, Central American, Colombian
and Spain registers, weighted towards ``no_threats``, with some fifty threat wordings
against some fifty lawful statements on the same topics), all of whose disagreements
``--misses`` lists, and ``calls_heldout.py`` (held out: figures only, agreement and
precision and recall of ``not_met`` per criterion, never which calls disagreed, so
nothing is tuned to them).
``--language-off`` scores the same calls as if the ruleset said no language (English
tables), to show what reading the phrases as Spanish adds.

    .venv/bin/python benchmarks/script_adherence_es.py [--split dev|dev2|dev3|heldout] [--count 200]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# the helper's label names -> the ruleset's criterion ids
CRITERIA = {
    "recording_disclosure": "recording_disclosure",
    "mini_miranda": "mini_miranda",
    "verification": "right_party",
    "verification_before_debt": "identity_before_disclosure",
    "no_threats": "no_threats",
    "callback_info": "callback_info",
}
TARGET = 0.95
# splits whose disagreements --misses may list; every other split prints figures only
DEV_SPLITS = ("dev", "dev2", "dev3")


def score(
    split: str, count: int, seed: int, language_off: bool, misses: bool
) -> dict[str, Counter]:
    from importlib import import_module

    from qa_core.evaluation import Evaluator
    from qa_core.model import Interaction
    from qa_core.plugins import make_plugin_manager
    from qa_core.ruleset.loader import load_ruleset

    pm = make_plugin_manager(disabled=())
    ruleset = load_ruleset(ROOT / "rulesets" / "cobranza.yaml", pm)
    if language_off:
        from dataclasses import replace

        ruleset = replace(ruleset, languages=())
    evaluator = Evaluator(ruleset, pm)
    calls = import_module(f"benchmarks.script_es.calls_{split}").calls
    tallies: dict[str, Counter] = {label: Counter() for label in CRITERIA}
    for interaction, labels in calls(seed=seed, count=count):
        evaluation = evaluator.evaluate(Interaction.model_validate(interaction))
        for label, criterion in CRITERIA.items():
            truth, said = labels[label], evaluation.result_of(criterion)
            tallies[label][(truth, said)] += 1
            if misses and truth != said and split in DEV_SPLITS:
                print(f"  miss {interaction['id']} {criterion}: labelled {truth}, said {said}")
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=[*DEV_SPLITS, "heldout"], default="heldout")
    parser.add_argument(
        "--misses", action="store_true", help="list a dev split's misses (dev, dev2, dev3)"
    )
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--language-off", action="store_true")
    args = parser.parse_args()
    tallies = score(args.split, args.count, args.seed, args.language_off, args.misses)
    agree = total = 0
    mode = "as if it said no language" if args.language_off else "language: es"
    print(f"cobranza ({mode}) on {args.count} {args.split} Spanish calls (seed {args.seed})")
    print(f"  {'criterion':<26}{'agreement':>10}{'not_met P':>11}{'not_met R':>11}   labels")
    for label, tally in tallies.items():
        n = sum(tally.values())
        right = sum(k for (truth, said), k in tally.items() if truth == said)
        flagged = sum(k for (_, said), k in tally.items() if said == "not_met")
        missing = sum(k for (truth, _), k in tally.items() if truth == "not_met")
        caught = tally[("not_met", "not_met")]
        precision = f"{caught / flagged:.3f}" if flagged else "–"
        recall = f"{caught / missing:.3f}" if missing else "–"
        truths = Counter()
        for (truth, _), k in tally.items():
            truths[truth] += k
        print(
            f"  {CRITERIA[label]:<26}{right / n:>10.3f}{precision:>11}{recall:>11}   "
            + " ".join(f"{t} {k}" for t, k in sorted(truths.items()))
        )
        agree, total = agree + right, total + n
    print(f"  overall agreement {agree / total:.3f} (target >= {TARGET})")


if __name__ == "__main__":
    main()

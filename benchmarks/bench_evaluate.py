"""Throughput of ``qa evaluate`` for the script rules on generated 60-turn calls.

Prints interactions per second for the in-process pipeline (read → evaluate → JSON
line) and for the real console script end to end. One process, so per core.

    .venv/bin/python benchmarks/bench_evaluate.py [--calls 1000] [--turns 60]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qa_core.evaluation import Evaluator
from qa_core.plugins import make_plugin_manager
from qa_core.reading import read_interactions
from qa_core.ruleset.catalog import resolve_ruleset

OPENINGS = [
    "Thank you for calling Contoso, my name is Sam, how can I help you today?",
    "Contoso, Sam speaking.",
    "thank you for colling contoso um my name is sam",
]
CLOSINGS = [
    "Is there anything else I can help you with? Thank you for calling, have a great day.",
    "Okay bye.",
    "anything else i can do for you today thanks for calling",
]
AGENT = [
    "Let me check that for you.",
    "I can see the payment arrived on the fourth of the month.",
    "I understand that is frustrating, I'm sorry about the delay.",
    "I've updated the address on the account and sent a confirmation email.",
    "Could you confirm the postcode for me please?",
    "calm down, I am trying to help",
    "The engineer will visit between eight and twelve on Tuesday.",
    "um so what i'm going to do is uh raise a ticket with the billing team",
]
CUSTOMER = [
    "Yes that's right.",
    "I've been waiting for two weeks and nobody called me back.",
    "It's the one ending in four two seven.",
    "okay thanks",
    "Can you do that today?",
    "my internet keeps dropping every evening around seven",
]


def generate(path: Path, calls: int, turns: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w") as out:
        for n in range(calls):
            texts = [rng.choice(OPENINGS)]
            for i in range(1, turns - 1):
                texts.append(rng.choice(CUSTOMER if i % 2 else AGENT))
            texts.append(rng.choice(CLOSINGS))
            t = 0.0
            turn_list = []
            for i, text in enumerate(texts):
                duration = max(1.0, len(text.split()) / 2.6)
                turn_list.append(
                    {
                        "speaker": "customer" if i % 2 else "agent",
                        "text": text,
                        "start_s": round(t, 2),
                        "end_s": round(t + duration, 2),
                    }
                )
                t += duration + 0.5
            out.write(
                json.dumps(
                    {
                        "id": f"bench-{n:05d}",
                        "channel": "voice",
                        "agent_id": f"a-{n % 9}",
                        "turns": turn_list,
                    }
                )
                + "\n"
            )


def inprocess(source: Path, ruleset_ref: str, out: Path) -> tuple[float, int]:
    pm = make_plugin_manager(disabled=())
    ruleset = resolve_ruleset(ruleset_ref, pm)
    evaluator = Evaluator(ruleset, pm)
    start = time.perf_counter()
    with out.open("w") as handle:
        for item in evaluator.evaluate_all(read_interactions(source)):
            handle.write(json.dumps(item.to_json()) + "\n")
    return time.perf_counter() - start, len(ruleset.criteria)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--turns", type=int, default=60)
    parser.add_argument("--ruleset", default="default")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "calls.jsonl"
        generate(source, args.calls, args.turns)
        # the same ruleset without redaction: the script rules' own cost
        unredacted = Path(tmp) / "no-redaction.yaml"
        original = resolve_ruleset(args.ruleset, make_plugin_manager(disabled=())).path
        text = original.read_text().split("\ntests:")[0]  # its examples live elsewhere
        unredacted.write_text(
            text.replace("\nsections:", "\nredaction: {presets: []}\nsections:", 1)
        )
        full, criteria = inprocess(source, args.ruleset, Path(tmp) / "inproc.jsonl")
        script_only, _ = inprocess(source, str(unredacted), Path(tmp) / "script.jsonl")

        qa = Path(sys.executable).parent / "qa"
        start = time.perf_counter()
        subprocess.run(
            [
                str(qa),
                "evaluate",
                str(source),
                "--ruleset",
                args.ruleset,
                "--out",
                str(Path(tmp) / "cli.jsonl"),
            ],
            check=True,
            capture_output=True,
        )
        cli = time.perf_counter() - start

    print(
        f"qa evaluate: {args.calls} calls x {args.turns} turns, "
        f"ruleset {args.ruleset} ({criteria} criteria), one process"
    )
    print(
        f"  script rules alone (no redaction) : {args.calls / script_only:8.1f} interactions/s "
        "(target 500 per core)"
    )
    print(
        f"  with redaction (pci + hipaa analysis): {args.calls / full:8.1f} interactions/s "
        f"({args.calls * args.turns / full:.0f} turns/s; plain Presidio: benchmarks/scan.py)"
    )
    print(
        f"  qa evaluate (CLI), with redaction   : {args.calls / cli:8.1f} interactions/s "
        f"(start-up included: {cli:.2f} s)"
    )


if __name__ == "__main__":
    main()

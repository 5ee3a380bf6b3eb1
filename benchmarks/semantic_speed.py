"""Semantic matching's speed on generated 60-turn calls, beside fuzzy-only and Presidio.

Scores the same calls with one ruleset in two modes: fuzzy/lexicon (no model) and
semantic (MiniLM embeddings of the sentences each criterion's speaker and window
select, once per interaction, phrases cached), and times plain Presidio's analysis
of a slice of the same turns as the usual yardstick. Target: semantic >= 3 calls/s.

    .venv/bin/python benchmarks/semantic_speed.py [--calls 200]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

RULESET = """id: bench-semantic-{mode}
version: 1
redaction: {{presets: []}}
sections:
  - id: script
    criteria:
      - id: greeting
        rule: script.phrase
        params:
          phrases: ["thank you for calling contoso"]
          within: {{turns: 3}}
          match: {{mode: {script_mode}, threshold: {threshold}}}
      - id: recording_disclosure
        rule: script.phrase
        params:
          phrases: ["this call may be recorded for quality and training purposes"]
          within: {{turns: 6}}
          match: {{mode: {script_mode}, threshold: {threshold}}}
      - id: closing
        rule: script.phrase
        params:
          phrases: ["is there anything else i can help you with"]
          within: {{turns: 4, from: end}}
          match: {{mode: {script_mode}, threshold: {threshold}}}
  - id: care
    criteria:
      - id: empathy
        rule: empathy.markers
        params: {{match: {{mode: {empathy_mode}}}}}
"""


def ruleset(folder: Path, semantic: bool) -> Path:
    path = folder / f"{'semantic' if semantic else 'fuzzy'}.yaml"
    path.write_text(
        RULESET.format(
            mode="semantic" if semantic else "fuzzy",
            script_mode="semantic" if semantic else "fuzzy",
            threshold=0.6 if semantic else 0.85,
            empathy_mode="semantic" if semantic else "lexicon",
        )
    )
    return path


def score(source: Path, ruleset_path: Path) -> float:
    from qa_core.evaluation import Evaluator
    from qa_core.plugins import make_plugin_manager
    from qa_core.reading import read_interactions
    from qa_core.ruleset.loader import load_ruleset

    pm = make_plugin_manager(disabled=())
    evaluator = Evaluator(load_ruleset(ruleset_path, pm), pm)
    warm = next(iter(read_interactions(source)))
    evaluator.evaluate(warm)  # model loading is start-up, not per-call cost
    start = time.perf_counter()
    for _ in evaluator.evaluate_all(read_interactions(source)):
        pass
    return time.perf_counter() - start


def presidio_worker(source: Path, calls: int) -> None:
    from redaction_speed import run_presidio

    from qa_core.torch_hidden import torch_hidden

    docs = [json.loads(line) for line in source.read_text().splitlines()][:calls]
    with torch_hidden():  # as in qa_core: spaCy without torch
        print(json.dumps(run_presidio(docs)))


def main() -> None:
    from bench_evaluate import generate

    from qa_core import semantic_available

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--presidio-calls", type=int, default=20)
    parser.add_argument("--presidio", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.presidio:
        presidio_worker(Path(args.presidio[0]), int(args.presidio[1]))
        return
    if not semantic_available():
        print("skipped: the [semantic] extra is not installed (make install has it)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "calls.jsonl"
        generate(source, args.calls, 60)
        fuzzy = score(source, ruleset(folder, semantic=False))
        semantic = score(source, ruleset(folder, semantic=True))
        plain = json.loads(
            subprocess.run(  # its own process: Presidio as it loads without our help
                [sys.executable, __file__, "--presidio", str(source), str(args.presidio_calls)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.splitlines()[-1]
        )
    turns = args.presidio_calls * 60
    print(f"{args.calls} calls x 60 turns, one process (4 criteria: 3 phrases + empathy)")
    print(f"  fuzzy / lexicon : {args.calls / fuzzy:8.1f} calls/s")
    print(f"  semantic        : {args.calls / semantic:8.1f} calls/s (target >= 3)")
    print(
        f"  plain Presidio analysis of the same turns: "
        f"{args.presidio_calls / plain['seconds']:8.1f} calls/s ({turns / plain['seconds']:.0f} "
        "turns/s)"
    )


if __name__ == "__main__":
    main()

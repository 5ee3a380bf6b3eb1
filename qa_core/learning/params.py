"""``params: {model: FILE}``: a learned model named in a ruleset, loaded as it validates.

The path is relative to the ruleset file. The file is read once, here, and the bytes
that were read are the bytes hashed, so the hash that joins the ruleset's identity is
the hash of the model that scores.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import PlainSerializer, ValidationInfo, WithJsonSchema
from pydantic.functional_validators import PlainValidator

from .model import MAX_BYTES, LearnedModel


def _load(value: Any, info: ValidationInfo) -> LearnedModel:
    if isinstance(value, LearnedModel):
        return value
    if not isinstance(value, str) or not value.strip():
        raise ValueError("the path of a model file written by `qa learn`")
    context = info.context if isinstance(info.context, dict) else {}
    base = context.get("base")
    path = Path(base) / value if base else Path(value)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ValueError(
            f"no such model file {value!r} (paths are relative to the ruleset)"
        ) from None
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or "not a usable file path"
        raise ValueError(f"cannot read model file {value!r}: {reason}") from None
    try:
        return LearnedModel.from_bytes(data)
    except ValueError as exc:
        raise ValueError(f"{value!r}: {exc}") from None


ModelFile = Annotated[
    LearnedModel,
    PlainValidator(_load),
    PlainSerializer(lambda model: model.sha256, return_type=str),
    WithJsonSchema({"type": "string", "description": "a model file from `qa learn`"}),
]


def models_in(params: Any) -> dict[str, LearnedModel]:
    """The learned models a criterion's params name, by field."""
    return {
        name: value
        for name in type(params).model_fields
        if isinstance(value := getattr(params, name, None), LearnedModel)
    }

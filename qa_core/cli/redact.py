"""``qa redact``: find and redact sensitive data in interaction files, no store needed."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .audio import RecordingMuter
from .common import (
    FORMAT_OPTION,
    INPUT_ARGUMENT,
    OUT_OPTION,
    plugin_manager,
    read_input,
    ruleset_option,
)


@click.command()
@INPUT_ARGUMENT
@OUT_OPTION
@ruleset_option("Whose redaction policy applies: a ruleset file or a bundled id.")
@FORMAT_OPTION
@click.option(
    "--style",
    type=click.Choice(["tag", "mask", "hash"]),
    help="Override the ruleset's redaction style.",
)
@click.option(
    "--audio",
    "audio_dir",
    type=click.Path(path_type=Path),
    help="Folder of recordings, <id>.wav or <id>.flac, to mute where findings are.",
)
@click.option(
    "--audio-out",
    "audio_out",
    type=click.Path(path_type=Path),
    help="Where the muted recordings and their certificates (<id>.json) go.",
)
@click.option(
    "--pad",
    "pad_s",
    type=click.FloatRange(min=0, max=10),
    default=0.2,
    show_default=True,
    metavar="SECONDS",
    help="Silence this much more on each side of every finding.",
)
@click.pass_context
def redact(
    ctx: click.Context,
    input_path: Path,
    out_path: Path,
    ruleset_ref: str,
    input_format: str,
    style: str | None,
    audio_dir: Path | None,
    audio_out: Path | None,
    pad_s: float,
) -> None:
    """Redact the interactions in INPUT (one JSON line each: findings and turns), and mute
    their recordings with --audio (exit 1 when a recording could not be made safe)."""
    from ..analysis.analyzer import InteractionAnalyzer
    from ..analysis.redaction import redacted_turns, redaction_key_from_env
    from ..atomic import atomic_text_writer
    from ..errors import UserError
    from ..iterating import batched
    from ..ruleset.catalog import resolve_ruleset

    pm = plugin_manager(ctx)
    ruleset = resolve_ruleset(ruleset_ref, pm)
    style = style or ruleset.redaction.style
    key = redaction_key_from_env()
    if style == "hash" and key is None:
        raise UserError("style 'hash' needs a key: set QA_REDACT_KEY", where="--style")
    muter = RecordingMuter.for_options(audio_dir, audio_out, pad_s)
    analyzer = InteractionAnalyzer(pm, ruleset.redaction.entities)
    if not analyzer.active:
        click.echo(
            "qa: warning: no redaction plugin is installed; nothing will be redacted", err=True
        )
    count = found = uncovered = 0
    with atomic_text_writer(out_path) as out:
        for batch in batched(read_input(ctx, input_path, input_format), 32):
            for interaction, findings in zip(batch, analyzer.analyze_many(batch), strict=True):
                language = analyzer.check_language(interaction)
                line = {
                    "id": interaction.id,
                    "findings": [f.to_json() for f in findings],
                    "turns": redacted_turns(interaction, findings, style, key),
                    "language": language.to_json(),
                }
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
                if muter is not None:
                    muter.release(interaction.id, findings, analyzer.plugin_versions)
                count += 1
                uncovered += not language.supported
                found += len(findings)
    if uncovered:
        click.echo(
            f"qa: warning: {uncovered} interactions are in a language the installed "
            "recognisers do not cover; they are flagged, not clean",
            err=True,
        )
    click.echo(
        f"redacted {count} interactions ({found} findings, style {style}) -> {out_path}", err=True
    )
    if muter is not None:
        click.echo(muter.summary(), err=True)
        if muter.exit_code:
            ctx.exit(muter.exit_code)

"""``qa init``, ``qa ingest`` and ``qa show``: the encrypted store."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import DB_OPTION, FORMAT_OPTION, plugin_manager, read_input, ruleset_option


def open_store(ctx: click.Context, db_url: str | None):
    from ..config import qa_home
    from ..store.store import Store

    return Store.open(qa_home(), db_url, plugin_manager(ctx))


@click.command()
@DB_OPTION
@click.pass_context
def init(ctx: click.Context, db_url: str | None) -> None:
    """Create the store and a fresh key (an existing store is left untouched)."""
    from ..config import qa_home
    from ..store.store import Store

    home = qa_home()
    store, created = Store.init(home, db_url, plugin_manager(ctx))
    if created:
        click.echo(f"created store {store.store_id} in {home} ({store.engine.dialect.name})")
    else:
        click.echo(f"store {store.store_id} already exists in {home}; nothing changed")


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@FORMAT_OPTION
@click.option("--skip-invalid", is_flag=True, help="Store the good records, report the rest.")
@click.option(
    "--audio",
    "audio_dir",
    type=click.Path(path_type=Path),
    help="Folder of recordings, <id>.wav or <id>.flac, to store encrypted with them.",
)
@click.option("--replace", is_flag=True, help="Overwrite an id stored with other content.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@DB_OPTION
@click.pass_context
def ingest(
    ctx: click.Context,
    files: tuple[Path, ...],
    input_format: str,
    skip_invalid: bool,
    audio_dir: Path | None,
    replace: bool,
    as_json: bool,
    db_url: str | None,
) -> None:
    """Validate, encrypt and store interactions; each file is stored whole or not at all."""
    from ..errors import UserError
    from ..store.store import IngestCounts

    if audio_dir is not None and not audio_dir.is_dir():
        raise UserError("no such folder of recordings", where=str(audio_dir))
    store = open_store(ctx, db_url)
    total = IngestCounts()
    skipped: list[str] = []
    for path in files:
        on_invalid = (lambda error: skipped.append(str(error))) if skip_invalid else None
        counts = store.ingest(
            read_input(ctx, path, input_format, on_invalid),
            replace=replace,
            source=path.name,
            recordings=audio_dir,
        )
        for name in ("stored", "unchanged", "replaced", "recordings"):
            setattr(total, name, getattr(total, name) + getattr(counts, name))
    total.skipped = len(skipped)
    for problem in skipped:
        click.echo(f"qa: skipped {problem}", err=True)
    if as_json:
        click.echo(json.dumps(total.to_json()))
    else:
        click.echo(
            f"ingested {total.stored} new, {total.unchanged} unchanged, "
            f"{total.replaced} replaced, {total.skipped} skipped"
            + (f", {total.recordings} recordings" if audio_dir is not None else "")
        )
    if skipped:
        ctx.exit(1)


@click.command()
@click.argument("interaction_id")
@click.option(
    "--audio",
    "audio_out",
    type=click.Path(path_type=Path),
    metavar="OUT",
    help="Write the stored recording, muted where the findings are (certificate: OUT.json).",
)
@click.option(
    "--pad",
    "pad_s",
    type=click.FloatRange(min=0, max=10),
    metavar="SECONDS",
    help="With --audio: silence this much more on each side of every finding "
    "[the ruleset's redaction.audio_pad, 0.2].",
)
@click.option("--unredacted", is_flag=True, help="Show the original text (audited).")
@click.option("--reason", help="Why the original text is needed (required with --unredacted).")
@ruleset_option("Whose redaction policy applies to the redacted view.")
@DB_OPTION
@click.pass_context
def show(
    ctx: click.Context,
    interaction_id: str,
    audio_out: Path | None,
    pad_s: float | None,
    unredacted: bool,
    reason: str | None,
    ruleset_ref: str,
    db_url: str | None,
) -> None:
    """Print one stored interaction: redacted, or the original with a reason (audited);
    with --audio, write its recording instead, muted or (audited) the original."""
    from ..analysis.analyzer import InteractionAnalyzer
    from ..analysis.redaction import effective_style, redacted_turns
    from ..errors import UserError
    from ..ruleset.catalog import resolve_ruleset
    from ..store.floor import with_store_floor
    from ..store.results import newest_line

    if unredacted and not (reason and reason.strip()):
        raise UserError(
            '--unredacted needs --reason "..." (it is written to the audit trail)', where="--reason"
        )
    store = open_store(ctx, db_url)
    interaction = store.get(interaction_id)
    if audio_out is not None:
        from .audio import write_stored_recording

        code = write_stored_recording(
            ctx, store, interaction, audio_out, pad_s, reason.strip() if unredacted else None,
            ruleset_ref,
        )  # fmt: skip
        ctx.exit(code)
    if unredacted:
        store.record("view_unredacted", interaction_id, {"reason": reason.strip()})
        click.echo(json.dumps(interaction.to_json_dict(), ensure_ascii=False, indent=1))
        return
    pm = plugin_manager(ctx)
    ruleset = with_store_floor(resolve_ruleset(ruleset_ref, pm), pm, store.home)
    stored = newest_line(store, interaction_id, ruleset.sha256)
    if stored is not None and "turns" in stored:  # what the reports print, exactly
        turns, found = stored["turns"], len(stored.get("findings", []))
    else:  # not scanned under this ruleset yet: redacted now, as a scan would store it
        findings = InteractionAnalyzer(pm, ruleset.redaction.entities).analyze(interaction)
        key = store.redaction_key()
        style = effective_style(ruleset.redaction.style, key)
        turns, found = redacted_turns(interaction, findings, style, key), len(findings)
    store.record("view_redacted", interaction_id, {"findings": found})
    click.echo(json.dumps({"id": interaction.id, "turns": turns}, ensure_ascii=False, indent=1))


@click.group()
def keys() -> None:
    """Manage the store's keys."""


@keys.command()
@DB_OPTION
@click.pass_context
def rotate(ctx: click.Context, db_url: str | None) -> None:
    """Re-seal every scope key under a new master key (resumable; payloads untouched)."""
    from ..config import qa_home
    from ..store.rotation import rotate as do_rotate

    result = do_rotate(qa_home(), db_url, plugin_manager(ctx))
    click.echo(f"rotated: {result['scope_keys']} scope keys re-sealed under a new master key")

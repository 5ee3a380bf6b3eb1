"""``qa audio verify`` and the recordings side of ``qa redact --audio``."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import UserError
from .common import public_key_text

if TYPE_CHECKING:
    from ..analysis.findings import Finding


class RecordingMuter:
    """Mutes each interaction's recording as ``qa redact`` reads it, and keeps the tally:
    a recording that could not be made safe is named on stderr (exit 1), one that could not
    be read too (exit 2); the text output is written whole either way."""

    def __init__(self, audio_dir: Path, audio_out: Path, pad_s: float) -> None:
        from ..config import qa_home
        from ..store.signing import PRIVATE, Signer

        self.audio_dir = audio_dir
        self.audio_out = audio_out
        self.pad_s = pad_s
        home = qa_home()
        # signed with the store's audit key when there is a store here, so `qa audio
        # verify` can check a release with the public key alone
        self.signer = (
            Signer.load_or_create(home, create=False) if (home / PRIVATE).is_file() else None
        )
        self.released = self.unsafe = self.unreadable = 0
        self.muted_s = 0.0

    @classmethod
    def for_options(
        cls, audio_dir: Path | None, audio_out: Path | None, pad_s: float
    ) -> RecordingMuter | None:
        if audio_dir is None and audio_out is None:
            return None
        if audio_dir is None or audio_out is None:
            raise UserError("--audio and --audio-out go together", where="--audio-out")
        if not audio_dir.is_dir():
            raise UserError("no such folder of recordings", where=str(audio_dir))
        if audio_out.exists() and not audio_out.is_dir():
            raise UserError("not a folder", where=str(audio_out))
        if audio_out.resolve() == audio_dir.resolve():
            raise UserError(
                "must not be the recordings' own folder (the originals would be replaced)",
                where="--audio-out",
            )
        audio_out.mkdir(parents=True, exist_ok=True)
        return cls(audio_dir, audio_out, pad_s)

    def release(
        self, interaction_id: str, findings: Sequence[Finding], plugins: Mapping[str, str]
    ) -> None:
        from ..audio.muting import AudioError
        from ..audio.release import UnsafeRecording, recording_for, release

        source = recording_for(self.audio_dir, interaction_id)
        if source is None:
            return
        try:
            done = release(
                interaction_id,
                findings,
                source,
                self.audio_out,
                pad_s=self.pad_s,
                plugins=plugins,
                signer=self.signer,
            )
        except UnsafeRecording as exc:
            self.unsafe += 1
            click.echo(f"qa: {interaction_id}: recording not released: {exc}", err=True)
        except AudioError as exc:
            self.unreadable += 1
            click.echo(f"qa: {source}: {exc}", err=True)
        else:
            self.released += 1
            self.muted_s += done.muted_s

    def summary(self) -> str:
        return (
            f"muted {self.released} recordings ({self.muted_s:.1f} s silenced) -> "
            f"{self.audio_out}; {self.unsafe} refused as unsafe, {self.unreadable} unreadable"
        )

    @property
    def exit_code(self) -> int:
        return 2 if self.unreadable else 1 if self.unsafe else 0


@click.group()
def audio() -> None:
    """Check released recordings against their certificates."""


@audio.command()
@click.argument("certificate_path", metavar="CERT", type=click.Path(path_type=Path))
@click.argument("audio_path", metavar="AUDIO", type=click.Path(path_type=Path))
@click.option(
    "--public-key",
    "public_key",
    help="The signing public key (base64), or a file holding it; default: the store's own.",
)
@click.pass_context
def verify(
    ctx: click.Context, certificate_path: Path, audio_path: Path, public_key: str | None
) -> None:
    """Check that AUDIO is the muted recording CERT certifies, signed by the key
    (exit 1 on any mismatch)."""
    from ..audio.certificate import problems

    try:
        cert = json.loads(certificate_path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        raise UserError("not a readable certificate (JSON)", where=str(certificate_path)) from None
    if not isinstance(cert, dict):
        raise UserError("not a certificate (a JSON object)", where=str(certificate_path))
    if not audio_path.is_file():
        raise UserError("no such recording", where=str(audio_path))
    found = problems(cert, audio_path, _public_key(public_key))
    for problem in found:
        click.echo(f"NOT VERIFIED: {problem}")
    if found:
        ctx.exit(1)
    click.echo(
        f"verified: {audio_path} is the muted recording of {cert.get('id')} "
        f"({len(cert.get('muted', []))} intervals muted)"
    )


def _public_key(value: str | None) -> str:
    """The key given (text or a file holding it), else this store's own."""
    if value:
        return public_key_text(value) or ""
    from ..config import qa_home
    from ..store.signing import PRIVATE, Signer

    home = qa_home()
    if not (home / PRIVATE).is_file():
        raise UserError(
            "no store here to take the public key from: pass --public-key", where="--public-key"
        )
    return Signer.load_or_create(home, create=False).public_key


def write_stored_recording(
    ctx: click.Context,
    store,  # qa_core.store.store.Store
    interaction,  # qa_core.model.Interaction
    out: Path,
    pad_s: float | None,
    reason: str | None,
    ruleset_ref: str,
) -> int:
    """``qa show ID --audio OUT``: the stored recording muted where the newest scan's
    findings are (found now when it was never scanned), signed and audited; with a
    reason, the original, audited. Returns the exit code (1: refused as unsafe)."""
    from ..analysis.analyzer import InteractionAnalyzer
    from ..atomic import atomic_binary_writer
    from ..audio.muting import AudioError
    from ..audio.release import UnsafeRecording, release
    from ..ruleset.catalog import resolve_ruleset
    from ..store.envelope import DecryptionError
    from ..store.floor import with_store_floor
    from ..store.recordings import open_recording
    from .common import plugin_manager

    try:
        sealed = open_recording(store, interaction.id)
        if sealed is not None:
            sealed.verify()
    except DecryptionError as exc:
        raise UserError(
            f"the recording of {interaction.id!r} cannot be read: {exc}", where="store"
        ) from None
    if sealed is None:
        raise UserError(f"interaction {interaction.id!r} has no stored recording", where="--audio")
    if out.suffix.lower() != sealed.suffix:
        raise UserError(
            f"the recording is a {sealed.suffix} file: name the output so", where=str(out)
        )
    if reason is not None:
        store.record("recording_unredacted", interaction.id, {"reason": reason})
        with sealed, atomic_binary_writer(out) as handle:
            for block in iter(lambda: sealed.read(1 << 20), b""):
                handle.write(block)
        click.echo(f"wrote the original recording of {interaction.id} -> {out} (audited)")
        return 0
    pm = plugin_manager(ctx)
    ruleset = with_store_floor(resolve_ruleset(ruleset_ref, pm), pm, store.home)
    analyzer = InteractionAnalyzer(pm, ruleset.redaction.entities)
    findings = stored_findings(store, interaction.id, ruleset.sha256)
    if findings is None:  # never scanned under this ruleset: found now, as a scan would
        findings = analyzer.analyze(interaction)
    try:
        done = release(
            interaction.id,
            findings,
            lambda: open_recording(store, interaction.id),
            None,
            pad_s=ruleset.redaction.audio_pad if pad_s is None else pad_s,
            plugins=analyzer.plugin_versions,
            signer=store.signer,
            target=out,
        )
    except UnsafeRecording as exc:
        store.record("recording_refused", interaction.id, {"findings": len(findings)})
        click.echo(f"qa: {interaction.id}: recording not released: {exc}", err=True)
        return 1
    except AudioError as exc:
        raise UserError(f"the stored recording cannot be muted: {exc}", where="--audio") from None
    cert = done.certificate
    store.record(
        "recording_released",
        interaction.id,
        {
            "output_sha256": cert["output_sha256"],
            "muted": len(cert["muted"]),
            "muted_s": round(done.muted_s, 3),
            "findings": cert["findings"],
            "signature": cert["signature"]["value"],
        },
    )
    click.echo(
        f"wrote the recording of {interaction.id}, {done.muted_s:.1f} s muted -> {out} "
        f"(certificate {out.with_suffix('.json')})"
    )
    return 0


def stored_findings(store, interaction_id: str, ruleset_sha256: str) -> list[Finding] | None:
    """The newest scan's findings for this interaction under this ruleset, if scanned."""
    from ..analysis.findings import finding_from_json
    from ..store.results import newest_line

    line = newest_line(store, interaction_id, ruleset_sha256)
    if line is None or "findings" not in line:
        return None
    return [finding_from_json(f) for f in line["findings"]]

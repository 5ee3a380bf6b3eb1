"""``qa audio verify`` and the recordings side of ``qa redact --audio``."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import UserError

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
        return Path(value).read_text().strip() if Path(value).is_file() else value.strip()
    from ..config import qa_home
    from ..store.signing import PRIVATE, Signer

    home = qa_home()
    if not (home / PRIVATE).is_file():
        raise UserError(
            "no store here to take the public key from: pass --public-key", where="--public-key"
        )
    return Signer.load_or_create(home, create=False).public_key

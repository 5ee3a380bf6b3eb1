"""The ``importers`` plugin's hook implementations (entry point ``qa_core: importers``)."""

from __future__ import annotations

from qa_core import Importer, hookimpl

from .contact_lens import ContactLensImporter
from .csv_chat import CsvChatImporter
from .transcribe import TranscribeImporter
from .vtt import VttImporter


@hookimpl
def register_importers() -> list[Importer]:
    return [TranscribeImporter(), ContactLensImporter(), VttImporter(), CsvChatImporter()]

"""A plugin's recogniser as the shared engine sees it: each call timed for its plugin.

A wrapper, not a patch: the plugin's own object is left exactly as the plugin made it
(one object may serve several analyzers, or a plugin's own tests). The wrapper answers
to the same id, so results, score thresholds and context keep pointing at the plugin's
recogniser.
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from ..timing import ACTIVE_TIMER


class TimedRecognizer(EntityRecognizer):
    """Delegates to ``inner``; the time of each ``analyze`` goes to ``plugin``."""

    def __init__(self, inner: EntityRecognizer, plugin: str) -> None:
        self.inner = inner
        self.plugin = plugin
        super().__init__(
            supported_entities=list(inner.supported_entities),
            name=inner.name,
            supported_language=inner.supported_language,
            version=inner.version,
            context=list(inner.context or ()),
            score_thresholds=inner.score_thresholds,
        )
        self._id = inner.id

    def load(self) -> None:
        """The plugin's recogniser loaded itself when it was made."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        timer = ACTIVE_TIMER.get()
        if timer is None:
            return self.inner.analyze(text, entities, nlp_artifacts)
        with timer.measure(self.plugin, self.inner.name):
            return self.inner.analyze(text, entities, nlp_artifacts)

    def enhance_using_context(self, *args: Any, **kwargs: Any) -> list[RecognizerResult]:
        return self.inner.enhance_using_context(*args, **kwargs)

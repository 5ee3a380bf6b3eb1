"""Keep PyTorch (and Hugging Face transformers) out of processes that only need spaCy.

spaCy's thinc imports torch, and Presidio imports transformers, whenever they are
installed (with the [semantic] extra they are): seconds and ~300 MB per process,
although our NER-only pipeline uses neither. While spaCy, Presidio and the plugins
that import them load, both are hidden; afterwards they import normally, so
semantic matching still gets them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

HIDDEN = ("torch", "transformers")


@contextmanager
def torch_hidden() -> Iterator[None]:
    hidden = [name for name in HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # `import name` fails fast
    try:
        yield
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]

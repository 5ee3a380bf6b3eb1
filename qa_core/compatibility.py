"""Does an installed plugin accept this qa_core? Its own ``Requires-Dist`` says.

A plugin declares the qa_core versions it works with the way any Python package does,
as a dependency (``qa-core>=0.1,<0.2``). pip enforces that at install time, but not
after a later upgrade of qa_core alone, an install with ``--no-deps`` or a copied
virtualenv; so the core checks it again when it loads the plugin, and refuses it.
"""

from __future__ import annotations

import importlib.metadata as metadata

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

CORE_DISTRIBUTION = "qa-core"


def core_version() -> str:
    """``qa_core.__version__``: the one source, which the built package's metadata reads."""
    from . import __version__

    return __version__


def incompatibility(dist: metadata.Distribution | None) -> str | None:
    """Why ``dist`` cannot run with this qa_core, or None when it can (or does not say)."""
    if dist is None or canonicalize_name(dist.name or "") == CORE_DISTRIBUTION:
        return None
    core = Version(core_version())
    for line in dist.requires or ():
        try:
            requirement = Requirement(line)
        except InvalidRequirement:
            continue
        if canonicalize_name(requirement.name) != CORE_DISTRIBUTION:
            continue
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        if not requirement.specifier.contains(core, prereleases=True):
            return (
                f"refused: it needs {CORE_DISTRIBUTION}{requirement.specifier} and this is "
                f"{CORE_DISTRIBUTION} {core}; install a version of {dist.name} made for it"
            )
    return None

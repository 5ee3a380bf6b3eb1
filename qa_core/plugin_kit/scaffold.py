"""``qa plugin new NAME``: render ``template/`` into a ready plugin distribution.

Paths in the template name the plugin through ``__module__`` and ``__slug__``; every
file is a Jinja2 template (``.j2``). NAME is any valid distribution name (PEP 508):
it is the distribution's name and the plugin's entry-point name as given; the Python
package is its lower-case identifier form and the ruleset id its lower-case dashed form.
Nothing is written unless the whole plugin is: it is rendered into a temporary folder
beside the target and renamed into place.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from jinja2 import Environment, StrictUndefined
from packaging.version import Version

from ..compatibility import core_version
from ..errors import UserError

TEMPLATE = Path(__file__).parent / "template"
NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*")


def template_values(name: str) -> dict[str, str]:
    module = re.sub(r"[-.]", "_", name).lower()
    core = Version(core_version())
    return {
        "name": name,
        "module": module,
        "slug": re.sub(r"[_.]", "-", name).lower(),
        "entity": f"{module.upper()}_TICKET",
        "ticket": "TCK-482914",
        "bad_ticket": "TCK-482915",
        "ticket_spoken": "TCK four eight two nine one four",
        "core_floor": f"{core.major}.{core.minor}",
        "core_ceiling": f"{core.major}.{core.minor + 1}"
        if core.major == 0
        else f"{core.major + 1}",
    }


def check_name(name: str, installed: set[str]) -> None:
    if not NAME.fullmatch(name):
        raise UserError(
            f"{name!r} is not a plugin name: use letters, digits and single dashes, "
            "underscores or dots, starting with a letter (for example acme-tickets)",
            where="NAME",
        )
    if name in installed:
        raise UserError(f"a plugin named {name!r} is already installed; choose another name")


def write_plugin(name: str, out: Path, installed: set[str]) -> Path:
    """Write the plugin into ``out/name`` and return that folder."""
    check_name(name, installed)
    target = out / name
    if target.exists():
        raise UserError(f"{target} already exists; nothing was written", where="--out")
    out.mkdir(parents=True, exist_ok=True)
    values = template_values(name)
    env = Environment(undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=out))
    try:
        for source in sorted(TEMPLATE.rglob("*.j2")):
            relative = str(source.relative_to(TEMPLATE)).removesuffix(".j2")
            relative = relative.replace("__module__", values["module"])
            relative = relative.replace("__slug__", values["slug"])
            destination = staging / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            text = env.from_string(source.read_text(encoding="utf-8")).render(values)
            destination.write_text(text, encoding="utf-8")
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target

"""``--pdf``: the same HTML rendered by WeasyPrint, an optional extra (it needs Pango)."""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

from ..errors import UserError

INSTALL = "pip install 'qa-core[pdf]'"


def check_pdf_available() -> None:
    if find_spec("weasyprint") is None:
        raise UserError(f"PDF output needs the optional WeasyPrint extra: {INSTALL}", where="--pdf")


def render_pdf(html: Path, pdf: Path) -> None:
    """Print ``html`` (with its print stylesheet) to ``pdf``, replacing it whole."""
    import logging

    from weasyprint import HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)  # CSS it skips is not news
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    tmp = pdf.with_name(f".{pdf.name}.tmp")
    HTML(filename=str(html)).write_pdf(str(tmp))
    tmp.replace(pdf)

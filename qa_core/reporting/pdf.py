"""``--pdf``: the same HTML rendered by WeasyPrint, an optional extra (it needs Pango)."""

from __future__ import annotations

import warnings
from functools import cache
from pathlib import Path

from ..errors import UserError

INSTALL = "pip install 'qa-core[pdf]'"


@cache
def pdf_unavailable() -> str | None:
    """Why PDF output cannot work here, or None when it can."""
    try:
        with warnings.catch_warnings():
            # a Pango without HarfBuzz-Subset works today; WeasyPrint only warns of later
            warnings.simplefilter("ignore", DeprecationWarning)
            import weasyprint  # noqa: F401
    except ImportError:
        return f"PDF output needs the optional WeasyPrint extra: {INSTALL}"
    except OSError:  # WeasyPrint is there, the system's Pango is not
        return "PDF output needs the system's Pango library (Debian: apt install libpango-1.0-0)"
    return None


def check_pdf_available() -> None:
    reason = pdf_unavailable()
    if reason:
        raise UserError(reason, where="--pdf")


def render_pdf(html: Path, pdf: Path) -> None:
    """Print ``html`` (with its print stylesheet) to ``pdf``, replacing it whole."""
    import logging

    from weasyprint import HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)  # CSS it skips is not news
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    tmp = pdf.with_name(f".{pdf.name}.tmp")
    HTML(filename=str(html)).write_pdf(str(tmp))
    tmp.replace(pdf)

"""The documentation site shows what it claims: every snippet include expands to the
tested file it names, and the generated references cover the code."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

import qa_core

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
INCLUDE = re.compile(r'^--8<-- "([^"]+)"\s*$', re.M)
TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    mkdocs = Path(sys.executable).parent / "mkdocs"
    subprocess.run(
        [str(mkdocs), "build", "--strict", "--quiet", "-d", str(out)], cwd=ROOT, check=True
    )
    return out


def page_text(site: Path, source: Path) -> str:
    """A built page's text, tags stripped: what a reader sees."""
    relative = source.relative_to(DOCS).with_suffix("")
    built = (
        site / relative / "index.html"
        if relative.name != "index"
        else (site / relative.parent / "index.html")
    )
    return html.unescape(TAG.sub("", built.read_text()))


def included_lines(reference: str) -> list[str]:
    """The non-blank lines of the file (or its ``--8<-- [start:NAME]`` section) named."""
    path, _, section = reference.partition(":")
    lines = (ROOT / path).read_text().splitlines()
    if section:
        start = next(k for k, line in enumerate(lines) if f"[start:{section}]" in line)
        end = next(k for k, line in enumerate(lines) if f"[end:{section}]" in line)
        lines = lines[start + 1 : end]
    return [line.strip() for line in lines if line.strip() and "--8<--" not in line]


def includes() -> list[tuple[Path, str]]:
    return [
        (page, reference)
        for page in sorted(DOCS.rglob("*.md"))
        for reference in INCLUDE.findall(page.read_text())
    ]


def test_the_docs_include_snippets():
    assert len(includes()) >= 10


@pytest.mark.parametrize(
    ("page", "reference"), includes(), ids=[f"{p.name}:{r}" for p, r in includes()]
)
def test_every_snippet_include_expands_to_its_file(site, page, reference):
    text = page_text(site, page)
    lines = included_lines(reference)
    assert lines, reference
    longest = max(lines, key=len)
    assert longest in text, f"{page.name} does not show {reference}"
    assert "--8<--" not in text and "--8 <" not in text


def test_no_built_page_shows_an_include_directive(site):
    for built in site.rglob("*.html"):
        text = html.unescape(TAG.sub("", built.read_text()))
        assert not re.search(r"--8\s*<\s*--", text), built


def test_the_architecture_page_names_only_modules_that_exist():
    text = (DOCS / "architecture.md").read_text()
    named = set(re.findall(r"`((?:[a-z_]+/)*[a-z_]+\.(?:py|toml))`", text))
    assert len(named) > 20
    missing = [
        name
        for name in named
        if not (ROOT / "qa_core" / name).exists() and not (ROOT / name).exists()
    ]
    assert not missing


def test_the_cli_reference_shows_every_command(site):
    from qa_core.cli import COMMANDS

    text = page_text(site, DOCS / "cli.md")
    for command in COMMANDS:
        assert f"qa {command.name}" in text, command.name
    assert "qa worker" in text  # a plugin's command (qa-celery's register_commands)
    assert "--ruleset" in text and "Usage: qa scan" in text


def test_the_api_page_lists_the_whole_public_api(site):
    text = page_text(site, DOCS / "plugins" / "api.md")
    for name in qa_core.__all__:
        if not name.startswith("_"):
            assert name in text, name


def test_every_public_name_says_what_it_is():
    sys.path.insert(0, str(DOCS))
    try:
        from hooks import api_reference
    finally:
        sys.path.remove(str(DOCS))
    rows = [row for row in api_reference().splitlines()[2:]]
    assert len(rows) == len([n for n in qa_core.__all__ if not n.startswith("_")])
    empty = [row.split("|")[1].strip() for row in rows if not row.split("|")[3].strip()]
    assert not empty

"""Meta-tests that keep the plugin contract honest (as datasette's do)."""

import ast
import inspect
import json
import re
import sys
import tomllib
from pathlib import Path

import pytest
from qa_cli import run_in_process

import qa_core
from qa_core import hookspecs

ROOT = Path(__file__).resolve().parent.parent
HOOKS = [
    name
    for name, _ in inspect.getmembers(hookspecs, inspect.isfunction)
    if hasattr(getattr(hookspecs, name), "qa_core_spec")
]
TESTS = "\n".join(
    p.read_text() for p in [*ROOT.glob("tests/*.py"), *ROOT.glob("plugins/*/tests/*.py")]
)


def test_there_are_hooks():
    assert {"register_rule_types", "register_redaction_presets", "register_ruleset_dirs"} <= set(
        HOOKS
    )


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_documented(hook):
    doc = inspect.getdoc(getattr(hookspecs, hook)) or ""
    assert "Called" in doc and ":return:" in doc and "combined" in doc, hook
    assert inspect.signature(getattr(hookspecs, hook)).return_annotation != inspect._empty


def test_every_hook_is_driven_by_the_isolation_tests():
    """Each hook has a reader in test_plugin_isolation.py, where a plugin raising in it
    must fail alone and a probe must be called through it: a hook the core stops calling,
    or one added without a reader, fails there or here."""
    from test_plugin_isolation import HOOK_USERS

    assert sorted(HOOK_USERS) == sorted(HOOKS)


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_test_plugin_implementing_it(hook):
    assert f"def {hook}(" in TESTS, f"no test implements {hook}"


def test_public_api_is_explicit_and_importable():
    assert sorted(qa_core.__all__) == sorted(["__version__", *qa_core._EXPORTS])
    for name in qa_core.__all__:
        assert getattr(qa_core, name) is not None


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


PLUGIN_PACKAGES = {
    p.name for d in ROOT.glob("plugins/*") for p in d.iterdir() if (p / "__init__.py").exists()
}


def test_the_core_imports_no_plugin():
    assert PLUGIN_PACKAGES
    for path in (ROOT / "qa_core").rglob("*.py"):
        leaked = {m for m in _imports(path) if m.split(".")[0] in PLUGIN_PACKAGES}
        assert not leaked, f"{path} imports {leaked}"


def test_plugins_use_only_the_public_api():
    allowed = {"qa_core", "qa_core.testing"}
    for path in ROOT.glob("plugins/*/**/*.py"):
        used = {m for m in _imports(path) if m.split(".")[0] == "qa_core"}
        private = {
            m
            for m in used
            if m not in allowed
            and not (
                m.startswith("qa_core.")
                and m.count(".") == 1
                and m.split(".")[1] in qa_core.__all__
            )
            and not (m.startswith("qa_core.testing."))
        }
        assert not private, f"{path} imports private {private}"


def test_the_example_plugin_uses_only_the_public_api():
    import qa_core.testing

    public = {
        "qa_core",
        "qa_core.testing",
        *(f"qa_core.{name}" for name in qa_core.__all__),
        *(f"qa_core.testing.{name}" for name in qa_core.testing.__all__),
    }
    for path in ROOT.glob("examples/plugins/*/**/*.py"):
        used = {m for m in _imports(path) if m.split(".")[0] == "qa_core"}
        assert used <= public, f"{path} imports private {used - public}"


GUIDES = {p.name: p.read_text() for p in (ROOT / "docs" / "plugins").glob("*.md")}


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_guide_beyond_the_reference(hook):
    """The reference page is generated from hookspecs.py; prose must name the hook too."""
    assert "<!-- hookspecs -->" in GUIDES["hooks.md"]
    guides = [name for name, text in GUIDES.items() if name != "hooks.md" and hook in text]
    assert guides, f"no page under docs/plugins/ explains {hook}"


def test_the_hook_reference_covers_every_hook():
    sys.path.insert(0, str(ROOT / "docs"))
    try:
        from hooks import hook_reference
    finally:
        sys.path.remove(str(ROOT / "docs"))
    reference = hook_reference()
    assert [
        line[5:-1] for line in reference.splitlines() if line.startswith("### ")
    ] == HOOKS_IN_ORDER


HOOKS_IN_ORDER = [
    line.split("(")[0][4:]
    for line in inspect.getsource(hookspecs).splitlines()
    if line.startswith("def register_")
]


def source_version(project: Path) -> str:
    """The one version a distribution of this repository has: its package's
    ``__version__``, which hatch reads (``[tool.hatch.version]``)."""
    config = tomllib.loads((project / "pyproject.toml").read_text())
    assert "version" not in config["project"], f"{project}: a second version source"
    assert config["project"]["dynamic"] == ["version"], project
    init = (project / config["tool"]["hatch"]["version"]["path"]).read_text()
    return re.search(r'^__version__ = "([^"]+)"$', init, re.M).group(1)


def test_the_core_has_one_version_source():
    import importlib.metadata

    from qa_core.compatibility import core_version

    assert source_version(ROOT) == qa_core.__version__ == core_version()
    assert importlib.metadata.version("qa-core") == qa_core.__version__


def test_every_first_party_plugin_is_listed(tmp_path):
    declared = {}
    for pyproject in ROOT.glob("plugins/qa-*/pyproject.toml"):
        project = tomllib.loads(pyproject.read_text())["project"]
        for name in project["entry-points"]["qa_core"]:
            declared[name] = source_version(pyproject.parent)
    done = run_in_process("plugins", "list", "--json", env={"QA_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    listed = {p["name"]: p for p in json.loads(done.stdout)}
    assert len(declared) >= 8
    for name, version in declared.items():
        assert listed[name]["status"] == "loaded" and listed[name]["version"] == version, name
        assert listed[name]["hooks"], name

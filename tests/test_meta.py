"""Meta-tests that keep the plugin contract honest (as datasette's do)."""

import ast
import inspect
from pathlib import Path

import pytest

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


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_test(hook):
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

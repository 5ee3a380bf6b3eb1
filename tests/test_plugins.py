"""The plugin manager: entry points, disabling, isolation of broken plugins, provenance."""

import json

import pytest

import qa_core
from qa_core import make_plugin_manager
from qa_core.errors import PluginError

GOOD_PLUGIN = """
from qa_core import Outcome, RuleType, hookimpl

class Always(RuleType):
    name = "{rule}"
    def evaluate(self, ctx, params):
        return Outcome.met()

@hookimpl
def register_rule_types():
    return [Always()]
"""


def test_installed_plugins_are_found_by_entry_point():
    pm = make_plugin_manager(disabled=())
    assert "script" in {info.name for info in pm.describe() if info.status == "loaded"}


def test_a_third_party_plugin_is_loaded_and_stamped(fake_plugins):
    fake_plugins(
        "qa-acme",
        {"acme": "acme_rules"},
        {"acme_rules": GOOD_PLUGIN.format(rule="acme.always")},
        version="2.3.1",
    )
    pm = make_plugin_manager(disabled=())
    registered = pm.rule_types["acme.always"]
    assert (registered.plugin, registered.plugin_version) == ("acme", "2.3.1")
    info = next(i for i in pm.describe() if i.name == "acme")
    assert info.distribution == "qa-acme"
    assert info.hooks == ["register_rule_types"]
    assert info.rule_types == ["acme.always"]


def test_disable_by_name_env_and_config(fake_plugins, monkeypatch, tmp_path):
    fake_plugins(
        "qa-acme", {"acme": "acme_rules"}, {"acme_rules": GOOD_PLUGIN.format(rule="acme.always")}
    )
    monkeypatch.setenv("QA_DISABLE_PLUGINS", "acme, other")
    pm = make_plugin_manager()
    assert "acme.always" not in pm.rule_types
    assert next(i for i in pm.describe() if i.name == "acme").status == "disabled"
    monkeypatch.delenv("QA_DISABLE_PLUGINS")
    monkeypatch.setenv("QA_HOME", str(tmp_path))
    (tmp_path / "config.toml").write_text('[plugins]\ndisabled = ["script"]\n')
    pm = make_plugin_manager()
    assert "script.phrase" not in pm.rule_types
    assert "acme.always" in pm.rule_types


def test_a_plugin_that_fails_to_import_is_a_warning_not_a_stop(fake_plugins):
    fake_plugins(
        "qa-broken",
        {"broken": "broken_mod"},
        {"broken_mod": "import a_module_that_does_not_exist\n"},
    )
    pm = make_plugin_manager(disabled=())
    [failure] = pm.failures
    assert failure.name == "broken"
    assert "ModuleNotFoundError" in failure.error
    assert "script.phrase" in pm.rule_types  # the others still load
    with pytest.raises(PluginError, match="plugin 'broken' failed to load"):
        make_plugin_manager(disabled=(), strict=True)


def test_a_misspelled_hook_fails_that_plugin_loudly(fake_plugins):
    fake_plugins(
        "qa-typo",
        {"typo": "typo_mod"},
        {
            "typo_mod": """
from qa_core import hookimpl

@hookimpl
def register_rule_typez():
    return []
"""
        },
    )
    pm = make_plugin_manager(disabled=())
    [failure] = pm.failures
    assert "register_rule_typez" in failure.error
    assert pm.get_plugin("typo") is None


def test_a_hook_that_raises_is_isolated(fake_plugins):
    fake_plugins(
        "qa-raiser",
        {"raiser": "raiser_mod"},
        {
            "raiser_mod": """
from qa_core import hookimpl

@hookimpl
def register_rule_types():
    raise RuntimeError("boom")
"""
        },
    )
    pm = make_plugin_manager(disabled=())
    assert "script.phrase" in pm.rule_types
    assert "raised in register_rule_types: RuntimeError" in pm.failures[0].error


def test_duplicate_rule_type_names_fail_at_start_up(fake_plugins):
    fake_plugins(
        "qa-dupe", {"dupe": "dupe_mod"}, {"dupe_mod": GOOD_PLUGIN.format(rule="script.phrase")}
    )
    pm = make_plugin_manager(disabled=())
    with pytest.raises(PluginError, match=r"'script\.phrase' is registered by both plugin "):
        _ = pm.rule_types


def test_only_loads_just_the_named_plugins(fake_plugins):
    fake_plugins(
        "qa-acme", {"acme": "acme_rules"}, {"acme_rules": GOOD_PLUGIN.format(rule="acme.always")}
    )
    assert set(make_plugin_manager(only=["acme"], disabled=()).rule_types) == {"acme.always"}
    with pytest.raises(PluginError, match="no installed plugin named nope"):
        make_plugin_manager(only=["nope"], disabled=())


def test_every_call_builds_a_fresh_manager():
    assert make_plugin_manager(disabled=()) is not make_plugin_manager(disabled=())


def test_a_plugin_for_another_qa_core_version_is_refused(fake_plugins, run_qa):
    fake_plugins(
        "qa-future",
        {"future": "future_rules"},
        {"future_rules": GOOD_PLUGIN.format(rule="future.always")},
        requires=("qa-core[analysis]>=9.0,<10", "requests; extra == 'http'"),
    )
    fake_plugins(
        "qa-fits",
        {"fits": "fits_rules"},
        {"fits_rules": GOOD_PLUGIN.format(rule="fits.always")},
        requires=(f"qa-core>={qa_core.__version__}",),
    )
    pm = make_plugin_manager(disabled=())
    assert "future.always" not in pm.rule_types and "fits.always" in pm.rule_types
    info = next(i for i in pm.describe() if i.name == "future")
    assert info.status == "refused"
    listed = run_qa("plugins", "list", "--json")
    assert listed.returncode == 0
    assert {p["name"]: p["status"] for p in json.loads(listed.stdout)}["future"] == "refused"
    assert listed.stderr.splitlines() == [
        "qa: warning: plugin 'future' refused: it needs qa-core<10,>=9.0 and this is "
        f"qa-core {qa_core.__version__}; install a version of qa-future made for it"
    ]
    assert run_qa("--strict", "plugins", "list").returncode == 2


def test_plugins_list_cli(run_qa, fake_plugins):
    fake_plugins("qa-broken", {"broken": "broken_mod"}, {"broken_mod": "raise ImportError\n"})
    result = run_qa("plugins", "list", "--json")
    assert result.returncode == 0, result.stderr
    listed = {p["name"]: p for p in json.loads(result.stdout)}
    assert listed["script"]["rule_types"] == ["script.phrase", "script.forbidden", "script.order"]
    assert listed["script"]["version"] == "0.1.0"
    assert listed["broken"]["status"] == "failed"
    assert "qa: warning: plugin 'broken' failed to load: ImportError" in result.stderr
    strict = run_qa("--strict", "plugins", "list")
    assert strict.returncode == 2
    assert strict.stderr.strip().splitlines() == [
        "qa: error: plugin 'broken' failed to load: ImportError"
    ]

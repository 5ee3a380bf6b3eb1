"""A plugin that fails, in any hook, fails alone: every hook goes through pluggy's call
path with each plugin isolated, provenance stamped and a failure status kept.

``HOOK_USERS`` names, for every hook in ``hookspecs.py``, what the core reads through it;
``test_meta.py`` checks the table covers every hook, so a new hook comes with its test.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

import click
import pytest

import qa_core
from qa_core import hookimpl
from qa_core.errors import PluginError
from qa_core.testing import plugin_manager_with

# hook -> how the core reads it (what a user's command triggers)
HOOK_USERS = {
    "register_rule_types": lambda pm: pm.rule_types,
    "register_redaction_presets": lambda pm: pm.redaction_presets,
    "register_ruleset_dirs": lambda pm: pm.ruleset_dirs,
    "register_commands": lambda pm: pm.add_commands(click.Group()),
    "register_importers": lambda pm: pm.importers,
    "register_key_providers": lambda pm: pm.key_providers,
    "register_recognizers": lambda pm: pm.recognizers,
    "register_interaction_detectors": lambda pm: pm.detectors,
    "register_languages": lambda pm: pm.languages,
    "register_scan_executors": lambda pm: pm.scan_executors,
    "register_report_template_dirs": lambda pm: pm.report_template_dirs,
}
CORE = ("json", "keys", "executors")
RAISING_IN = """
from qa_core import hookimpl

@hookimpl
def {hook}({args}):
    raise RuntimeError("boom")
"""  # the core's own hooks, installed as entry points


def raising(hook: str) -> object:
    """A plugin object whose only hook raises."""

    def impl(*args: object) -> None:
        raise RuntimeError("secret 4111 1111 1111 1111")

    impl.__name__ = hook
    namespace = type("Raising", (), {})()
    if hook == "register_commands":

        def register_commands(cli: click.Group) -> None:
            raise RuntimeError("boom")

        namespace.register_commands = hookimpl(register_commands)
    else:
        setattr(namespace, hook, hookimpl(impl))
    return namespace


@pytest.mark.parametrize("hook", sorted(HOOK_USERS))
def test_a_plugin_raising_in_any_hook_fails_alone(hook):
    pm = plugin_manager_with(*CORE, plugins=[("broken", raising(hook))])
    HOOK_USERS[hook](pm)
    info = pm.infos["broken"]
    assert info.status == "failed"
    assert info.error.startswith(f"raised in {hook}: RuntimeError")
    # the core's own plugins still contributed through the same call
    assert set(pm.importers) >= {"qa-json"} and set(pm.key_providers) >= {"file", "env"}
    assert set(pm.scan_executors) >= {"inline", "pool"}
    assert all(i.status == "loaded" for n, i in pm.infos.items() if n != "broken")


def test_the_table_is_the_real_consumers():
    """Each reader really calls its hook: a plugin contributing through it is seen."""
    seen: list[str] = []

    class Probe:
        pass

    probe = Probe()
    for hook in HOOK_USERS:

        def make(name: str):
            if name == "register_commands":

                def register_commands(cli: click.Group) -> None:
                    seen.append(name)

                return register_commands

            def impl() -> list:
                seen.append(name)
                return []

            return impl

        setattr(probe, hook, hookimpl(make(hook)))
    pm = plugin_manager_with(plugins=[("probe", probe)])
    for use in HOOK_USERS.values():
        use(pm)
    assert sorted(seen) == sorted(HOOK_USERS)


def test_hooks_go_through_pluggy_so_wrappers_and_tracing_work():
    from qa_core.rules import RuleType

    class Tiny(RuleType):
        name = "tiny.rule"

    class Giver:
        @hookimpl
        def register_rule_types(self) -> list:
            return [Tiny()]

    class Wrapper:
        seen: ClassVar[list] = []

        @hookimpl(wrapper=True)
        def register_rule_types(self):
            results = yield
            Wrapper.seen.extend(results)
            return results

    pm = plugin_manager_with(plugins=[("giver", Giver()), ("wrapper", Wrapper())])
    traced: list[str] = []
    pm.trace.root.setwriter(traced.append)
    pm.enable_tracing()
    assert pm.rule_types["tiny.rule"].plugin == "giver"
    assert any("register_rule_types" in line for line in traced)
    (given,) = Wrapper.seen
    assert isinstance(given, qa_core.Contribution)
    assert (given.plugin, given.plugin_version) == ("giver", "0")
    assert [type(item) for item in given.items] == [Tiny]


def test_a_failed_plugin_contributes_nothing_more():
    from qa_core.presets import RedactionPreset

    class Half:
        @hookimpl
        def register_rule_types(self) -> list:
            raise ValueError("no")

        @hookimpl
        def register_redaction_presets(self) -> list:
            return [RedactionPreset("half", frozenset({"CREDIT_CARD"}))]

    pm = plugin_manager_with(plugins=[("half", Half())])
    pm.rule_types  # noqa: B018
    assert "half" not in pm.redaction_presets


def test_duplicate_key_provider_names_fail_start_up_naming_both():
    from qa_core.store.key_providers import EnvKeyProvider

    class Copycat:
        @hookimpl
        def register_key_providers(self) -> list:
            return [EnvKeyProvider()]

    pm = plugin_manager_with("keys", plugins=[("copycat", Copycat())])
    with pytest.raises(PluginError, match="'env' is registered by both plugin 'keys' and"):
        pm.key_providers  # noqa: B018


def test_a_wrong_type_fails_its_plugin_for_every_object_hook():
    class Wrong:
        @hookimpl
        def register_importers(self) -> list:
            return ["not an importer"]

    pm = plugin_manager_with("json", plugins=[("wrong", Wrong())])
    assert set(pm.importers) == {"qa-json"}
    assert "not the expected type" in pm.infos["wrong"].error


# --- object methods: what the core calls later, guarded --------------------------------

IMPORTER = """
from qa_core import Importer, hookimpl

class Broken(Importer):
    name = "broken"
    suffixes = (".brk", ".json")
    def sniff(self, path, head):
        raise KeyError("sniffing")
    def read(self, path, on_invalid):
        raise ValueError("card 4111111111111111 in the message")

@hookimpl
def register_importers():
    return [Broken()]
"""


def test_an_importer_that_raises_stops_the_command_with_one_line(fake_plugins, run_qa, tmp_path):
    fake_plugins("qa-broken", {"broken": "broken_importer"}, {"broken_importer": IMPORTER})
    (tmp_path / "call.brk").write_text("anything")
    assert run_qa("init").returncode == 0
    done = run_qa("ingest", "--format", "broken", str(tmp_path / "call.brk"))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == (
        "qa: error: plugin 'broken' failed: its importer 'broken' raised ValueError"
    )
    assert "4111" not in done.stderr and "Traceback" not in done.stderr


def test_an_importer_whose_sniff_raises_leaves_the_file_to_the_others(
    fake_plugins, run_qa, tmp_path
):
    fake_plugins("qa-broken", {"broken": "broken_importer"}, {"broken_importer": IMPORTER})
    examples = Path(__file__).resolve().parent.parent / "examples" / "interactions"
    sample = sorted(examples.rglob("*.json"))[0]
    done = run_qa("redact", str(sample), "--out", str(tmp_path / "out.jsonl"))
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "out.jsonl").read_text().splitlines()[0])["id"]


KEY_PROVIDER = """
from qa_core import KeyProvider, hookimpl

class Vault(KeyProvider):
    name = "vault"
    def exists(self, home):
        return True
    def create(self, home):
        pass
    def load(self, home):
        raise ConnectionError("vault at 10.0.0.1 said no")

@hookimpl
def register_key_providers():
    return [Vault()]
"""


def test_a_key_provider_that_raises_stops_the_command_with_one_line(fake_plugins, run_qa):
    fake_plugins("qa-vault", {"vault": "vault_keys"}, {"vault_keys": KEY_PROVIDER})
    done = run_qa("init", env={"QA_KEY_PROVIDER": "vault"})
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == (
        "qa: error: plugin 'vault' failed: its key provider 'vault' raised ConnectionError"
    )


# --- register_commands ----------------------------------------------------------------

COMMANDS = '''
import click
from qa_core import hookimpl, plugin_manager

@click.command()
@click.pass_context
def hello(ctx):
    """Say which plugins are loaded."""
    click.echo(f"hello from {len(plugin_manager(ctx).infos)} plugins")

@click.command()
def scan():
    """A plugin's attempt to take over qa scan."""
    click.echo("hijacked")

@hookimpl
def register_commands(cli):
    cli.add_command(hello)
'''


def test_a_plugin_adds_a_command(fake_plugins, run_qa):
    fake_plugins("qa-hello", {"hello": "hello_cmd"}, {"hello_cmd": COMMANDS})
    done = run_qa("hello")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("hello from ")
    assert "hello" in run_qa("--help").stdout
    listed = {p["name"]: p for p in json.loads(run_qa("plugins", "list", "--json").stdout)}
    assert listed["hello"]["commands"] == ["hello"]


def test_a_plugin_cannot_replace_a_core_command(fake_plugins, run_qa):
    module = COMMANDS.replace("cli.add_command(hello)", "cli.add_command(scan)")
    fake_plugins("qa-hijack", {"hijack": "hijack_cmd"}, {"hijack_cmd": module})
    done = run_qa("scan", "--help")
    assert done.returncode == 0 and "hijacked" not in done.stdout
    assert "Score every stored interaction" in done.stdout
    listed = {p["name"]: p for p in json.loads(run_qa("plugins", "list", "--json").stdout)}
    assert listed["hijack"]["status"] == "failed"
    assert listed["hijack"]["error"] == "register_commands replaced qa scan"


def test_a_plugin_raising_in_register_commands_leaves_the_others(fake_plugins, run_qa):
    fake_plugins("qa-hello", {"hello": "hello_cmd"}, {"hello_cmd": COMMANDS})
    fake_plugins(
        "qa-raiser",
        {"raiser": "raiser_cmd"},
        {"raiser_cmd": RAISING_IN.format(hook="register_commands", args="cli")},
    )
    done = run_qa("hello")
    assert done.returncode == 0, done.stderr
    assert "plugin 'raiser' raised in register_commands: RuntimeError" in done.stderr


def test_qa_worker_belongs_to_the_celery_plugin(run_qa):
    listed = {p["name"]: p for p in json.loads(run_qa("plugins", "list", "--json").stdout)}
    assert listed["celery"]["commands"] == ["worker"]
    disabled = run_qa("worker", "--help", env={"QA_DISABLE_PLUGINS": "celery"})
    assert disabled.returncode == 2 and "No such command 'worker'" in disabled.stderr


def test_recognisers_are_timed_by_a_wrapper_not_patched():
    """The plugin's own recogniser objects stay as the plugin made them."""
    from qa_core.analysis.analyzer import InteractionAnalyzer
    from qa_core.testing import build_interaction
    from qa_core.timing import PluginTimer

    pm = plugin_manager_with("pci")
    timer = PluginTimer()
    analyzer = InteractionAnalyzer(pm, {"CREDIT_CARD"}, timer)
    call = build_interaction("customer: my card is 4111 1111 1111 1111")
    assert [f.entity for f in analyzer.analyze(call)] == ["CREDIT_CARD"]
    parts = timer.to_json()["pci"]["parts"]
    card_recognisers = {
        r.recognizer.name
        for r in pm.recognizers
        if "CREDIT_CARD" in r.recognizer.supported_entities
        and r.recognizer.supported_language == "en"  # an English call is read in English
    }
    assert set(parts) >= card_recognisers and all(p["calls"] >= 1 for p in parts.values())
    for registered in pm.recognizers:
        assert "analyze" not in vars(registered.recognizer)

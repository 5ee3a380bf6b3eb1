"""Build the plugin manager: load entry points, isolate failures, stamp provenance.

``make_plugin_manager()`` builds a fresh manager each call (no module global), so
every test and every worker process owns its own.
"""

from __future__ import annotations

import importlib.metadata as metadata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pluggy

from . import hookspecs
from .compatibility import incompatibility
from .errors import PluginError
from .guarded import guarded
from .presets import RedactionPreset, entity_priority, entity_regimes, merged, regimes
from .rules import RuleType
from .torch_hidden import torch_hidden

ENTRY_POINT_GROUP = "qa_core"
hookimpl = pluggy.HookimplMarker("qa_core")


@dataclass(frozen=True)
class Contribution:
    """What one plugin's hook function gave, as pluggy's call returns it to the core
    (and to any hook wrapper): the plugin's name and version, and its items."""

    plugin: str
    plugin_version: str
    items: tuple[Any, ...]


@dataclass(frozen=True)
class Registered:
    """An object a plugin registered (importer, key provider), guarded: its methods
    raising fail the plugin by name instead of the command with a traceback."""

    item: Any
    plugin: str
    plugin_version: str


@dataclass(frozen=True)
class RegisteredRuleType:
    """A rule type with the name and version of the plugin that registered it."""

    rule_type: RuleType
    plugin: str
    plugin_version: str

    @property
    def name(self) -> str:
        return self.rule_type.name


@dataclass(frozen=True)
class RegisteredRecognizer:
    recognizer: Any  # presidio_analyzer.EntityRecognizer
    plugin: str
    plugin_version: str


@dataclass(frozen=True)
class RegisteredDetector:
    detector: Any  # qa_core.InteractionDetector
    plugin: str
    plugin_version: str


@dataclass
class PluginInfo:
    """What ``qa plugins list`` shows about one plugin."""

    name: str
    version: str
    distribution: str | None
    status: str  # loaded | failed | refused (incompatible qa_core version) | disabled
    error: str | None = None
    hooks: list[str] = field(default_factory=list)
    rule_types: list[str] = field(default_factory=list)
    redaction_presets: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    importers: list[str] = field(default_factory=list)
    key_providers: list[str] = field(default_factory=list)
    scan_executors: list[str] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "distribution": self.distribution,
            "status": self.status,
            "error": self.error,
            "hooks": self.hooks,
            "rule_types": self.rule_types,
            "redaction_presets": self.redaction_presets,
            "entities": self.entities,
            "importers": self.importers,
            "key_providers": self.key_providers,
            "scan_executors": self.scan_executors,
            "commands": self.commands,
            "languages": self.languages,
        }


class QAPluginManager(pluggy.PluginManager):
    """pluggy's manager plus what the core needs: provenance, failures, registries."""

    def __init__(self, *, strict: bool = False) -> None:
        super().__init__("qa_core")
        self.add_hookspecs(hookspecs)
        self.strict = strict
        self.infos: dict[str, PluginInfo] = {}

    # --- loading -------------------------------------------------------------------

    def load_entry_points(
        self, *, only: Iterable[str] | None = None, disabled: Iterable[str] = ()
    ) -> None:
        """Register every ``qa_core`` entry point, or just those named in ``only``."""
        wanted = set(only) if only is not None else None
        blocked = set(disabled)
        seen: dict[str, str] = {}
        for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            dist = ep.dist.name if ep.dist else None
            if ep.name in seen and seen[ep.name] != dist:
                raise PluginError(
                    f"two plugins are named {ep.name!r} (from {seen[ep.name]} and {dist}); "
                    "uninstall one"
                )
            seen[ep.name] = dist or ""
            if wanted is not None and ep.name not in wanted:
                continue
            version = ep.dist.version if ep.dist else "0"
            if ep.name in blocked:
                self.set_blocked(ep.name)
                self.infos[ep.name] = PluginInfo(ep.name, version, dist, "disabled")
                continue
            refusal = incompatibility(ep.dist)
            if refusal is not None:
                self.set_blocked(ep.name)
                self._fail(ep.name, version, dist, refusal, status="refused")
                continue
            self._load_one(ep.name, version, dist, ep.load)
        if wanted is not None:
            missing = wanted - set(seen)
            if missing:
                raise PluginError(f"no installed plugin named {', '.join(sorted(missing))}")

    def add_plugin(self, plugin: object, name: str, version: str = "0") -> None:
        """Register a plugin object directly (tests, embedding), with the same checks."""
        self._load_one(name, version, None, lambda: plugin)

    def _load_one(
        self, name: str, version: str, dist: str | None, load: Callable[[], object]
    ) -> None:
        try:
            plugin = load()
            self.register(plugin, name=name)
        except Exception as exc:
            self._fail(name, version, dist, f"failed to load: {_describe(exc)}")
            return
        try:
            self.check_pending()
        except pluggy.PluginValidationError as exc:
            self.unregister(name=name)
            self._fail(name, version, dist, f"failed to load: {exc}")
            return
        hooks = sorted(c.name for c in self.get_hookcallers(plugin) or [])
        self.infos[name] = PluginInfo(name, version, dist, "loaded", hooks=hooks)
        self._isolate(plugin, name)

    def _isolate(self, plugin: object, name: str) -> None:
        """Wrap each of the plugin's hook functions so that, called through pluggy's
        own call path (hook wrappers, tracing), a raise fails this plugin alone.

        A wrapped function returns a ``Contribution`` (what it gave, stamped with the
        plugin), or None when it raised or gave nothing back.
        """
        for caller in self.get_hookcallers(plugin) or []:
            for impl in caller.get_hookimpls():
                if impl.plugin is not plugin or impl.hookwrapper or impl.wrapper:
                    continue
                impl.function = self._isolated(name, caller.name, impl.function)

    def _isolated(self, name: str, hook: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any) -> Contribution | None:
            if self.infos[name].status != "loaded":
                return None  # failed in an earlier hook: it contributes nothing more
            commands = dict(args[0].commands) if hook == "register_commands" and args else None
            try:
                with torch_hidden():  # a plugin importing Presidio here imports spaCy
                    given = function(*args)
                    items = None if given is None else tuple(given)
            except Exception as exc:
                self.fail_plugin(name, f"raised in {hook}: {_describe(exc)}")
                return None
            if commands is not None:
                self._check_commands(name, args[0], commands)
            if items is None:
                return None
            return Contribution(name, self.infos[name].version, items)

        return call

    def _fail(
        self, name: str, version: str, dist: str | None, error: str, status: str = "failed"
    ) -> None:
        if self.strict:
            raise PluginError(f"plugin {name!r} {error}")
        self.infos[name] = PluginInfo(name, version, dist, status, error=error)
        if self.get_plugin(name) is not None:
            self.unregister(name=name)

    def fail_plugin(self, name: str, error: str) -> None:
        """Mark a loaded plugin failed (it raised, or returned the wrong thing); it
        contributes nothing from now on. Under ``--strict`` this is an error."""
        info = self.infos[name]
        self._fail(name, info.version, info.distribution, error)

    @property
    def failures(self) -> list[PluginInfo]:
        return [info for info in self.infos.values() if info.status in ("failed", "refused")]

    # --- what plugins contribute -----------------------------------------------------

    def _collect(self, hook_name: str, **kwargs: Any) -> list[tuple[str, Any]]:
        """Call one ``register_*`` hook through pluggy; (plugin, item) in registration order."""
        contributions = getattr(self.hook, hook_name)(**kwargs)
        return [
            (given.plugin, item)
            for given in reversed(contributions)  # pluggy calls the newest plugin first
            if isinstance(given, Contribution)
            for item in given.items
        ]

    def _by_name(
        self, hook: str, expected: type, what: str, kind: str, *, unique: bool
    ) -> dict[str, tuple[str, Any]]:
        """(plugin, item) by the item's ``name`` for one ``register_*`` hook. An item of
        the wrong type fails its plugin; a name registered twice fails start-up naming
        both plugins (``unique``), or the first plugin to register it wins."""
        found: dict[str, tuple[str, Any]] = {}
        for plugin, item in self._collect(hook):
            if not isinstance(item, expected):
                self._fail_registration(plugin, hook, item)
                continue
            if item.name in found:
                if not unique:
                    continue
                raise PluginError(
                    f"{what} {item.name!r} is registered by both plugin "
                    f"{found[item.name][0]!r} and plugin {plugin!r}; "
                    "disable one (QA_DISABLE_PLUGINS)"
                )
            found[item.name] = (plugin, item)
            self._note(plugin, kind, item.name)
        return found

    @cached_property
    def rule_types(self) -> dict[str, RegisteredRuleType]:
        """Every registered rule type by name; a duplicate name fails start-up."""
        found = self._by_name(
            "register_rule_types", RuleType, "rule type", "rule_types", unique=True
        )
        return {
            name: RegisteredRuleType(rule_type, plugin, self.infos[plugin].version)
            for name, (plugin, rule_type) in found.items()
        }

    @cached_property
    def redaction_presets(self) -> dict[str, RedactionPreset]:
        """Presets by name, merged across plugins (union of entities)."""
        parts: dict[str, list[RedactionPreset]] = {}
        for plugin, preset in self._collect("register_redaction_presets"):
            parts.setdefault(preset.name, []).append(preset)
            if preset.name not in self.infos[plugin].redaction_presets:
                self.infos[plugin].redaction_presets.append(preset.name)
        return {name: merged(found) for name, found in parts.items()}

    @cached_property
    def entity_priority(self) -> tuple[str, ...]:
        """Entity names most specific first, as the presets declare them."""
        return entity_priority(self.redaction_presets.values())

    @cached_property
    def regimes(self) -> tuple[str, ...]:
        """The regimes (``PCI``, ``HIPAA``) the presets declare, highest precedence first."""
        return regimes(self.redaction_presets.values())

    @cached_property
    def entity_regimes(self) -> dict[str, str]:
        """Entity → regime (``PCI``, ``HIPAA``) as the presets declare them."""
        return entity_regimes(self.redaction_presets.values())

    @cached_property
    def scan_executors(self) -> dict[str, Any]:
        """Scan executors by name; a name registered twice fails start-up."""
        from .scanning.executors import ScanExecutor

        found = self._by_name(
            "register_scan_executors",
            ScanExecutor,
            "scan executor",
            "scan_executors",
            unique=True,
        )
        return {name: executor for name, (_, executor) in found.items()}

    @cached_property
    def languages(self) -> dict[str, str]:
        """Language code -> the plugin that registered its table; each is made the table
        its code reads. A code registered twice fails start-up naming both plugins."""
        from .lexicon import Language, register_language

        found = self._by_name("register_languages", Language, "language", "languages", unique=True)
        for _, language in found.values():
            register_language(language)
        return {code: plugin for code, (plugin, _) in found.items()}

    @cached_property
    def importers(self) -> dict[str, Registered]:
        """Importers by name, each guarded; the first plugin to register a name wins."""
        from .importing import Importer

        found = self._by_name("register_importers", Importer, "importer", "importers", unique=False)
        return {
            name: self._registered(plugin, item, f"importer {name!r}")
            for name, (plugin, item) in found.items()
        }

    @cached_property
    def key_providers(self) -> dict[str, Registered]:
        """Key providers by name, each guarded; a name registered twice fails start-up
        (a store's keys must never silently come from another plugin)."""
        from .store.key_providers import KeyProvider

        found = self._by_name(
            "register_key_providers", KeyProvider, "key provider", "key_providers", unique=True
        )
        return {
            name: self._registered(plugin, item, f"key provider {name!r}")
            for name, (plugin, item) in found.items()
        }

    def add_commands(self, cli: Any) -> None:
        """Let every plugin add its commands to the ``qa`` group (``register_commands``)."""
        self.hook.register_commands(cli=cli)

    def _check_commands(self, plugin: str, cli: Any, before: dict[str, Any]) -> None:
        """Note the commands a plugin added; one that replaced a command is put back and
        the plugin fails (``qa scan`` must stay the core's)."""
        replaced = sorted(n for n, c in before.items() if cli.commands.get(n) is not c)
        for command in replaced:
            cli.commands[command] = before[command]
        if replaced:
            self.fail_plugin(plugin, f"register_commands replaced qa {', '.join(replaced)}")
            return
        for command in sorted(set(cli.commands) - set(before)):
            self._note(plugin, "commands", command)

    def _registered(self, plugin: str, item: object, what: str) -> Registered:
        def broke(error: str) -> PluginError:
            return self._broke(plugin, what, error)

        return Registered(guarded(item, broke), plugin, self.infos[plugin].version)

    def _broke(self, plugin: str, what: str, error: str) -> PluginError:
        """A plugin's object raised while the core used it: the plugin is marked failed
        and the command stops with one line naming it (never the exception's text)."""
        if self.infos[plugin].status == "loaded":
            info = self.infos[plugin]
            info.status, info.error = "failed", f"{what} raised {error}"
        return PluginError(f"plugin {plugin!r} failed: its {what} raised {error}")

    def _note(self, plugin: str, kind: str, name: str) -> None:
        listed = getattr(self.infos[plugin], kind)
        if name not in listed:
            listed.append(name)

    @cached_property
    def ruleset_dirs(self) -> list[tuple[str, Path]]:
        """(plugin name, folder) for every folder of rulesets a plugin ships."""
        return [(plugin, Path(folder)) for plugin, folder in self._collect("register_ruleset_dirs")]

    @cached_property
    def report_template_dirs(self) -> list[Path]:
        """Every plugin's report template folder, in pluggy's call order."""
        return [Path(folder) for _, folder in self._collect("register_report_template_dirs")]

    @cached_property
    def recognizers(self) -> list[RegisteredRecognizer]:
        """Every plugin's Presidio recognisers, stamped with the plugin."""
        found = []
        for plugin, recognizer in self._collect("register_recognizers"):
            from presidio_analyzer import EntityRecognizer

            if not isinstance(recognizer, EntityRecognizer):
                self._fail_registration(plugin, "register_recognizers", recognizer)
                continue
            found.append(RegisteredRecognizer(recognizer, plugin, self.infos[plugin].version))
            self._note_entities(plugin, recognizer.supported_entities)
        return found

    @cached_property
    def detectors(self) -> list[RegisteredDetector]:
        """Every plugin's interaction-level detectors, stamped with the plugin."""
        from .analysis.detectors import InteractionDetector

        found = []
        for plugin, detector in self._collect("register_interaction_detectors"):
            if not isinstance(detector, InteractionDetector):
                self._fail_registration(plugin, "register_interaction_detectors", detector)
                continue
            found.append(RegisteredDetector(detector, plugin, self.infos[plugin].version))
            self._note_entities(plugin, detector.entities)
        return found

    @cached_property
    def known_entities(self) -> frozenset[str]:
        """Entity types some recogniser or detector can find."""
        return frozenset(
            e for r in self.recognizers for e in r.recognizer.supported_entities
        ) | frozenset(e for d in self.detectors for e in d.detector.entities)

    def _note_entities(self, plugin: str, entities: list[str] | tuple[str, ...]) -> None:
        listed = self.infos[plugin].entities
        listed.extend(e for e in entities if e not in listed)

    def _fail_registration(self, plugin: str, hook: str, item: object) -> None:
        self.fail_plugin(
            plugin, f"{hook} returned {type(item).__name__}, which is not the expected type"
        )

    def describe(self) -> list[PluginInfo]:
        """Every plugin seen, with what it registered, sorted by name."""
        self.rule_types  # noqa: B018 - fills infos[].rule_types
        self.redaction_presets  # noqa: B018 - fills infos[].redaction_presets
        self.languages  # noqa: B018 - and each hook's failures, so a raising one shows
        self.importers  # noqa: B018
        self.key_providers  # noqa: B018
        self.scan_executors  # noqa: B018
        self.ruleset_dirs  # noqa: B018
        self.report_template_dirs  # noqa: B018
        finders = (self.hook.register_recognizers, self.hook.register_interaction_detectors)
        if any(caller.get_hookimpls() for caller in finders):
            self.known_entities  # noqa: B018 - fills infos[].entities
        return sorted(self.infos.values(), key=lambda info: info.name)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def make_plugin_manager(
    *,
    only: Sequence[str] | None = None,
    disabled: Iterable[str] | None = None,
    plugins: Iterable[tuple[str, object]] = (),
    entry_points: bool = True,
    strict: bool = False,
) -> QAPluginManager:
    """Build a plugin manager.

    :param only: load just these entry-point plugins (tests); None loads all.
    :param disabled: names not to load; None reads ``QA_DISABLE_PLUGINS`` and config.
    :param plugins: extra (name, plugin object) pairs to register directly.
    :param entry_points: False loads no installed plugin at all.
    :param strict: a plugin that fails to load is an error instead of a warning.
    """
    from .config import disabled_plugins

    pm = QAPluginManager(strict=strict)
    if entry_points:
        blocked = disabled_plugins() if disabled is None else set(disabled)
        with torch_hidden():  # plugins importing Presidio import spaCy, and spaCy torch
            pm.load_entry_points(only=only, disabled=blocked)
    for name, plugin in plugins:
        pm.add_plugin(plugin, name, getattr(plugin, "__version__", "0"))
    return pm

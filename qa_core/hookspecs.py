"""The whole plugin contract of qa_core, in one file: read this first.

A plugin is a module (or object) with functions marked ``@qa_core.hookimpl`` whose
names match the hooks below. First-party plugins are ordinary plugins: they are found
through the ``qa_core`` entry-point group exactly as a third party's are, and a user
can disable any of them by name (``QA_DISABLE_PLUGINS=script`` or the ``[plugins]
disabled`` list in ``$QA_HOME/config.toml``).

The plugin's name is its entry-point name; the core stamps that name and the
distribution's version on everything the plugin registers, so an auditor can tell
which plugin version produced a result.

Hooks are grouped by the phase of a run in which the core calls them. The core calls
every hook through pluggy (so ``@hookimpl(wrapper=True)`` and ``pm.trace`` work), and
each plugin's hook functions are isolated: one that raises marks that plugin failed
(``qa plugins list`` says where) and the others go on. A hook wrapper sees each
plugin's result as a ``qa_core.Contribution`` (plugin name, version and items).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import pluggy

from .presets import RedactionPreset
from .rules import RuleType

if TYPE_CHECKING:
    import click
    from presidio_analyzer import EntityRecognizer

    from .analysis.detectors import InteractionDetector
    from .importing import Importer
    from .lexicon import Language
    from .scanning.executors import ScanExecutor
    from .store.key_providers import KeyProvider

hookspec = pluggy.HookspecMarker("qa_core")


# --- Start-up: plugins contribute things -------------------------------------------


@hookspec
def register_rule_types() -> Iterable[RuleType]:
    """Contribute rule types that ruleset criteria can name in ``rule:``.

    Called once when the plugin set is built, before any ruleset is loaded.

    :return: rule type instances; each ``name`` (``script.phrase``) must be unique
        across all loaded plugins, or start-up fails naming both plugins.

    Results of all plugins are combined.
    """


@hookspec
def register_redaction_presets() -> Iterable[RedactionPreset]:
    """Contribute redaction presets (``pci``, ``hipaa``) or entities to existing ones.

    Called once when the plugin set is built. Presets of the same name from several
    plugins are merged (union of entities): a plugin may add entities to a preset,
    never remove them. A ruleset naming a preset no plugin provides is an error.

    :return: presets.

    Results of all plugins are combined.
    """


@hookspec
def register_ruleset_dirs() -> Iterable[Path]:
    """Contribute folders of bundled ruleset files (``*.yaml``) a plugin ships.

    Called when rulesets are listed or resolved by id (``--ruleset payments``).
    Rulesets in these folders are resolved exactly like the core's bundled ones, and
    their ``tests:`` paths are relative to each file.

    :return: folders.

    Results of all plugins are combined; a ruleset id shipped twice is an error.
    """


@hookspec
def register_commands(cli: click.Group) -> None:
    """Add commands to ``qa`` (as datasette's and llm's plugins do): ``@cli.command()``.

    Called when the command line needs a command the core does not have, or lists them
    all (``qa --help``). A plugin's command reads the plugin set and store the way the
    core's do (``qa_core.cli.common``); a name the core already uses is refused.

    :return: nothing; the commands are added to ``cli``.

    Results of all plugins are combined (each adds its own commands).
    """


# --- Input -----------------------------------------------------------------------------


@hookspec
def register_importers() -> Iterable[Importer]:
    """Contribute importers: readers of vendor formats (``--format NAME``).

    Called when a command reads interactions. Each importer has a ``name``, the file
    ``suffixes`` it reads, ``sniff(path, head)`` for ``--format auto`` and
    ``read(path, on_invalid)`` yielding validated interactions; a bad record raises
    ``InteractionFormatError`` naming the file and record (or goes to ``on_invalid``).

    :return: ``qa_core.Importer`` instances.

    Results of all plugins are combined; the first importer of a name wins.
    """


# --- The store ------------------------------------------------------------------------


@hookspec
def register_key_providers() -> Iterable[KeyProvider]:
    """Contribute key providers: where a store's master key-encryption key lives.

    Called when a store is created or opened. The provider named by ``QA_KEY_PROVIDER``
    (or ``[keys] provider`` in ``config.toml``; default ``file``) is used. A provider
    loads the 32-byte master key and, where it can, creates one; it must never write
    the key anywhere but its own storage. Built in: ``file`` and ``env``.

    :return: ``qa_core.KeyProvider`` instances.

    Results of all plugins are combined; the names must be unique.
    """


# --- Start-up: what finds sensitive data -------------------------------------------


@hookspec
def register_recognizers() -> Iterable[EntityRecognizer]:
    """Contribute Presidio recognisers for entity types (``CREDIT_CARD``, ``PERSON``).

    Called once when the plugin set is built. Every plugin's recognisers go into ONE
    shared ``AnalyzerEngine`` with one spaCy pipeline, so each turn is analysed once
    however many plugins there are. Recognisers read each turn as written and, where
    speech was rewritten, its typed view too (``TypedView.text``: "four one one one"
    is "4111", "b as in boy" is "B", "j dot smith at gmail dot com" is
    "j.smith@gmail.com"); offsets are mapped back to the original text by the core.
    ``qa_core.reading_speech()`` tells a recogniser whether it reads speech. A match
    scored below 0.4 counts only where the conversation confirms it (a word of the
    recogniser's ``context``, a bare answer, a typed field). A recogniser that reads
    spaCy's entities sets ``uses_ner = True``; without one, spaCy's NER is never run.

    :return: ``presidio_analyzer.EntityRecognizer`` instances.

    Results of all plugins are combined.
    """


@hookspec
def register_languages() -> Iterable[Language]:
    """Contribute languages: the words the core reads speech and dialogue with.

    Called once when the plugin set is built, before any text is analysed. A
    ``qa_core.Language`` names its code (``"pt"``), a TOML table of the shape of
    ``qa_core/lexicon/en.toml`` (number words, letter names, symbols, fillers, months,
    context cues) and, optionally, the spaCy package that tags its names. English and
    Spanish are built in; a plugin's table for a built-in code replaces it. Turns in the
    language are read by the recognisers registered with that ``supported_language``.

    :return: languages; a code registered by two plugins fails start-up naming both.

    Results of all plugins are combined.
    """


@hookspec
def register_interaction_detectors() -> Iterable[InteractionDetector]:
    """Contribute detectors for what spans turns (a card number read in pieces).

    Called once when the plugin set is built. A detector runs per interaction after
    every turn's recognisers, sees their findings and each turn's typed view,
    and returns more findings; pieces of one value share a ``group``.

    :return: ``qa_core.InteractionDetector`` instances.

    Results of all plugins are combined.
    """


# --- Scanning ----------------------------------------------------------------------


@hookspec
def register_scan_executors() -> Iterable[ScanExecutor]:
    """Contribute scan executors: where ``qa scan --executor NAME`` runs its batches.

    Called when a scan starts. An executor's ``run(request)`` gets the scan's
    ``ScanJob`` (store home and URL, ruleset path and hash: what a worker needs, never
    text or keys), an iterator of batches of interaction ids, a local scanner, an
    ``on_batch`` callback for each finished batch's ``BatchOutcome`` and a
    ``should_stop`` flag to honour between batches. Built in: ``inline`` and ``pool``.

    :return: ``qa_core.ScanExecutor`` instances.

    Results of all plugins are combined; the names must be unique.
    """


# --- Reports -----------------------------------------------------------------------------


@hookspec
def register_report_template_dirs() -> Iterable[Path]:
    """Contribute folders of Jinja2 report templates that override or add to the shipped ones.

    Called when a report is rendered. Templates are looked up in the user's
    ``--templates`` folder first, then in these folders, then in the shipped
    ``reports/`` folder; a template may ``{% extends "default:html/base.html.j2" %}``
    to change one block of a shipped page instead of copying it. Autoescape is always on.

    :return: folders.

    Results of all plugins are combined; on a name clash pluggy's call order decides
    (the plugin registered last comes first).
    """

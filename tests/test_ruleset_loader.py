"""The ruleset language: strict validation with file:line:column, identity, presets."""

import textwrap

import pytest

from qa_core import RedactionPreset, hookimpl, semantic_available
from qa_core.errors import RulesetError
from qa_core.ruleset.loader import load_ruleset
from qa_core.testing import plugin_manager_with

BASE = """\
id: demo
version: 1
title: Demo
sections:
  - id: opening
    weight: 2
    criteria:
      - id: greeting
        rule: script.phrase
        params:
          phrases: ["thank you for calling"]
          within: {turns: 3}
      - id: help
        rule: script.phrase
        params: {phrases: ["how can i help"]}
      - id: greeting_first
        rule: script.order
        params: {first: greeting, then: help}
"""


@pytest.fixture
def pm():
    return plugin_manager_with("script")


def write(tmp_path, text, name="r.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


def error_of(tmp_path, pm, text):
    path = write(tmp_path, text)
    with pytest.raises(RulesetError) as caught:
        load_ruleset(path, pm)
    return str(caught.value).replace(str(path), "r.yaml")


def test_base_ruleset_loads_in_dependency_order(tmp_path, pm):
    ruleset = load_ruleset(write(tmp_path, BASE), pm)
    assert [c.id for c in ruleset.evaluation_order] == ["greeting", "help", "greeting_first"]
    assert ruleset.pass_mark == 80
    assert ruleset.criteria[0].rule.plugin == "script"
    assert len(ruleset.sha256) == 64


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("version: 1\n", "version: 1\ncolour: red\n", "r.yaml:3:1: colour: unknown key 'colour'"),
        ("version: 1", "version: one", "r.yaml:2:10: version: should be a valid integer"),
        ("version: 1", "version: true", "r.yaml:2:10: version: should be a valid integer"),
        (
            "id: demo",
            "id: Demo Ruleset",
            "r.yaml:1:5: id: String should match pattern '^[a-z0-9-]+$'",
        ),
        (
            "        rule: script.phrase\n        params:\n",
            "        rule: script.phrse\n        params:\n",
            "r.yaml:9:15: sections[0].criteria[0].rule: unknown rule type 'script.phrse' "
            "(did you mean 'script.phrase'?)",
        ),
        (
            "within: {turns: 3}",
            "within: {turns: 3, minutes: 2}",
            "r.yaml:12:30: sections[0].criteria[0].params.within.minutes: unknown key 'minutes'",
        ),
        (
            "within: {turns: 3}",
            "within: {turns: 0}",
            "r.yaml:12:27: sections[0].criteria[0].params.within.turns: should be greater than 0",
        ),
        (
            'phrases: ["how can i help"]',
            'phrases: ["how can i help"], speaker: robot',
            "r.yaml:15:56: sections[0].criteria[1].params.speaker: should be 'agent', 'customer', "
            "'bot' or 'system'",
        ),
        ("weight: 2", "weight: -2", "r.yaml:6:13: sections[0].weight: should be greater than 0"),
        (
            "      - id: help\n",
            "      - id: greeting\n",
            "r.yaml:13:13: sections[0].criteria[1].id: duplicate criterion id 'greeting'",
        ),
        (
            "{first: greeting, then: help}",
            "{first: greeting, then: closing}",
            "r.yaml:18:17: sections[0].criteria[2].params: refers to criterion 'closing', "
            "which this ruleset does not define",
        ),
        (
            "{first: greeting, then: help}",
            "{first: greeting_first, then: help}",
            "r.yaml:18:17: sections[0].criteria[2].params: a criterion cannot refer to itself",
        ),
        (
            "{first: greeting, then: help}",
            "{first: greeting}",
            "r.yaml:18:17: sections[0].criteria[2].params.then: required field is missing",
        ),
        (
            "    weight: 2\n",
            "    weight: 2\n    weight: 3\n",
            'r.yaml:7:5: YAML error: found duplicate key "weight"',
        ),
        ("within: {turns: 3}", "within: {turns: 3", "YAML error:"),
        (
            "title: Demo",
            "title: Demo\nlanguage: fr",
            "r.yaml:4:11: language: no installed plugin reads language 'fr' (installed: en, es",
        ),
        (
            "title: Demo",
            "title: Demo\nlanguage: [es, de-DE]",
            "r.yaml:4:16: language[1]: no installed plugin reads language 'de'",
        ),
        (
            "title: Demo",
            "title: Demo\nlanguage: spanish!",
            "r.yaml:4:11: language: should be a language tag (es, es-MX, en-US)",
        ),
        (
            'phrases: ["how can i help"]',
            'phrases: ["how can i help"], match: {mode: semantic}',
            "r.yaml:16:61: sections[0].criteria[1].params.match.mode: semantic matching uses an "
            "English-only sentence model; this ruleset is in es",
        ),
    ],
)
def test_errors_name_file_line_column_and_field(tmp_path, pm, old, new, expected):
    assert old in BASE
    text = BASE.replace(old, new, 1)
    if "semantic" in new:
        if not semantic_available():
            pytest.skip("the semantic extra is not installed (make install has it)")
        text = text.replace("title: Demo", "title: Demo\nlanguage: es-MX")
    message = error_of(tmp_path, pm, text)
    assert message.startswith(expected) if expected != "YAML error:" else expected in message


def test_missing_sections(tmp_path, pm):
    assert (
        error_of(tmp_path, pm, "id: x\nversion: 1\n")
        == "r.yaml:1:1: sections: required field is missing"
    )


def test_a_cycle_of_order_rules_is_an_error(tmp_path, pm):
    text = (
        BASE
        + """\
      - id: a
        rule: script.order
        params: {first: b, then: help}
      - id: b
        rule: script.order
        params: {first: a, then: help}
"""
    )
    assert "depends on itself through other criteria" in error_of(tmp_path, pm, text)


def test_not_a_mapping(tmp_path, pm):
    assert error_of(tmp_path, pm, "- just\n- a list\n").startswith("r.yaml:1:1: a ruleset must")


def test_tests_block_is_checked(tmp_path, pm):
    (tmp_path / "ok.json").write_text('{"id": "x", "channel": "chat", "turns": []}')
    text = BASE + "tests:\n  - interaction: missing.json\n    expect: {greeting: met}\n"
    assert "tests[0].interaction: no such file 'missing.json'" in error_of(tmp_path, pm, text)
    text = BASE + "tests:\n  - interaction: ok.json\n    expect: {greetin: met}\n"
    assert error_of(tmp_path, pm, text).startswith(
        "r.yaml:21:14: tests[0].expect.greetin: no criterion 'greetin' in this ruleset"
    )
    text = BASE + "tests:\n  - interaction: ok.json\n    expect: {greeting: maybe}\n"
    assert "tests[0].expect.greeting: should be 'met', 'not_met' or 'na'" in error_of(
        tmp_path, pm, text
    )


class PciPresets:
    @hookimpl
    def register_redaction_presets(self):
        return [RedactionPreset("pci", {"CREDIT_CARD", "CARD_CVV"})]


class MorePci:
    @hookimpl
    def register_redaction_presets(self):
        return [RedactionPreset("pci", {"IBAN"})]


def test_presets_come_from_plugins(tmp_path):
    # no plugin provides presets: the default policy applies none, silently
    bare = plugin_manager_with("script")
    assert load_ruleset(write(tmp_path, BASE), bare).redaction.presets == ()
    # naming one explicitly is an error
    text = BASE + "redaction:\n  presets: [pci]\n"
    message = error_of(tmp_path, bare, text)
    assert message.startswith(
        "r.yaml:20:13: redaction.presets[0]: unknown redaction preset "
        "'pci': no installed plugin provides it"
    )
    # plugins provide and extend presets; the default policy uses what exists
    pm = plugin_manager_with("script", plugins=[("pcia", PciPresets()), ("pcib", MorePci())])
    policy = load_ruleset(write(tmp_path, BASE), pm).redaction
    assert policy.presets == ("pci",)
    assert policy.entities == {"CREDIT_CARD", "CARD_CVV", "IBAN"}
    policy = load_ruleset(write(tmp_path, text), pm).redaction
    assert policy.entities == {"CREDIT_CARD", "CARD_CVV", "IBAN"}


def sha(tmp_path, pm, text):
    return load_ruleset(write(tmp_path, text), pm).sha256


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("title: Demo", "title: A better title"),
        ("title: Demo\n", "title: Demo\ndescription: prose\n"),
        ("version: 1", "version: 2"),  # identity is what scores, not the label
        ("weight: 2", "weight: 2.0"),
        ("sections:", "pass_mark: 80\nsections:"),
        ("sections:", "redaction: {entities: [], style: tag}\nsections:"),
        ("      - id: help\n", "      - id: help\n        title: Offers help\n"),
    ],
)
def test_identity_ignores_prose_and_defaults(tmp_path, pm, old, new):
    assert sha(tmp_path, pm, BASE) == sha(tmp_path, pm, BASE.replace(old, new, 1))


@pytest.mark.parametrize("spelling", ["es-MX", "[es, es-US]", "ES"])
def test_identity_reads_the_language_not_its_spelling(tmp_path, pm, spelling):
    def with_language(value):
        return sha(tmp_path, pm, BASE.replace("sections:", f"language: {value}\nsections:"))

    assert with_language("es") == with_language(spelling)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("weight: 2", "weight: 3"),
        ("sections:", "pass_mark: 70\nsections:"),
        ("sections:", "redaction: {style: mask}\nsections:"),
        ('["thank you for calling"]', '["thanks for calling"]'),
        ("within: {turns: 3}", "within: {turns: 4}"),
        ("      - id: help\n", "      - id: help\n        critical: true\n"),
        ("      - id: help\n", "      - id: help\n        points: 2\n"),
        ("      - id: help\n", "      - id: offer_help\n"),
        ("sections:", "language: es\nsections:"),
    ],
)
def test_identity_covers_what_scores(tmp_path, pm, old, new):
    text = BASE.replace("{first: greeting, then: help}", "{first: greeting, then: help}")
    changed = (
        text.replace(old, new, 1).replace("then: help}", "then: offer_help}")
        if "offer_help" in new
        else text.replace(old, new, 1)
    )
    assert sha(tmp_path, pm, text) != sha(tmp_path, pm, changed)


def test_language_is_read_as_primary_subtags_once_each(tmp_path, pm):
    text = BASE.replace("title: Demo", "title: Demo\nlanguage: [es-MX, en, es-US]")
    assert load_ruleset(write(tmp_path, text), pm).languages == ("es", "en")
    assert load_ruleset(write(tmp_path, BASE), pm).languages == ()

"""Hostile ruleset files: whatever the bytes, `qa ruleset validate` ends in exit 0 or in exit
2 with one line naming the file, quickly and in bounded memory; never a traceback, never the
file's content echoed back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from qa_core.cli import qa
from qa_core.limits import (
    MAX_RULESET_BYTES,
    MAX_RULESET_DEPTH,
    MAX_RULESET_NODES,
    MAX_RULESET_TEXT_CHARS,
)
from qa_core.ruleset.source import read_source

SECRET = "4111111111111111"  # must never come back in an error message

BASE = """\
id: demo
version: 1
sections:
  - id: opening
    criteria:
      - id: greeting
        rule: script.phrase
        params: {phrases: ["thank you for calling"]}
"""


def laughs(levels: int, width: int = 9) -> str:
    """The "billion laughs" file: each level a list of `width` aliases of the one before."""
    lines = ["id: lol", "version: 1", f"l0: &l0 [{', '.join(['lol'] * width)}]"]
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * width)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


BILLION_LAUGHS = laughs(9)  # 9**9 = 387 million values, 500 bytes


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """A folder whose `examples` is the repository's, so bundled rulesets copied to
    `workdir/rulesets/` keep their `tests:` (../examples/...) and validate in full."""
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "rulesets").mkdir()
    (folder / "examples").symlink_to(ROOT / "examples")
    (folder / "qa-home").mkdir()
    return folder


def validate(workdir: Path, data: bytes | str):
    """`qa ruleset validate FILE` through the real command; checks the exit-code contract."""
    path = workdir / "rulesets" / "r.yaml"
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    path.write_bytes(data)
    result = CliRunner().invoke(
        qa, ["ruleset", "validate", str(path)], env={"QA_HOME": str(workdir / "qa-home")}
    )
    assert result.exit_code in (0, 2), (result.exit_code, result.stderr, result.exception)
    assert "Traceback" not in result.stdout + result.stderr
    if result.exit_code == 2:
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith(f"qa: error: {path}"), lines[0]
        assert len(lines[0]) < len(str(path)) + 400, lines[0]
    else:
        assert result.stdout.startswith("ok: ") and not result.stderr
    return result


def error_line(workdir: Path, data: bytes | str) -> str:
    result = validate(workdir, data)
    assert result.exit_code == 2, result.stdout
    line = result.stderr.strip().replace(str(workdir / "rulesets" / "r.yaml"), "r.yaml")
    assert SECRET not in line
    return line


# --- the limits -----------------------------------------------------------------------------


def test_billion_laughs_is_refused_at_once(workdir):
    assert len(BILLION_LAUGHS) < 600
    start = time.monotonic()
    line = error_line(workdir, BILLION_LAUGHS)
    assert time.monotonic() - start < 10
    assert line == (
        f"qa: error: r.yaml:7:35: YAML error: more than {MAX_RULESET_NODES:,} values once "
        "aliases are expanded: the limit for a ruleset"
    )


def test_billion_laughs_in_a_real_process_under_a_memory_limit(workdir):
    """The outside test: a 1.5 GB address-space limit, the installed `qa`, a few seconds."""
    path = workdir / "rulesets" / "laughs.yaml"
    path.write_text(BILLION_LAUGHS)
    limit = 1536 * 1024 * 1024
    script = (
        "import resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))\n"
        "from qa_core.cli import main\n"
        f"sys.argv = ['qa', 'ruleset', 'validate', {str(path)!r}]\n"
        "main()\n"
    )
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QA_HOME": str(workdir / "qa-home")},
    )
    elapsed = time.monotonic() - start
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"qa: error: {path}:7:35: YAML error: more than ")
    assert elapsed < 20, elapsed  # before the fix: minutes, and 8 GB without the limit


def test_alias_expansion_just_under_the_limit_is_read(workdir):
    """Nine levels refused; four, and a fifth of five aliases, is 45,000 values once
    expanded: read (the schema then refuses the shape, not the parser)."""
    text = laughs(4) + "l4: &l4 [*l3, *l3, *l3, *l3, *l3]\n"
    assert error_line(workdir, text) == "qa: error: r.yaml:1:1: sections: required field is missing"
    assert "values once aliases are expanded" in error_line(workdir, laughs(5))


def test_many_aliases_of_one_long_string_are_refused(workdir):
    long = "x" * (MAX_RULESET_TEXT_CHARS // 7)
    text = f'id: demo\nversion: 1\nlong: &s "{long}"\nmore: [*s, *s, *s, *s, *s, *s, *s]\n'
    assert error_line(workdir, text) == (
        f"qa: error: r.yaml:4:28: YAML error: more than {MAX_RULESET_TEXT_CHARS:,} characters of "
        "text once aliases are expanded: the limit for a ruleset"
    )


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("[" * 100_000, "1:65"),
        ("{a: " * 100_000, "1:254"),
        ("".join(f"{'  ' * i}- \n" for i in range(100)), "65:129"),
        ("".join(f"{'  ' * i}k:\n" for i in range(100)), "64:127"),
    ],
    ids=["flow-lists", "flow-maps", "block-lists", "block-maps"],
)
def test_deep_nesting_is_one_line(workdir, text, where):
    start = time.monotonic()
    assert error_line(workdir, text) == (
        f"qa: error: r.yaml:{where}: YAML error: nested more than {MAX_RULESET_DEPTH} levels "
        "deep (aliases expanded): the limit for a ruleset"
    )
    assert time.monotonic() - start < 10


def test_depth_through_aliases_counts(workdir):
    """Each anchor 30 deep and well inside the limit; chained, they go past it."""
    lines = ["a0: &a0 " + "[" * 30 + "]" * 30]
    lines += [f"a{i}: &a{i} " + "[" * 30 + f"*a{i - 1}" + "]" * 30 for i in range(1, 4)]
    assert "nested more than 64 levels deep" in error_line(workdir, "\n".join(lines))
    nested = "[" * (MAX_RULESET_DEPTH - 1) + "]" * (MAX_RULESET_DEPTH - 1)  # root map + 63
    line = error_line(workdir, f"id: demo\nversion: 1\nsections: {nested}\n")
    assert "sections[0]: should be an object" in line


def test_an_alias_inside_its_own_anchor_is_refused(workdir):
    text = "id: demo\nversion: 1\nsections: &s\n  - id: s\n    criteria: *s\n"
    assert error_line(workdir, text) == (
        "qa: error: r.yaml:5:15: YAML error: alias 's' refers to a node that contains it"
    )


def test_a_file_over_the_size_limit_is_refused_unparsed(workdir):
    text = BASE + "title: " + "x" * MAX_RULESET_BYTES + "\n"
    assert error_line(workdir, text) == (
        f"qa: error: r.yaml: file too large: a ruleset may be at most {MAX_RULESET_BYTES:,} bytes"
    )
    padding = MAX_RULESET_BYTES - len(BASE) - len("title: \n")
    exactly = BASE + "title: " + "x" * padding + "\n"
    assert len(exactly.encode()) == MAX_RULESET_BYTES
    assert validate(workdir, exactly).exit_code == 0


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_an_endless_file_is_refused():
    result = CliRunner().invoke(qa, ["ruleset", "validate", "/dev/zero"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"qa: error: /dev/zero: file too large: a ruleset may be at most "
        f"{MAX_RULESET_BYTES:,} bytes\n"
    )


def test_anchors_aliases_and_merge_keys_still_work(workdir):
    text = textwrap.dedent(
        """\
        id: demo
        version: 1
        sections:
          - id: opening
            criteria:
              - id: greeting
                rule: script.phrase
                params: &greet
                  phrases: &phrases ["thank you for calling"]
                  within: {turns: 3}
              - id: greeting_again
                rule: script.phrase
                params:
                  <<: *greet
                  phrases: *phrases
        """
    )
    assert validate(workdir, text).exit_code == 0
    data = read_source(workdir / "rulesets" / "r.yaml").data
    params = data["sections"][0]["criteria"][1]["params"]
    assert params == {"phrases": ["thank you for calling"], "within": {"turns": 3}}


# --- whatever the YAML library raises -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"id: demo\nversion: !!int {SECRET}x\n", "r.yaml:2:10: YAML error: cannot read this "),
        (f"id: demo\nversion: !!float {SECRET}x\n", "r.yaml:2:10: YAML error: cannot read this "),
        (
            f"id: !!timestamp 2020-13-{SECRET}\n",
            "r.yaml:1:5: YAML error: failed to construct timest",
        ),
        (
            f"id: !!omap [{SECRET}: 1, {SECRET}: 2]\n",
            "r.yaml:1:34: YAML error: cannot read this value",
        ),
        (f"id: demo\nversion: {SECRET * 300}\n", "r.yaml:2:10: YAML error: cannot read this"),
        (f"id: demo\nv: '{SECRET}\x00'\n", "r.yaml:2:21: YAML error: unacceptable character"),
        (f"id: demo\nv: {SECRET}\x07\n", "r.yaml:2:20: YAML error: unacceptable character #x0007"),
        (b"id: demo\nv: \xff\xfe\n", "r.yaml:2:4: not UTF-8 text (a ruleset must be UTF-8)"),
        ("%YAML 1.1\n---\nid: demo\nversion: 1e3\n", "r.yaml:4:10: YAML error: a YAML 1.1 float"),
        ("id: demo\n---\nid: again\n", "r.yaml:2:1: YAML error: expected a single document in"),
        ("id: demo\nversion: *nowhere\n", "r.yaml:2:10: YAML error: found undefined alias"),
        ("id: [demo\n", "r.yaml:2:1: YAML error: "),
        (f'id: "{SECRET}\n', "r.yaml:2:1: YAML error: "),
        ("id: demo\nid: demo\n", 'r.yaml:2:1: YAML error: found duplicate key "id"'),
        ("a: &a {x: 1}\nb: {<<: *a, <<: *a}\n", "r.yaml:2:13: YAML error: found duplicate merge"),
        ("a: &a 1\nb: {<<: *a}\n", "r.yaml:1:4: YAML error: expected a mapping or list of "),
        ("\t- x\n", "r.yaml:1:1: YAML error: found character '\\t' that cannot start any token"),
        ("%YAML 2.0\n---\nid: demo\n", "r.yaml:1:1: YAML error: found incompatible YAML document"),
        ("- just\n- a list\n", "r.yaml:1:1: a ruleset must be a YAML mapping"),
        ("", "r.yaml:1:1: a ruleset must be a YAML mapping"),
    ],
)
def test_parser_failures_are_one_line(workdir, text, expected):
    line = error_line(workdir, text)
    assert line.startswith(f"qa: error: {expected}"), line


def test_a_repeated_anchor_is_legal_yaml_and_prints_no_warning(workdir):
    line = error_line(workdir, "a: &x 1\nb: &x 2\nc: *x\n")
    assert line == "qa: error: r.yaml:1:1: id: required field is missing"


@pytest.mark.parametrize("interaction", ["a\\0b", "x" * 5000])
def test_an_unusable_example_path_is_one_line(workdir, interaction):
    text = BASE + f'tests:\n  - interaction: "{interaction}"\n    expect: {{greeting: met}}\n'
    assert error_line(workdir, text) == (
        "qa: error: r.yaml:10:18: tests[0].interaction: not a usable file path"
    )


# --- fuzzing --------------------------------------------------------------------------------

BUNDLED = {p.name: p.read_text() for p in sorted((ROOT / "rulesets").glob("*.yaml"))}

# pieces that mean something to a YAML parser, and some that mean trouble to one
YAML_BITS = st.sampled_from(
    [
        "[", "]", "{", "}", ":", ": ", ", ", "- ", "? ", "&a ", "*a", "&b ", "*b", "*zz",
        "!!int ", "!!float ", "!!omap ", "!!set ", "!!binary ", "!!timestamp ", "!!str ",
        "!!python/object:os.system ", "!local ", "<<: *a", "|", "|-", ">", "#", "'", '"',
        "\\", "\\x", "\n", "\r\n", "\t", "  ", "    ", "%YAML 1.1\n---\n", "%TAG ! x:\n",
        "---\n", "...\n", "\x00", "\ufeff", "\x85", "\u2028", "1e3", "0x1F", ".nan", "-.inf",
        "~", "null", "yes", "@", "`", "12:30:00", "2020-13-45", "9" * 5000,
    ]
)  # fmt: skip
text_bits = YAML_BITS | st.text(max_size=12)
# an edit: at a point (a fraction of the text), delete some characters and insert some;
# or take a line and drop it, repeat it, or move it in or out by two spaces
char_edits = st.tuples(st.floats(0, 1), st.integers(0, 40), text_bits)
line_edits = st.tuples(st.floats(0, 1), st.sampled_from(["drop", "repeat", "in", "out"]))
mutations = st.lists(char_edits | line_edits, min_size=1, max_size=6)


def mutate(text: str, edits: list[tuple]) -> str:
    for edit in edits:
        if len(edit) == 3:
            where, deleted, inserted = edit
            at = int(where * len(text))
            text = text[:at] + inserted + text[at + deleted :]
            continue
        where, how = edit
        lines = text.split("\n")
        at = int(where * (len(lines) - 1))
        line = lines[at]
        lines[at : at + 1] = {
            "drop": [],
            "repeat": [line, line],
            "in": ["  " + line],
            "out": [line.removeprefix("  ")],
        }[how]
        text = "\n".join(lines)
    return text


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.sampled_from(["script.phrase", "script.order", "agent", "met", "pci", "tag"]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["id", "rule", "params", "phrases", "within", "match", "weight"])
            | st.text(max_size=6),
            children,
            max_size=4,
        )
    ),
    max_leaves=20,
)


def replace_somewhere(data, path: list[int], value):
    """Replace the value found by walking `path` (indices into keys/items) with `value`."""
    if not path or not isinstance(data, dict | list) or not data:
        return value
    keys = list(data) if isinstance(data, dict) else list(range(len(data)))
    key = keys[path[0] % len(keys)]
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[key] = replace_somewhere(data[key], path[1:], value)
    return copy


def yaml_nodes():
    """Flow YAML built from anchors, aliases, tags and collections: valid or nearly so."""
    scalars = st.sampled_from(["x", "1", "''", '"a"', "~", "*a", "*b", "*c", "[]", "{}"])
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=5).map(lambda xs: "[" + ", ".join(xs) + "]")
            | st.lists(st.tuples(scalars, inner), max_size=4).map(
                lambda kvs: "{" + ", ".join(f"{k}: {v}" for k, v in kvs) + "}"
            )
            | st.tuples(
                st.sampled_from(["&a ", "&b ", "&c ", "!!set ", "!!omap ", "!!seq "]), inner
            ).map("".join)
        ),
        max_leaves=40,
    )


FUZZ = settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.mark.parametrize("name", sorted(BUNDLED))
def test_the_fuzzers_start_from_rulesets_that_validate(workdir, name):
    assert validate(workdir, BUNDLED[name]).exit_code == 0


@FUZZ
@given(name=st.sampled_from(sorted(BUNDLED)), edits=mutations)
def test_fuzz_mutated_bundled_rulesets(workdir, name, edits):
    validate(workdir, mutate(BUNDLED[name], edits))


@FUZZ
@given(
    name=st.sampled_from(sorted(BUNDLED)),
    path=st.lists(st.integers(0, 50), max_size=7),
    value=json_values,
)
def test_fuzz_bundled_rulesets_with_a_value_replaced(workdir, name, path, value):
    data = read_source(ROOT / "rulesets" / name).data
    validate(workdir, json.dumps(replace_somewhere(data, path, value)))


@FUZZ
@given(node=yaml_nodes(), prefix=st.sampled_from(["", "id: demo\nversion: 1\nsections: "]))
def test_fuzz_anchors_and_aliases(workdir, node, prefix):
    validate(workdir, prefix + node + "\n")


@FUZZ
@given(data=st.binary(max_size=300) | st.lists(text_bits, max_size=30).map("".join))
def test_fuzz_random_text(workdir, data):
    validate(workdir, data)


@pytest.mark.slow
@settings(FUZZ, max_examples=120)
@given(
    name=st.sampled_from(sorted(BUNDLED)),
    edits=mutations,
    more=st.lists(text_bits, max_size=20).map("".join),
)
def test_fuzz_longer(workdir, name, edits, more):
    validate(workdir, mutate(BUNDLED[name], edits) + more)

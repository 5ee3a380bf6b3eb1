"""The example ruleset passes its own examples; the installed entry point is this plugin."""

import importlib.metadata as metadata
from pathlib import Path

import pytest
from qa_core.testing import ruleset_example_failures

import eu_payments

RULESET = Path(eu_payments.__file__).parent / "rulesets" / "eu-payments-example.yaml"


def test_the_example_ruleset_passes_its_examples(pm):
    assert ruleset_example_failures(RULESET, pm) == []


def test_the_installed_entry_point_is_this_plugin():
    try:
        dist = metadata.distribution("eu-payments")
    except metadata.PackageNotFoundError:
        pytest.skip("not installed (pip install .)")
    (entry_point,) = [ep for ep in dist.entry_points if ep.group == "qa_core"]
    assert (entry_point.name, entry_point.value) == ("eu-payments", "eu_payments.plugin")

"""A plugin manager with just this plugin, registered from the source tree.

It works before ``pip install`` too; ``test_packaging.py`` checks the installed entry point.
"""

import pytest
from qa_core.testing import plugin_manager_with

from eu_payments import plugin


@pytest.fixture(scope="session")
def pm():
    return plugin_manager_with(plugins=[("eu-payments", plugin)])

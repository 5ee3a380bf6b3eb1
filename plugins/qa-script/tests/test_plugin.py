"""The script plugin as qa_core sees it: found by entry point, stamped, versioned."""

import qa_script


def test_registers_rule_types_with_provenance(qa_plugin_manager):
    pm = qa_plugin_manager("script")
    registered = pm.rule_types
    assert set(registered) == {"script.phrase", "script.forbidden", "script.order"}
    for item in registered.values():
        assert item.plugin == "script"
        assert item.plugin_version == qa_script.__version__

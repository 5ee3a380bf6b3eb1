"""Concurrent writers never fork the audit chain (SQLite and PostgreSQL)."""

import multiprocessing

import pytest

from qa_core.store.store import Store
from qa_core.testing import plugin_manager_with

WRITERS, EACH = 4, 15


def _writer(home, url, n):
    store = Store.open(home, url, plugin_manager_with("keys"))
    for k in range(EACH):
        store.record("view_redacted", f"i-{n}-{k}", {"writer": n})
    store.engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_parallel_appends_keep_one_chain(request, tmp_path, backend):
    url = request.getfixturevalue("pg_url") if backend == "postgresql" else None
    home = tmp_path / "home"
    store, _ = Store.init(home, url, plugin_manager_with("keys"))
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer, args=(home, url, n)) for n in range(WRITERS)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    result = store.verify_audit()
    assert result.ok, result.problem
    assert result.entries == 1 + WRITERS * EACH
    store.engine.dispose()

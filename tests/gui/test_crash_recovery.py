"""Start the app as a separate process, type into an article, SIGKILL it at a random moment,
and find everything typed until two seconds before the kill, in a library that passes its
integrity check."""

from __future__ import annotations

import random

import pytest

from tests.gui.crash_check import prepare_library, run_once


@pytest.mark.slow
def test_sigkill_loses_nothing_typed_two_seconds_before(tmp_path) -> None:
    library_dir = tmp_path / "library"
    article_id = prepare_library(library_dir)
    result = run_once(library_dir, article_id, typing_seconds=random.uniform(2.5, 4.5))
    assert result.typed > 40, result
    assert result.prefix_ok, result
    assert result.saved >= result.required, result
    assert result.integrity_problems == []
    # The app starts again on the same library (the dead process's lock does not block it).
    second = run_once(library_dir, article_id, typing_seconds=random.uniform(0.5, 1.5))
    assert second.integrity_problems == []

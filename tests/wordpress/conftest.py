"""The real WordPress site for tests marked `wordpress` (started once per test session)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from wp_harness import HarnessUnavailable, WordPressHarness  # noqa: E402


@pytest.fixture(scope="session")
def wordpress_site() -> Iterator[WordPressHarness]:
    harness = WordPressHarness()
    try:
        harness.start()
    except HarnessUnavailable as exc:
        pytest.skip(str(exc))
    try:
        yield harness
    finally:
        harness.stop()

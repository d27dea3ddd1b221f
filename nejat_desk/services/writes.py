"""How a long job's writes reach the library: each unit of work (one short transaction) is handed
to a `WriteUnits` runner, which runs it and returns its result. The command line runs units where
it is (`inline`); the window hands them to its one writer thread (gui.tasks.LibraryWriter), so the
window's writes never race each other and a long job never holds the library for long."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

T = TypeVar("T")


class WriteUnits(Protocol):
    def __call__(self, unit: Callable[[], T]) -> T: ...


def inline(unit: Callable[[], T]) -> T:
    """Run the unit here and now (a single-threaded caller: the command line, tests)."""
    return unit()

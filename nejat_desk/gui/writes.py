"""A click's write to the library, made on the writer thread (gui/tasks.py) without blocking.

`write(context, unit, done=..., failed=...)` runs `unit` (one short service call) on the writer,
after everything handed over before it (a save typed a moment earlier is committed first), and
calls `done(result)` or `failed(error)` on the GUI thread. The GUI thread never waits: a click
made while a long import holds the writer answers when that import's current unit is done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from nejat_desk.gui.tasks import TaskHandle

T = TypeVar("T")


def write(context: Any, unit: Callable[[], T], *, done: Callable[[T], None] | None = None,
          failed: Callable[[BaseException], None] | None = None, label: str = "") -> TaskHandle:
    """`context`: the AppContext (Any: gui.context imports this module's callers). Without
    `failed`, an error's message goes to the status bar."""

    def on_failure(exc: BaseException, _trace: str) -> None:
        if failed is not None:
            failed(exc)
        else:
            context.notify(str(exc), 8000)

    return context.tasks.run(lambda _handle: unit(), writes=True, label=label, on_success=done,
                             on_failure=on_failure)

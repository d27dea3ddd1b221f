"""A check run before every write to a library, for a front end that writes from one thread only.

The window writes the library from its writer thread alone (gui/tasks.py); it sets a guard that
checks the thread, and its tests make that guard raise, so a write made from the GUI thread or a
pool thread fails the test that made it. The command line sets none: any thread may write.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# Called before a write with the statement (or "raw connection"); raises or records a wrong thread.
WriteGuard = Callable[[str], None]

_WRITE_VERBS = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def is_write(statement: str) -> bool:
    """A data-changing statement (schema changes only come from migrations, before any guard)."""
    return statement.lstrip().upper().startswith(_WRITE_VERBS)


def install(engine: Any, guard: Callable[[], WriteGuard | None]) -> None:
    """Run the library's current guard before each data-changing statement on `engine`.

    `engine` is SQLAlchemy's Engine (Any: typing it would import SQLAlchemy into this module's
    callers before the first paint); `guard` returns the guard set now, or None.
    """
    from sqlalchemy import event

    def before_execute(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        check = guard()
        if check is not None and is_write(statement):
            check(statement)

    event.listen(engine, "before_cursor_execute", before_execute)

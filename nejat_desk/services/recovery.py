"""The typing not yet saved when the app stopped: a small journal beside the library.

Autosave reaches the library within a second or two of typing; the journal holds the open
article's text and cursor between those saves, rewritten a few times a second while the writer
types and removed when the window closes normally. Found at the next start, it means the app
did not close normally: the window reopens that article where the cursor was and puts back
any typing the library does not have.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nejat_desk.storage.library import Library

log = logging.getLogger(__name__)
JOURNAL_NAME = "recovery.json"


@dataclass(frozen=True)
class OpenArticle:
    """What the writer had open: its text as typed (maybe newer than the library's) and the cursor."""

    article_id: int
    title: str
    body_md: str
    cursor: int
    excerpt: str = ""


class RecoveryJournal:
    """One file in the library's cache folder; every method is safe to call from the GUI thread."""

    def __init__(self, library: Library) -> None:
        self.path: Path = library.layout.cache_dir / JOURNAL_NAME

    def write(self, state: OpenArticle) -> None:
        """Replace the journal atomically (a crash mid-write leaves the previous one)."""
        temporary = self.path.with_suffix(".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps(asdict(state), ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError as exc:  # a read-only or full disk: autosave still has the text
            log.warning("the recovery journal could not be written: %s", exc.strerror)

    def read(self) -> OpenArticle | None:
        """The journal left by a run that did not close normally, or None."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return OpenArticle(int(data["article_id"]), str(data["title"]), str(data["body_md"]),
                               int(data["cursor"]), str(data.get("excerpt", "")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("the recovery journal is unreadable and was ignored: %s", type(exc).__name__)
            return None

    def clear(self) -> None:
        """The window closed normally (or the article was closed): nothing to recover."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("the recovery journal could not be removed: %s", exc.strerror)

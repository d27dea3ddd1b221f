"""Plain text for a terminal: what the library holds is printed, never obeyed.

A title, slug or file name can hold ESC sequences (which move the cursor, rename the window, hide
text or write links), other C0 and C1 controls, bidi overrides (which reorder what is shown) and
newlines (which forge lines of a report). `escape_controls` is the one rule that writes each of them
as a visible escape ("\\u001b", "\\n"); the escapes are valid inside JSON strings too, so `--json`
output stays valid.

Every command's standard output and error go through a `TerminalStream` (see `guarded`), so no printer
can forget: it escapes everything but the newlines and tabs the commands write themselves. Printers of
one-line records (list, import reports, search) also escape newlines in each field. The command line's
own styling (search highlights, a progress line redrawn in place) uses the markers below, which only
this process knows, so text from the library can never pass for them.
"""

from __future__ import annotations

import re
import secrets
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

# C0 controls, DEL, C1 controls, bidi embeddings/overrides/isolates, line and paragraph separators
# (the marks LRM, RLM and ZWNJ are part of Farsi and Arabic text and stay).
_ANY = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_BUT_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")  # tab, LF kept
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}

# Known only to this process: styling the commands ask for, turned into the real sequences on output.
_NONCE = secrets.token_hex(6)
BOLD = f"\ue000{_NONCE}b\ue001"
PLAIN = f"\ue000{_NONCE}p\ue001"
REDRAW = f"\ue000{_NONCE}r\ue001"  # at the start of a progress line: back to the line's start
_STYLES = {BOLD: "\x1b[1m", PLAIN: "\x1b[0m", REDRAW: "\r"}


def _escape(match: re.Match[str]) -> str:
    ch = match.group(0)
    return _NAMED.get(ch) or f"\\u{ord(ch):04x}"


def escape_controls(text: str, *, keep_newlines: bool = False) -> str:
    """`text` with every control, bidi override and (unless `keep_newlines`) line break made visible."""
    return (_BUT_LINES if keep_newlines else _ANY).sub(_escape, str(text))


class TerminalStream:
    """A text stream that writes what it is given with controls escaped (newlines and tabs kept)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        escaped = escape_controls(text, keep_newlines=True)
        if "\ue000" in escaped:
            for marker, sequence in _STYLES.items():
                escaped = escaped.replace(marker, sequence)
        self._stream.write(escaped)
        return len(text)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, encoding, fileno... of the real stream
        return getattr(self._stream, name)


@contextmanager
def guarded() -> Iterator[None]:
    """Standard output and error escaped for the length of a command (restored after, also for tests)."""
    saved = sys.stdout, sys.stderr
    # typeshed declares sys.stdout a TextIO; TerminalStream is a file-like wrapper, not a TextIO subclass.
    sys.stdout, sys.stderr = TerminalStream(sys.stdout), TerminalStream(sys.stderr)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved

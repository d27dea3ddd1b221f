"""Unique export file names: no two files of one export may land on the same name on any disk.

Windows and macOS compare names case-insensitively (and macOS after Unicode normalisation), so
"X-Y.html" and "x-y.html" are one file there, as are the names `safe_filename` makes of "x:y", "x*y"
and "x<y". The first keeps its name; the next get "-2", "-3", ... before the extension.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def name_key(path: str) -> str:
    """How a case-insensitive, normalising disk compares two paths."""
    return unicodedata.normalize("NFC", path).casefold()


def unique_names(paths: Iterable[str]) -> list[str]:
    """`paths` (relative, '/'-separated) in order, each made unique by `name_key` with -2, -3, ...;
    a name made this way never takes one a later path asks for by itself."""
    wanted = list(paths)
    asked = {name_key(p) for p in wanted}
    taken: set[str] = set()
    out: list[str] = []
    for path in wanted:
        candidate = path
        if name_key(candidate) in taken:
            folder, _, name = path.rpartition("/")
            stem, dot, ext = name.rpartition(".")
            if not dot or not stem:
                stem, dot, ext = name, "", ""
            n = 2
            while True:
                numbered = f"{stem}-{n}{dot}{ext}"
                candidate = f"{folder}/{numbered}" if folder else numbered
                if name_key(candidate) not in taken and name_key(candidate) not in asked:
                    break
                n += 1
        taken.add(name_key(candidate))
        out.append(candidate)
    return out

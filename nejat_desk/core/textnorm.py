"""Text normalisation for search: applied to the indexed copy and to every query alike.

The foundation folds case and Unicode compatibility forms only; the article editor's
search adds the Arabic/Farsi and Latin rules here, so index and query always agree.
"""

from __future__ import annotations

import unicodedata


def normalize_for_index(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def normalize_query_text(text: str) -> str:
    return normalize_for_index(text)

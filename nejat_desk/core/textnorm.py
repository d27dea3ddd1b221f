"""Text normalisation for search: applied to the indexed copy and to every query alike.

SQLite's unicode61 tokenizer folds Latin case and accents but knows nothing of Arabic and
Farsi spelling variants, and it treats harakat as separators (a vowelled word falls apart).
So the index holds a *folded* copy of each article and every query is folded the same way:

- NFKD, then every combining mark is dropped (harakat, superscript alef, Latin accents: ë→e,
  ç→c; hamza seats too: أ إ آ → ا, ئ → ي, ؤ → و) and invisible format characters (ZWJ,
  LRM/RLM, bidi controls, soft hyphen) vanish instead of splitting a word;
- Arabic/Farsi letter forms: yeh (ي ی ى) → ي, kaf (ك ک ڪ) → ك, alef wasla ٱ → ا,
  teh marbuta ة → ه, heh forms (ە ہ, and ۀ via its mark) → ه; tatweel ـ is removed;
- digits of every script (Arabic-Indic ٠-٩, Persian ۰-۹, ...) → ASCII;
- case folding (casefold) and a few Latin letters that carry a stroke instead of a mark
  (ø ł đ ħ ı) → their base letter.

The zero-width non-joiner (ZWNJ, U+200C) joins the parts of one Farsi word (می‌شود). The
indexed copy holds the word joined (میشود) in place, and the parts (می شود) once more after
the text, so a search finds the word whole, with or without the ZWNJ, and by each part.

Folding is a per-character map, so `fold(a + b) == fold(a) + fold(b)`; search highlighting
relies on that to find, in the ORIGINAL text, every spelling that folds to a query word
(`term_pattern`).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import cache, lru_cache

ZWNJ = "\u200c"
TATWEEL = "\u0640"

# Letter forms folded after case folding (keys are single characters).
_LETTER_MAP: dict[str, str] = {
    # yeh: Farsi yeh, alef maksura (ئ loses its hamza mark on the way here)
    "\u06cc": "\u064a", "\u0649": "\u064a",
    # kaf: Farsi kaf (keheh), swash kaf
    "\u06a9": "\u0643", "\u06aa": "\u0643",
    # alef wasla and wavy-hamza alefs (أ إ آ lose their marks on the way here)
    "\u0671": "\u0627", "\u0672": "\u0627", "\u0673": "\u0627",
    # teh marbuta (and its Urdu form), heh forms: ae (ۀ decomposes to it), heh goal
    "\u0629": "\u0647", "\u06c3": "\u0647", "\u06d5": "\u0647", "\u06c1": "\u0647",
    TATWEEL: "",
    # Latin letters with a stroke, which Unicode does not decompose
    "\u00f8": "o", "\u0142": "l", "\u0111": "d", "\u0127": "h", "\u0131": "i", "\u0167": "t",
}

_TOKEN = re.compile(r"[^\W_]+")  # what unicode61 calls a token: letters and numbers
_ZWNJ_WORD = re.compile(r"[^\W_]+(?:\u200c+[^\W_]+)+")


@cache
def fold_char(char: str) -> str:
    """The folded form of one character ('' for marks, tatweel and invisible characters).

    ZWNJ folds to itself here; `fold` and `normalize_for_index` decide what to do with it.
    """
    if char == ZWNJ:
        return ZWNJ
    out: list[str] = []
    for part in unicodedata.normalize("NFKD", char):
        category = unicodedata.category(part)
        if category[0] == "M" or category == "Cf":
            continue
        if category == "Nd":
            out.append(str(unicodedata.decimal(part)))
        else:
            out.append(part)
    folded = "".join(out).casefold()
    folded = "".join(_LETTER_MAP.get(c, c) for c in folded)
    # Recompose what NFKD split without marks (Hangul syllables).
    return unicodedata.normalize("NFC", folded)


class _FoldTable:
    """A str.translate table filled with each character on first sight.

    A plain dict (str.translate is several times faster with an exact dict than with a
    subclass that fills itself); the characters of a text not seen before are found with a
    set difference. Safe across threads: the worst case is an entry computed twice.
    """

    def __init__(self, zwnj: str) -> None:
        self.table: dict[int, str] = {}
        self.known: set[str] = set()
        self._zwnj = zwnj

    def translate(self, text: str) -> str:
        new = set(text).difference(self.known)
        for char in new:
            self.table[ord(char)] = self._zwnj if char == ZWNJ else fold_char(char)
        self.known.update(new)
        return text.translate(self.table)


_KEEP_ZWNJ = _FoldTable(ZWNJ)
_JOIN_ZWNJ = _FoldTable("")


def fold(text: str) -> str:
    """The folded text, with ZWNJ-joined words joined (the form queries are matched in)."""
    return _JOIN_ZWNJ.translate(text)


def normalize_for_index(text: str) -> str:
    """The copy of a field that goes into the FTS5 index.

    ZWNJ-joined words appear joined in place; their parts follow after the text (on a line of
    their own), so each part is found as a word while phrase positions of the text stay intact.
    """
    folded = _KEEP_ZWNJ.translate(text)
    if ZWNJ not in folded:
        return folded
    parts: list[str] = []
    for match in _ZWNJ_WORD.finditer(folded):
        parts.extend(_TOKEN.findall(match.group()))
    joined = folded.replace(ZWNJ, "")
    return f"{joined}\n{' '.join(parts)}" if parts else joined


def normalize_query_text(text: str) -> str:
    """A query folded like the index (ZWNJ-joined words joined)."""
    return fold(text)


def tokens(folded: str) -> list[str]:
    """The words of folded text, split as unicode61 splits them (letters and numbers)."""
    return _TOKEN.findall(folded)


def word_variants(word: str) -> tuple[list[str], list[str]]:
    """For one word as typed: its tokens with ZWNJ-joined parts joined, and with them split.

    `word_variants("می‌شود") == (["ميشود"], ["مي", "شود"])`; for a word without ZWNJ both lists
    are equal.
    """
    folded = _KEEP_ZWNJ.translate(word)
    return tokens(folded.replace(ZWNJ, "")), tokens(folded.replace(ZWNJ, " "))


# --- highlighting: finding the original spellings of a folded word --------------------------------

# Characters whose spellings are collected for highlighting (the scripts the editions use, Latin,
# Greek, Cyrillic, Indic digits, letterlike symbols, presentation forms, full-width forms).
_REVERSE_RANGES = ((0x0000, 0x0E00), (0x1E00, 0x2000), (0x2000, 0x2500), (0xFB00, 0xFFF0))

_reverse_lock = threading.Lock()
_reverse: dict[str, str] | None = None  # folded char -> regex class body of original chars
_multi: dict[str, list[str]] | None = None  # folded string of 2+ chars -> original chars (ß -> ss)
_VANISH_CLASS = ""  # chars that fold to nothing (marks, tatweel, ZWNJ, format characters)
_MARK_CLASS = ""  # of those, the ones inside a word (marks, tatweel, ZWJ), for word boundaries


def _class_body(chars: set[str] | list[str]) -> str:
    """A compact regex class body (ranges) for a set of characters."""
    points = sorted({ord(c) for c in chars})
    out: list[str] = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        first, last = re.escape(chr(points[i])), re.escape(chr(points[j]))
        out.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "".join(out)


def _ensure_reverse() -> None:
    global _reverse, _multi, _VANISH_CLASS, _MARK_CLASS
    if _reverse is not None:
        return
    with _reverse_lock:
        if _reverse is not None:
            return
        reverse: dict[str, set[str]] = {}
        multi: dict[str, list[str]] = {}
        vanish: set[str] = {ZWNJ}
        for start, stop in _REVERSE_RANGES:
            for codepoint in range(start, stop):
                char = chr(codepoint)
                if unicodedata.category(char) in ("Cs", "Cn"):
                    continue
                folded = "" if char == ZWNJ else fold_char(char)
                if not folded:
                    vanish.add(char)
                elif len(folded) == 1:
                    reverse.setdefault(folded, set()).add(char)
                else:
                    multi.setdefault(folded, []).append(char)
        marks = {c for c in vanish if unicodedata.category(c)[0] == "M"} | {TATWEEL, "\u200d"}
        _MARK_CLASS = _class_body(marks)
        _VANISH_CLASS = _class_body(vanish | {TATWEEL})
        _multi = multi
        _reverse = {k: _class_body(v | {k}) for k, v in reverse.items()}


def _char_class(folded_char: str) -> str:
    assert _reverse is not None
    body = _reverse.get(folded_char)
    if body is None:  # outside the collected ranges: the character and its case variants
        variants = {folded_char} | {v for v in (folded_char.upper(), folded_char.title())
                                    if len(v) == 1 and fold_char(v) == folded_char}
        body = _class_body(variants)
    return f"[{body}]"


@lru_cache(maxsize=512)
def term_pattern(term: str, prefix: bool = False) -> str:
    """A regex (source) matching, in original text, every spelling of the folded word `term`
    as a whole word (or, with `prefix`, as the start of a word).

    The spellings are those whose fold is `term`: other letter forms, marks and tatweel inside,
    a ZWNJ between parts (so the joined search word is found in the ZWNJ-joined original).
    """
    _ensure_reverse()
    assert _multi is not None
    vanish = f"[{_VANISH_CLASS}]*"
    multi_here = [(fold_key, chars) for fold_key, chars in _multi.items() if fold_key in term][:4]

    @cache
    def from_position(i: int) -> str:
        if i >= len(term):
            return ""
        def then(j: int) -> str:  # vanishing characters only between letters, not after the last
            return vanish + from_position(j) if j < len(term) else ""

        options = [_char_class(term[i]) + then(i + 1)]
        for fold_key, chars in multi_here:
            if term.startswith(fold_key, i):
                options.append(f"[{_class_body(chars)}]" + then(i + len(fold_key)))
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    whole_word_end = f"[{_MARK_CLASS}]*(?![^\\W_])(?![{_MARK_CLASS}])"
    end = f"(?:[^\\W_]|[{_VANISH_CLASS}])*" if prefix else whole_word_end
    first = _char_class(term[0])
    if not any(term.startswith(key) for key, _ in multi_here):
        # The first letter's class leads so that re can skip ahead quickly; the word-start check
        # (no letter, digit or mark before that letter) follows as a two-character lookbehind.
        start = f"(?<![^\\W_][\\s\\S])(?<![{_MARK_CLASS}][\\s\\S])"
        rest = vanish + from_position(1) if len(term) > 1 else ""
        return first + start + rest + end
    return f"(?<![^\\W_])(?<![{_MARK_CLASS}])" + from_position(0) + end

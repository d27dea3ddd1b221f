"""Full-text search over articles: FTS5 on the folded index, results shown in the original text.

A query is what a person types: words (all must match), "quoted phrases", `word*` for a
prefix, `-word` or `NOT word` to exclude, `OR` between two words for either. Everything
else (FTS5's own syntax characters, stray quotes, brackets, column filters) is read as plain
text, so no input can make the engine raise. Both the query and the index are folded by
`nejat_desk.core.textnorm`; ranking is FTS5's bm25 with the title weighted above the rest.

Titles and snippets are taken from the ORIGINAL article text and highlighted there: the
index only holds a folded copy (a Farsi reader must never see an Arabic yeh the article does
not have), so each query word becomes a pattern that finds every original spelling that
folds to it (`textnorm.term_pattern`). Snippets are cut only for the rows returned.

The front ends call `SearchService` (`desk.search`). The module's functions may be called
from any thread; each call uses its own connection unless given one.
"""

from __future__ import annotations

import html
import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from nejat_desk.core.textnorm import term_pattern, word_variants
from nejat_desk.storage.sqlite import connect

if TYPE_CHECKING:
    from nejat_desk.storage.library import Library

# bm25 weights for the columns of article_fts: title, body, excerpt, byline.
COLUMN_WEIGHTS = (10.0, 1.0, 3.0, 2.0)
_BM25 = "bm25(article_fts, {}, {}, {}, {})".format(*COLUMN_WEIGHTS)
# A caller that prefers speed to exact ranking may rank only this many matches, the newest
# (rank_window=RANK_WINDOW); by default every match is ranked (see `_ranked_in_halves`).
RANK_WINDOW = 2000

Span = tuple[int, int]
# Where a search reads: the open library (a read-only connection per call) or a connection given.
Source: TypeAlias = "Library | sqlite3.Connection"


# --- the query --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Term:
    """One thing to look for: alternative token sequences (a phrase each), any may match."""

    alternatives: tuple[tuple[str, ...], ...]
    prefix: bool = False

    def fts(self) -> str:
        star = " *" if self.prefix else ""
        options = [f'"{" ".join(tokens)}"{star}' for tokens in self.alternatives]
        return options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")"


@dataclass(frozen=True)
class ParsedQuery:
    """`groups` are AND-ed, the terms of a group OR-ed; `excluded` terms must not match."""

    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to look for (a query may not consist of exclusions only)."""
        return not self.groups

    def fts(self) -> str:
        """The FTS5 MATCH expression: every token is a double-quoted string, so it is always valid."""
        parts = ["(" + " OR ".join(t.fts() for t in group) + ")" for group in self.groups]
        expression = " AND ".join(parts)
        for term in self.excluded:
            expression = f"({expression}) NOT {term.fts()}"
        return expression

    def highlight_terms(self) -> list[tuple[int, tuple[str, ...], bool]]:
        """(group index, tokens, is prefix) for every word or phrase to highlight."""
        out: list[tuple[int, tuple[str, ...], bool]] = []
        seen: set[tuple[tuple[str, ...], bool]] = set()
        for index, group in enumerate(self.groups):
            for term in group:
                for tokens in term.alternatives:
                    if (tokens, term.prefix) not in seen:
                        seen.add((tokens, term.prefix))
                        out.append((index, tokens, term.prefix))
        return out


_QUERY_PIECE = re.compile(r'(-?)"([^"]*)"?|(\S+)')
MIN_PREFIX_CHARS = 3  # as-you-type prefixes: shorter ones match most of a large index (benchmarks/bench_search.py)


def parse_query(text: str, *, as_you_type: bool = False) -> ParsedQuery:
    """Read a query as typed; never raises. Pieces without a letter or digit are ignored.

    `as_you_type`: the last word, still being typed (no space after it yet), also matches as a
    prefix, so "Tabr" finds Tabriz (folded like the rest: "كتا" finds "کتاب"). A word of fewer
    than MIN_PREFIX_CHARS letters does not, as it would match most of the index.
    """
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False  # the previous piece was OR
    negate_next = False  # the previous piece was NOT
    for match in _QUERY_PIECE.finditer(text or ""):
        negated = negate_next
        negate_next = False
        if match.group(3) is not None:
            piece = match.group(3)
            if piece == "OR":
                join_next = bool(groups)
                continue
            if piece == "AND":
                continue
            if piece == "NOT":
                negate_next = True
                continue
            if piece.startswith("-") and len(piece) > 1:
                negated, piece = True, piece[1:]
            typing = as_you_type and not negated and match.end() == len(text) and \
                len(piece.rstrip("*")) >= MIN_PREFIX_CHARS
            prefix = piece.endswith("*") or typing
            term = _term(piece.rstrip("*"), prefix)
        else:
            negated = negated or match.group(1) == "-"
            term = _term(match.group(2), False)
        if term is None:
            continue
        if negated:
            excluded.append(term)
        elif join_next and groups:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    return ParsedQuery(tuple(tuple(g) for g in groups), tuple(excluded))


def _term(text: str, prefix: bool) -> Term | None:
    joined, split = word_variants(text)
    if not joined:
        return None
    alternatives = [tuple(joined)]
    if split != joined:  # a ZWNJ word: whole, or as its parts written apart
        alternatives.append(tuple(split))
    return Term(tuple(alternatives), prefix and bool(joined))


# --- results ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SearchHit:
    """One article found. Text is the article's own; spans are (start, end) offsets into it."""

    article_id: int
    edition: str
    status: str
    title: str
    title_spans: tuple[Span, ...]
    snippet: str
    snippet_spans: tuple[Span, ...]
    snippet_field: str  # "body", "excerpt", "byline", or "" when the snippet has no match
    score: float  # bm25: lower is better
    rank: int  # 1 for the best hit

    @property
    def id(self) -> int:
        return self.article_id

    def title_marked(self, start: str = "[", end: str = "]") -> str:
        return mark_spans(self.title, self.title_spans, start, end)

    def snippet_marked(self, start: str = "[", end: str = "]") -> str:
        return mark_spans(self.snippet, self.snippet_spans, start, end)

    def title_html(self) -> str:
        return html_spans(self.title, self.title_spans)

    def snippet_html(self) -> str:
        return html_spans(self.snippet, self.snippet_spans)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.article_id, "edition": self.edition, "status": self.status, "rank": self.rank,
                "score": self.score, "title": self.title, "title_marked": self.title_marked(),
                "title_spans": [list(s) for s in self.title_spans], "snippet": self.snippet,
                "snippet_marked": self.snippet_marked(), "snippet_spans": [list(s) for s in self.snippet_spans],
                "snippet_field": self.snippet_field}


def mark_spans(text: str, spans: Sequence[Span], start: str, end: str) -> str:
    out: list[str] = []
    last = 0
    for a, b in spans:
        out += [text[last:a], start, text[a:b], end]
        last = b
    out.append(text[last:])
    return "".join(out)


def html_spans(text: str, spans: Sequence[Span]) -> str:
    out: list[str] = []
    last = 0
    for a, b in spans:
        out += [html.escape(text[last:a]), "<b>", html.escape(text[a:b]), "</b>"]
        last = b
    out.append(html.escape(text[last:]))
    return "".join(out)


# --- searching --------------------------------------------------------------------------------------

@contextmanager
def _connection(source: Source) -> Iterator[sqlite3.Connection]:
    if isinstance(source, sqlite3.Connection):
        yield source
        return
    conn = source.raw(readonly=True)
    try:
        yield conn
    finally:
        conn.close()


def _as_list(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def _ranked(conn: sqlite3.Connection, parsed: ParsedQuery, *, limit: int | None, offset: int,
            edition: str | Iterable[str] | None, status: str | Iterable[str] | None,
            category_id: int | None, rank_window: int | None) -> list[tuple[int, float]]:
    filters: list[str] = []
    params: list[Any] = [parsed.fts()]
    editions, statuses = _as_list(edition), _as_list(status)
    if editions:
        filters.append(f"a.edition_code IN ({','.join('?' * len(editions))})")  # i18n: ok (SQL)
        params += editions
    if statuses:
        filters.append(f"a.status IN ({','.join('?' * len(statuses))})")  # i18n: ok (SQL)
        params += statuses
    if category_id is not None:
        filters.append("a.category_id = ?")  # i18n: ok (SQL)
        params.append(category_id)
    join = " JOIN articles a ON a.id = article_fts.rowid" if filters else ""
    where = "".join(f" AND {f}" for f in filters)
    if rank_window:
        # Past `rank_window` matches, only the newest `rank_window` are ranked (reading ids in
        # rowid order is cheap: no scoring).
        cutoff = conn.execute(
            f"SELECT article_fts.rowid FROM article_fts{join} WHERE article_fts MATCH ?{where} "
            "ORDER BY article_fts.rowid DESC LIMIT 1 OFFSET ?", [*params, int(rank_window) - 1]).fetchone()
        if cutoff is not None:
            where += " AND article_fts.rowid >= ?"  # i18n: ok (SQL)
            params.append(int(cutoff[0]))
    sql = (f"SELECT article_fts.rowid, {_BM25} AS score FROM article_fts{join} "
           f"WHERE article_fts MATCH ?{where}")
    order = " ORDER BY score, article_fts.rowid DESC"
    if limit is None:
        return _rows(conn, sql + order, params)
    wanted = int(limit) + max(0, int(offset))
    if not rank_window:
        halves = _ranked_in_halves(conn, sql, order, params, wanted)
        if halves is not None:
            return halves[max(0, int(offset)):]
    return _rows(conn, sql + order + " LIMIT ? OFFSET ?", [*params, int(limit), max(0, int(offset))])  # i18n: ok (SQL)


def _rows(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> list[tuple[int, float]]:
    return [(int(r[0]), float(r[1])) for r in conn.execute(sql, params)]


# Exact ranking scores every match (bm25 costs ~0.6-1.3 us a row here: 25,000 matches of "the" take
# ~30 ms of CPU). Scoring is independent per row and FTS5 seeks rowid ranges in its doclists, so
# the older and newer halves of the articles are ranked at once, on two connections and two cores
# (sqlite3 releases the GIL while it works), and their best `wanted` merged: the same rows in the
# same order as one query, in a little over half the time.
_PARALLEL_MIN_ROWID = 4000  # a smaller library is ranked in one go: a thread would cost more than it saves
_ranking_pool: ThreadPoolExecutor | None = None
_ranking_pool_lock = threading.Lock()


def _ranking_worker() -> ThreadPoolExecutor:
    global _ranking_pool
    with _ranking_pool_lock:
        if _ranking_pool is None:
            _ranking_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-rank")
        return _ranking_pool


def _ranked_in_halves(conn: sqlite3.Connection, sql: str, order: str, params: list[Any],
                      wanted: int) -> list[tuple[int, float]] | None:
    """The best `wanted` rows ranked in two halves at once, or None when that would not pay."""
    if (os.cpu_count() or 1) < 2:
        return None
    top = conn.execute("SELECT max(id) FROM articles").fetchone()[0]
    path = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "")
    if not top or top < _PARALLEL_MIN_ROWID or not path:
        return None
    middle = int(top) // 2
    half = sql + " AND article_fts.rowid {} ?" + order + " LIMIT ?"  # i18n: ok (SQL)

    def newer() -> list[tuple[int, float]]:
        other = connect(Path(path), read_only=True)
        try:
            return _rows(other, half.format(">"), [*params, middle, wanted])
        finally:
            other.close()

    future = _ranking_worker().submit(newer)
    older = _rows(conn, half.format("<="), [*params, middle, wanted])
    merged = older + future.result()
    merged.sort(key=lambda row: (row[1], -row[0]))  # ORDER BY score, rowid DESC
    return merged[:wanted]


def count(source: Source, query: str | ParsedQuery, *, edition: str | Iterable[str] | None = None,
          status: str | Iterable[str] | None = None) -> int:
    """How many articles match (exact; cheap: no ranking)."""
    parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
    if parsed.is_empty:
        return 0
    with _connection(source) as conn:
        filters: list[str] = []
        params: list[Any] = [parsed.fts()]
        for column, values in (("edition_code", _as_list(edition)), ("status", _as_list(status))):
            if values:
                filters.append(f"a.{column} IN ({','.join('?' * len(values))})")
                params += values
        join = " JOIN articles a ON a.id = article_fts.rowid" if filters else ""
        where = "".join(f" AND {f}" for f in filters)
        return int(conn.execute(f"SELECT count(*) FROM article_fts{join} WHERE article_fts MATCH ?{where}",
                                params).fetchone()[0])


def ranked_ids(source: Source, query: str | ParsedQuery, *, limit: int | None = None,
               edition: str | Iterable[str] | None = None, status: str | Iterable[str] | None = None,
               category_id: int | None = None, rank_window: int | None = None) -> list[int]:
    """Ids of every matching article, best first (no snippets): for lists that page themselves.

    Exact ranking by default (it is meant for a background task); see `search` for `rank_window`.
    """
    parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
    if parsed.is_empty:
        return []
    with _connection(source) as conn:
        return [i for i, _ in _ranked(conn, parsed, limit=limit, offset=0, edition=edition, status=status,
                                      category_id=category_id, rank_window=rank_window)]


def search(source: Source, query: str | ParsedQuery, *, limit: int = 50, offset: int = 0,
           edition: str | Iterable[str] | None = None, status: str | Iterable[str] | None = None,
           category_id: int | None = None, snippet_chars: int = 160,
           rank_window: int | None = None) -> list[SearchHit]:
    """The best `limit` articles for `query`, with highlighted titles and snippets.

    `source` is a Library (a read-only connection is opened for the call) or a sqlite3
    connection. An empty query (nothing but punctuation or operators) finds nothing.
    Every match is ranked (exact: for a word in half of 50,000 articles about 20 ms on two
    cores); with `rank_window`, only the newest `rank_window` matches are.
    """
    parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
    if parsed.is_empty or limit <= 0:
        return []
    with _connection(source) as conn:
        ranked = _ranked(conn, parsed, limit=limit, offset=offset, edition=edition, status=status,
                         category_id=category_id, rank_window=rank_window)
        if not ranked:
            return []
        ids = [i for i, _ in ranked]
        rows = {r[0]: r for r in conn.execute(
            "SELECT id, edition_code, status, title, body_md, excerpt, byline FROM articles "
            f"WHERE id IN ({','.join('?' * len(ids))})", ids)}
    highlighter = Highlighter(parsed)
    hits: list[SearchHit] = []
    for position, (article_id, score) in enumerate(ranked, start=offset + 1):
        row = rows.get(article_id)
        if row is None:  # deleted between the two reads
            continue
        _, edition_code, status_value, title, body, excerpt, byline = row
        title = title or ""
        snippet, spans, where = highlighter.snippet(
            (("body", body or ""), ("excerpt", excerpt or ""), ("byline", byline or "")), snippet_chars)
        hits.append(SearchHit(article_id=article_id, edition=edition_code, status=status_value, title=title,
                              title_spans=tuple(highlighter.spans(title)), snippet=snippet,
                              snippet_spans=tuple(spans), snippet_field=where, score=score, rank=position))
    return hits


# --- highlighting in the original text -----------------------------------------------------------------

# Markdown markup left out of snippets. Separate simple passes: each pattern starts with a
# literal, which re scans for quickly (one alternation of them all is several times slower).
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK_TARGET = re.compile(r"\]\([^)\n]*\)")
_TAG = re.compile(r"<[^<>\n]{1,300}>")
_BLOCK_MARK = re.compile(r"^[ \t]*(?:#{1,6}|>|[-+*]|\d{1,3}[.)])[ \t]+", re.MULTILINE)
_UNDERSCORE = re.compile(r"(?<![^\W_])_{1,3}|_{1,3}(?![^\W_])")


def clean_markup(text: str) -> str:
    """Snippet text: Markdown markup removed, whitespace collapsed (the letters are untouched)."""
    if "![" in text:
        text = _IMAGE.sub("", text)
    if "](" in text:
        text = _LINK_TARGET.sub("", text)
    if "<" in text:
        text = _TAG.sub("", text)
    text = _BLOCK_MARK.sub("", text)
    if "_" in text:
        text = _UNDERSCORE.sub("", text)
    for char in "*`[]~":
        if char in text:
            text = text.replace(char, "")
    return " ".join(text.split())


class Highlighter:
    """Finds the query's words in original text; each group of the query (one word, or words
    joined by OR) counts once when choosing a snippet."""

    def __init__(self, query: ParsedQuery) -> None:
        self.query = query
        terms = query.highlight_terms()
        # Longer words first, so a word wins over its own prefix at the same place.
        terms.sort(key=lambda t: -sum(len(token) for token in t[1]))
        sources = [(group, _phrase_pattern(tokens, prefix)) for group, tokens, prefix in terms]
        by_group: dict[int, list[re.Pattern[str]]] = {}
        for group, source in sources:
            by_group.setdefault(group, []).append(re.compile(source))
        # One pattern per word, not one alternation per group: a pattern that starts with a
        # character class lets re skip ahead quickly; an alternation does not.
        self._groups = list(by_group.values())
        self._all = re.compile("|".join(source for _, source in sources)) if sources else None

    def spans(self, text: str) -> list[Span]:
        if self._all is None or not text:
            return []
        return _merge([m.span() for m in self._all.finditer(text)])

    def snippet(self, fields: Sequence[tuple[str, str]], chars: int) -> tuple[str, list[Span], str]:
        """The best window of the first field that has a match; else the start of the first non-empty one."""
        for name, text in fields:
            anchor = self._anchor(text, chars)
            if anchor is not None:
                return (*self._window(text, anchor, chars), name)
        for _, text in fields:
            if text.strip():
                return _snippet(clean_markup(text[: chars * 2]), chars, False, [])[0], [], ""
        return "", [], ""

    def _anchor(self, text: str, chars: int) -> int | None:
        """Where the snippet's first highlighted word is: the earliest first occurrence of a group
        whose window holds the most different groups (only first occurrences are looked up,
        which keeps the cost to one pass per group)."""
        if not text:
            return None
        firsts = sorted(first for first in (_first(group, text, 0, len(text)) for group in self._groups)
                        if first is not None)
        if len(firsts) <= 1:
            return firsts[0] if firsts else None
        best, best_count = firsts[0], 0
        for candidate in firsts:  # the window shown starts a quarter of the snippet before it
            lo = max(0, candidate - chars // 4)
            count = sum(1 for group in self._groups if _first(group, text, lo, lo + chars) is not None)
            if count > best_count:
                best, best_count = candidate, count
        return best

    def _window(self, text: str, anchor: int, chars: int) -> tuple[str, list[Span]]:
        # A quarter of the snippet before the word, from the start of a word (or line).
        start = max(0, anchor - chars // 4)
        if start:
            space = max(text.rfind(" ", 0, start + 1), text.rfind("\n", 0, start + 1))
            if start - space <= 20:
                start = space + 1
        raw = text[start: anchor + chars + chars // 2]
        clean = clean_markup(raw)
        found = self.spans(clean)
        if not found:  # the word was inside markup (a link target): show the raw text
            clean = " ".join(raw.split())
            found = self.spans(clean)
        return _snippet(clean, chars, start > 0, found)


def _phrase_pattern(tokens: tuple[str, ...], prefix: bool) -> str:
    """A word, or the words of a phrase in a row with anything but letters and digits between
    them (spaces, punctuation, Markdown, a ZWNJ between the parts of a word)."""
    last = len(tokens) - 1
    patterns = [term_pattern(token, prefix and i == last) for i, token in enumerate(tokens)]
    return patterns[0] if len(patterns) == 1 else "(?:" + r"[\W_]+".join(patterns) + ")"


def _first(patterns: list[re.Pattern[str]], text: str, start: int, end: int) -> int | None:
    """Where the first of `patterns` matches in text[start:end], if any does."""
    first: int | None = None
    for pattern in patterns:
        match = pattern.search(text, start, end if first is None else min(end, first + 64))
        if match is not None and (first is None or match.start() < first):
            first = match.start()
    return first


def _snippet(text: str, chars: int, lead: bool, spans: list[Span]) -> tuple[str, list[Span]]:
    """The start of text cut to about `chars` at a space, with "…" where text was left out."""
    end = len(text)
    if end > chars:
        space = text.rfind(" ", chars // 2, chars)
        end = space if space > 0 else chars
    prefix = "…" if lead and text else ""
    snippet = prefix + text[:end] + ("…" if end < len(text) else "")
    shift = len(prefix)
    return snippet, [(a + shift, min(b, end) + shift) for a, b in spans if a < end]


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


# --- the service ---------------------------------------------------------------------------------------

class SearchService:
    """Search bound to the open library: what the front ends call (`desk.search`).

    Each method opens its own read-only connection, so it may run on any thread.
    """

    def __init__(self, library: Library) -> None:
        self.library = library

    def search(self, query: str | ParsedQuery, *, limit: int = 50, offset: int = 0,
               edition: str | Iterable[str] | None = None, status: str | Iterable[str] | None = None,
               category_id: int | None = None, snippet_chars: int = 160,
               rank_window: int | None = None) -> list[SearchHit]:
        """The best `limit` articles for `query`, with highlighted titles and snippets (see `search`)."""
        return search(self.library, query, limit=limit, offset=offset, edition=edition, status=status,
                      category_id=category_id, snippet_chars=snippet_chars, rank_window=rank_window)

    def as_you_type(self, query: str, *, limit: int = 50, edition: str | Iterable[str] | None = None,
                    status: str | Iterable[str] | None = None, snippet_chars: int = 160) -> list[SearchHit]:
        """`search` while the query is being typed: its last word also matches as a prefix."""
        return self.search(parse_query(query, as_you_type=True), limit=limit, edition=edition, status=status,
                           snippet_chars=snippet_chars)

    def count(self, query: str | ParsedQuery, *, edition: str | Iterable[str] | None = None,
              status: str | Iterable[str] | None = None) -> int:
        return count(self.library, query, edition=edition, status=status)

    def ranked_ids(self, query: str | ParsedQuery, *, limit: int | None = None,
                   edition: str | Iterable[str] | None = None, status: str | Iterable[str] | None = None,
                   category_id: int | None = None, rank_window: int | None = None) -> list[int]:
        return ranked_ids(self.library, query, limit=limit, edition=edition, status=status,
                          category_id=category_id, rank_window=rank_window)

"""Front matter as other tools and attackers write it: YAML alias bombs, oversized unknown keys
(issue #12, item 9) and plain dates (issue #13)."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from nejat_desk.core.frontmatter import FrontMatterError, parse_document
from nejat_desk.services.markdown_import import Outcome, import_paths
from nejat_desk.storage.models import Article

# 310 bytes, 7 levels of aliases under an unknown key: 9^7 (4.8 million) strings once expanded.
BOMB = """---
title: Bomb
edition: en
lol: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: [*f,*f,*f,*f,*f,*f,*f,*f,*f]
---
Body.
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_alias_bomb_is_refused_fast_and_stores_nothing(library: Any, tmp_path: Path) -> None:
    path = _write(tmp_path, "bomb.md", BOMB)
    assert len(BOMB.encode()) < 400
    start = time.perf_counter()
    report = import_paths(library, [path])
    assert time.perf_counter() - start < 2.0
    [result] = report.results
    assert result.outcome is Outcome.FAILED
    assert "alias" in result.message and "*a" in result.message
    with library.session() as s:
        assert s.scalars(select(Article)).all() == []


def test_a_single_alias_is_refused_too() -> None:
    with pytest.raises(FrontMatterError, match="alias"):
        parse_document("---\ntitle: &t T\nedition: en\nexcerpt: *t\n---\n")


def test_oversized_unknown_key_is_left_out_with_a_report_line(library: Any, tmp_path: Path) -> None:
    big = "x" * 40_000
    path = _write(tmp_path, "big.md", f"---\ntitle: Big\nedition: en\nnotes: {big}\nsmall: kept\n---\nBody.\n")
    [result] = import_paths(library, [path]).results
    assert result.outcome is Outcome.CREATED
    assert "'notes'" in result.message and "16 KB" in result.message
    with library.session() as s:
        article = s.scalars(select(Article)).one()
        assert article.extra == {"small": "kept"}


def test_unknown_keys_have_a_total_budget() -> None:
    keys = "\n".join(f"k{i}: {'y' * 15_000}" for i in range(6))
    doc = parse_document(f"---\ntitle: T\nedition: en\n{keys}\n---\n")
    assert sum(len(v) for v in doc.extra.values()) <= 64 * 1024
    assert len(doc.notes) == 2


def test_unknown_key_with_a_binary_value_is_left_out() -> None:
    doc = parse_document("---\ntitle: T\nedition: en\nblob: !!binary aGVsbG8=\n---\n")
    assert doc.extra == {} and "'blob'" in doc.notes[0]


def test_plain_date_is_that_day_in_the_editions_zone(library: Any, tmp_path: Path) -> None:
    from nejat_desk.storage.models import Edition

    with library.session() as s:
        zone = s.get(Edition, "fa").time_zone
    assert zone == "Asia/Tehran"
    path = _write(tmp_path, "plain.md", "---\ntitle: Plain\nedition: fa\nstatus: published\ndate: 2026-12-01\n---\nB\n")
    sched = _write(tmp_path, "sched.md", "---\ntitle: Later\nedition: en\nstatus: scheduled\n"
                                         "scheduled: 2027-01-15\n---\nB\n")
    report = import_paths(library, [path, sched])
    assert [r.outcome for r in report.results] == [Outcome.CREATED, Outcome.CREATED], report.results
    with library.session() as s:
        plain = s.scalars(select(Article).where(Article.slug == "plain")).one()
        # Midnight in Tehran (UTC+3:30) is 20:30 UTC the day before.
        assert plain.published_at.astimezone(UTC) == datetime(2026, 11, 30, 20, 30, tzinfo=UTC)
        later = s.scalars(select(Article).where(Article.slug == "later")).one()
        en_zone = s.get(Edition, "en").time_zone
        from zoneinfo import ZoneInfo

        assert later.scheduled_at.astimezone(ZoneInfo(en_zone)).replace(tzinfo=None) == datetime(2027, 1, 15)
    again = import_paths(library, [path])  # the same file again changes nothing
    assert [r.outcome for r in again.results] == [Outcome.UNCHANGED]


def test_an_impossible_plain_date_names_its_key() -> None:
    with pytest.raises(FrontMatterError) as caught:
        parse_document("---\ntitle: T\nedition: en\ndate: 2026-02-30\n---\n")
    assert caught.value.key == "date"

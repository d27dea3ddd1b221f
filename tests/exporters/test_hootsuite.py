"""Issue #12, item 24: the Hootsuite CSV is a file Hootsuite accepts whole: one time zone, chosen
and named; no past or too-near post; at most 350 rows a file."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from nejat_desk.core.errors import ValidationError
from nejat_desk.services.export import ExportOptions, run_export
from nejat_desk.services.hootsuite import MAX_ROWS

NOW = datetime(2024, 3, 2, 8, 0, tzinfo=UTC)
PLATFORMS = ("facebook", "x", "pinterest", "whatsapp", "telegram", "email")


def _schedule(library: Any, article_id: int, platform: str, when: datetime) -> None:
    from nejat_desk.storage.models import SocialSnippet

    with library.session() as s:
        s.add(SocialSnippet(article_id=article_id, platform=platform, text="", scheduled_at=when))


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_one_time_zone_chosen_and_named(library: Any, content: dict[str, int], tmp_path: Path) -> None:
    _schedule(library, content["en"], "x", datetime(2024, 3, 2, 9, 0, tzinfo=UTC))
    _schedule(library, content["fa"], "x", datetime(2024, 3, 2, 10, 0, tzinfo=UTC))  # the Farsi edition: Tehran
    out = tmp_path / "bulk.csv"
    report = run_export(library, "hootsuite-csv", out, options=ExportOptions(time_zone="Asia/Baghdad"), now=NOW)
    assert [r[0] for r in _rows(out)] == ["03/02/2024 12:00", "03/02/2024 13:00"]  # both in Baghdad time (+3)
    assert any("Asia/Baghdad" in note for note in report.notes)
    default = run_export(library, "hootsuite-csv", out, now=NOW)
    assert [r[0] for r in _rows(out)] == ["03/02/2024 09:00", "03/02/2024 10:00"]
    assert any("UTC" in note for note in default.notes)


def test_unknown_time_zone_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Mars/Olympus"):
        ExportOptions(time_zone="Mars/Olympus")


def test_past_and_too_near_posts_are_left_out_with_a_line_each(library: Any, content: dict[str, int],
                                                               tmp_path: Path) -> None:
    _schedule(library, content["en"], "x", NOW - timedelta(days=1))
    _schedule(library, content["en"], "facebook", NOW + timedelta(minutes=7))
    _schedule(library, content["en"], "telegram", NOW + timedelta(minutes=20))
    out = tmp_path / "bulk.csv"
    report = run_export(library, "hootsuite-csv", out, now=NOW)
    assert [r[0] for r in _rows(out)] == ["03/02/2024 08:20"]
    left_out = [w for w in report.warnings if "left out" in w]
    assert len(left_out) == 2 and any("(x)" in w for w in left_out) and any("(facebook)" in w for w in left_out)
    assert report.counts["rows"] == 1


def test_more_than_350_rows_are_split_and_stale_parts_go(library: Any, tmp_path: Path) -> None:
    from nejat_desk.services.articles import ArticleService

    service = ArticleService(library)
    articles = [service.create("en", f"Story {n}", "Body.") for n in range(62)]
    when = NOW + timedelta(hours=1)
    for article_id in articles:
        for platform in PLATFORMS:
            _schedule(library, article_id, platform, when)
            when += timedelta(minutes=5)
    out = tmp_path / "bulk.csv"
    report = run_export(library, "hootsuite-csv", out, now=NOW)
    parts = [tmp_path / "bulk-1.csv", tmp_path / "bulk-2.csv"]
    assert [len(_rows(p)) for p in parts] == [MAX_ROWS, 62 * 6 - MAX_ROWS]
    assert not out.exists() and report.counts == {"articles": 62, "rows": 372, "files": 2}
    assert any("bulk-1.csv" in note and "bulk-2.csv" in note for note in report.notes)
    with library.session() as s:  # fewer posts now: one file, and the parts of the split are not left to upload
        s.connection().exec_driver_sql("UPDATE social_snippets SET scheduled_at = NULL WHERE platform != 'x'")
    again = run_export(library, "hootsuite-csv", out, now=NOW)
    assert len(_rows(out)) == 62 and again.counts["files"] == 1
    assert not any(p.exists() for p in parts)


def test_the_command_line_takes_tz_and_names_it(library_dir: Path, tmp_path: Path, capsys: Any) -> None:
    from nejat_desk.cli.main import main
    from nejat_desk.storage.library import Library
    from tests.exporters.conftest import populate

    lib = Library.open(library_dir, create=True)
    ids = populate(lib)
    _schedule(lib, ids["en"], "x", datetime.now(UTC) + timedelta(days=2))
    lib.close()
    out = tmp_path / "bulk.csv"
    assert main(["export", "hootsuite-csv", "--out", str(out), "--library", str(library_dir),
                 "--tz", "Europe/Tirane", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["rows"] == 1 and any("Europe/Tirane" in n for n in report["notes"])
    assert main(["export", "hootsuite-csv", "--out", str(out), "--library", str(library_dir),
                 "--tz", "Nowhere/Land"]) == 1
    assert "Nowhere/Land" in capsys.readouterr().err

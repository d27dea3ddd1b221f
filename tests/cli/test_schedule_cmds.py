"""`nejat-desk schedule list|add|move|rules`, through the entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nejat_desk.cli.main import main
from nejat_desk.services.schedule import ScheduleService
from nejat_desk.storage.library import Library
from tests.schedule_data import plan_week


@pytest.fixture
def planned(library_dir: Path) -> Path:
    lib = Library.open(library_dir, create=True)
    plan_week(lib)
    lib.close()
    return library_dir


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _when(library_dir: Path, key: str) -> datetime:
    with Library.open(library_dir) as lib:
        item = ScheduleService(lib).item(key)
        assert item is not None
        return item.when


def test_list_through_the_console_entry_point(planned: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "nejat_desk", "schedule", "list", "--library", str(planned),
                           "--tz", "Europe/Berlin", "--edition", "fa", "--kind", "article"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("2026-11-03 Tue 07:00 (09:30 Asia/Tehran)  article")
    assert "بازگشایی بندر" in lines[0]
    assert lines[-1] == "1 item (times in Europe/Berlin)"


def test_list_json_filters_and_warnings(planned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "schedule", "list", "--library", str(planned), "--json", "--tz", "UTC",
                         "--from", "2026-11-02", "--to", "2026-11-02")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["title"] for r in rows] == ["Harbour reopens", "Harbour reopens", "Council vote", "Harbour reopens"]
    council = rows[2]
    assert any(w["rule"] == "not_ready" and "not ready" in w["message"] for w in council["warnings"])
    assert council["edition_local"]
    code, out, _ = run(capsys, "schedule", "list", "--library", str(planned), "--json", "--platform", "telegram",
                       "--kind", "social")
    assert [json.loads(line)["platform"] for line in out.splitlines()] == ["telegram"]
    code, _, err = run(capsys, "schedule", "list", "--library", str(planned), "--platform", "myspace")
    assert code == 1 and "Unknown platform myspace" in err
    code, _, err = run(capsys, "schedule", "list", "--library", str(planned), "--tz", "Nowhere/City")
    assert code == 1 and "Unknown time zone" in err


def test_add_in_the_edition_zone_and_move(planned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Library.open(planned) as lib:
        from nejat_desk.storage.models import Article

        with lib.session() as s:
            article = Article(edition_code="fa", title="گزارش", slug="report")
            s.add(article)
            s.flush()
            key = f"article:{article.id}"
    code, out, err = run(capsys, "schedule", "add", "article", "--library", str(planned), "--edition", "fa",
                         "--slug", "report", "--at", "2026-11-04 09:30")
    assert code == 0, err
    assert "scheduled" in out and "(2026-11-04 06:00 UTC)" in out  # Tehran is UTC+03:30
    assert _when(planned, key) == datetime(2026, 11, 4, 6, 0, tzinfo=UTC)
    code, out, err = run(capsys, "schedule", "move", "article", "--library", str(planned), "--edition", "fa",
                         "--slug", "report", "--at", "2026-11-05 10:00", "--tz", "Europe/Berlin")
    assert code == 0, err
    assert _when(planned, key) == datetime(2026, 11, 5, 9, 0, tzinfo=UTC)
    code, out, err = run(capsys, "schedule", "add", "social", "--library", str(planned), "--edition", "fa",
                         "--slug", "report", "--platform", "whatsapp", "--at", "2026-11-05 14:00")
    assert code == 0, err
    assert "social:" in out


def test_repeated_and_skipped_hours_need_a_choice(planned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ("schedule", "move", "article", "--library", str(planned), "--edition", "sq", "--slug", "porti-rihapet",
            "--tz", "Europe/Berlin")
    with Library.open(planned) as lib:
        key = f"article:{ScheduleService(lib).find_article('sq', 'porti-rihapet')}"
    before = _when(planned, key)
    code, _, err = run(capsys, *base, "--at", "2026-10-25 02:30")
    assert code == 1 and "happens twice" in err and "--ambiguous earlier" in err
    assert _when(planned, key) == before  # nothing changed
    code, _, err = run(capsys, *base, "--at", "2026-10-25 02:30", "--ambiguous", "later")
    assert code == 0, err
    assert _when(planned, key) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    code, _, err = run(capsys, *base, "--at", "2026-03-29 02:30")
    assert code == 1 and "does not exist" in err and "--nonexistent shift-forward" in err
    assert _when(planned, key) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    code, out, err = run(capsys, *base, "--at", "2026-03-29 02:30", "--nonexistent", "shift-forward")
    assert code == 0, err
    assert "2026-03-29 03:00 CEST" in out
    assert _when(planned, key) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)


def test_bad_targets_and_times(planned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "schedule", "add", "article", "--library", str(planned), "--edition", "en",
                       "--slug", "nope", "--at", "2026-11-04 09:30")
    assert code == 1 and "no article 'nope'" in err
    code, _, err = run(capsys, "schedule", "add", "article", "--library", str(planned), "--edition", "en",
                       "--slug", "council-vote", "--at", "tomorrow")
    assert code == 1 and "YYYY-MM-DD" in err
    code, _, err = run(capsys, "schedule", "add", "issue", "--library", str(planned), "--at", "2026-11-04 09:30")
    assert code == 1 and "--series" in err
    # The issue is still empty, which the pre-flight check blocks: planned ahead of its contents.
    code, out, err = run(capsys, "schedule", "add", "issue", "--library", str(planned), "--series", "newsletter",
                         "--number", "12", "--at", "2026-11-06 08:00", "--override-preflight", "Contents follow")
    assert code == 0, err
    assert "issue:" in out
    code, out, err = run(capsys, "schedule", "add", "gallery", "--library", str(planned), "--slug",
                         "harbour-photos", "--at", "2026-11-04 12:00", "--tz", "UTC")
    assert code == 0, err
    with pytest.raises(SystemExit):
        main(["schedule", "add", "article", "--library", str(planned)])  # --at is required
    capsys.readouterr()


def test_rules(planned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schedule", "rules", "--library", str(planned), "--max-per-hour", "1",
                       "--empty-days", "off")
    assert code == 0
    shown = json.loads(out)
    assert shown["max_posts_per_hour"] == 1 and shown["warn_empty_days"] is False
    code, out, _ = run(capsys, "schedule", "rules", "--library", str(planned))
    assert json.loads(out)["max_posts_per_hour"] == 1
    code, _, err = run(capsys, "schedule", "rules", "--library", str(planned), "--min-gap", "-5")
    assert code == 1 and "0 or more" in err


def test_newsletter_email(planned: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "issue.eml"
    code, stdout, err = run(capsys, "schedule", "newsletter", "--library", str(planned), "--series", "newsletter",
                            "--number", "12", "--out", str(out), "--from-address", "desk@example.org")
    assert code == 0, err
    assert stdout.strip() == str(out)
    text = out.read_text()
    assert "multipart/alternative" in text and "From: desk@example.org" in text
    code, _, err = run(capsys, "schedule", "newsletter", "--library", str(planned), "--series", "newsletter",
                       "--number", "99", "--out", str(out))
    assert code == 1 and "no issue 99" in err

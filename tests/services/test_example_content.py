"""The example library a new user starts with: every edition, right-to-left text, translations,
nested categories, every status; loaded through the ordinary import, and idempotent."""

from __future__ import annotations

import subprocess
import sys

from nejat_desk.core.domain import EDITION_CODES, ArticleStatus
from nejat_desk.core.frontmatter import parse_document
from nejat_desk.services.example_content import example_files, examples_dir, load_example_content


def test_example_files_parse_and_cover_every_edition_and_status():
    docs = [parse_document(p.read_text(encoding="utf-8")) for p in example_files()]
    by_edition = {code: [d for d in docs if d.edition == code] for code in EDITION_CODES}
    assert all(len(found) >= 3 for found in by_edition.values()), {k: len(v) for k, v in by_edition.items()}
    assert {d.status for d in docs} == set(ArticleStatus)
    assert any(d.category and "/" in d.category for d in docs if d.edition in ("ar", "fa"))
    assert any(d.translation_of for d in docs if d.edition in ("ar", "fa", "sq"))
    farsi = " ".join(d.body for d in by_edition["fa"])
    assert "https://" in farsi and "UNESCO" in farsi and "۱۲۰" in farsi and "2023" in farsi  # mixed RTL text
    assert all(d.extra.get("example_note") for d in docs)  # unknown keys are kept
    # Every file lives under the folder of its edition.
    for path in example_files():
        assert path.parent.name == parse_document(path.read_text(encoding="utf-8")).edition
        assert path.is_relative_to(examples_dir())


def test_loading_examples_links_translations_and_is_idempotent(library):
    first = load_example_content(library)
    assert first.problems == [] and first.imported_count == len(example_files())
    conn = library.raw()
    try:
        counts = dict(conn.execute("SELECT edition_code, count(*) FROM articles GROUP BY edition_code"))
        assert set(counts) == set(EDITION_CODES)
        groups = conn.execute("SELECT translation_group_id, group_concat(edition_code) FROM articles "
                              "WHERE translation_group_id IS NOT NULL GROUP BY translation_group_id").fetchall()
        assert len(groups) >= 3 and any(len(editions.split(",")) >= 3 for _g, editions in groups)
        nested = conn.execute("SELECT count(*) FROM categories WHERE parent_id IS NOT NULL").fetchone()[0]
        assert nested >= 4
        empty_html = conn.execute("SELECT count(*) FROM articles WHERE body_html = ''").fetchone()[0]
        assert empty_html == 0
        before = conn.execute("SELECT id, version, updated_at FROM articles ORDER BY id").fetchall()
    finally:
        conn.close()
    again = load_example_content(library)
    assert again.problems == [] and again.imported_count == first.imported_count
    conn = library.raw()
    try:
        assert conn.execute("SELECT id, version, updated_at FROM articles ORDER BY id").fetchall() == before
    finally:
        conn.close()


def test_init_loads_examples_and_the_library_checks_clean(tmp_path):
    library_dir = tmp_path / "first-run"
    run = [sys.executable, "-m", "nejat_desk"]
    init = subprocess.run([*run, "init", "--library", str(library_dir)], capture_output=True, text=True,
                          timeout=120)
    assert init.returncode == 0, init.stderr
    assert f"Loaded {len(example_files())} example articles" in init.stdout
    listed = subprocess.run([*run, "list", "--edition", "fa", "--library", str(library_dir)],
                            capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0 and "باغ ارم" in listed.stdout
    check = subprocess.run([*run, "check", "--deep", "--library", str(library_dir)], capture_output=True,
                           text=True, timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr

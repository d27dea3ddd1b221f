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


def test_every_front_matter_key_is_shown_and_media_references_name_shipped_files():
    from nejat_desk.core.frontmatter import KNOWN_KEYS

    texts = [p.read_text(encoding="utf-8") for p in example_files()]
    front = "\n".join(t.split("\n---\n", 1)[0] for t in texts)
    missing = [key for key in KNOWN_KEYS if f"\n{key}:" not in front]
    assert missing == []
    docs = [parse_document(t) for t in texts]
    refs = [d.featured_image for d in docs if d.featured_image] + [a for d in docs for a in d.attachments]
    assert refs and all((examples_dir() / ref).is_file() for ref in refs), refs
    farsi = [d.featured_image for d in docs if d.edition == "fa" and d.featured_image]
    assert farsi and all((examples_dir() / ref).is_file() for ref in farsi)
    shipped = [p for p in (examples_dir() / "media").iterdir()]
    assert {p.suffix for p in shipped} >= {".jpg", ".pdf"}
    assert all(p.stat().st_size < 64_000 for p in shipped), [(p.name, p.stat().st_size) for p in shipped]


def test_dates_follow_the_day_the_library_is_created(library):
    from datetime import UTC, date, datetime, timedelta

    day = date(2031, 5, 20)
    report = load_example_content(library, day)
    assert report.problems == [] and report.day == day
    start = datetime(day.year, day.month, day.day, tzinfo=UTC)
    conn = library.raw()
    try:
        scheduled = [datetime.fromisoformat(r[0]).replace(tzinfo=UTC) for r in conn.execute(
            "SELECT scheduled_at FROM articles WHERE status = 'scheduled'")]
        published = [datetime.fromisoformat(r[0]).replace(tzinfo=UTC) for r in conn.execute(
            "SELECT published_at FROM articles WHERE status = 'published'")]
    finally:
        conn.close()
    assert scheduled and all(start + timedelta(days=1) <= when <= start + timedelta(days=7) for when in scheduled)
    assert published and all(start - timedelta(weeks=4) <= when <= start - timedelta(days=3) for when in published)
    # Loaded again on a later day (`init` twice, a script), the remembered day keeps everything as it was.
    conn = library.raw()
    try:
        before = conn.execute("SELECT id, version, scheduled_at, published_at FROM articles ORDER BY id").fetchall()
    finally:
        conn.close()
    again = load_example_content(library, day + timedelta(days=40))
    assert again.problems == [] and again.day == day
    conn = library.raw()
    try:
        assert conn.execute("SELECT id, version, scheduled_at, published_at FROM articles ORDER BY id"
                            ).fetchall() == before
        assert conn.execute("SELECT count(*) FROM galleries").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM publication_issues").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM media_items").fetchone()[0] == report.media_count
    finally:
        conn.close()


def test_every_workspace_has_something_to_show(library):
    report = load_example_content(library)
    assert report.problems == [] and report.media_count >= 5
    conn = library.raw()
    try:
        kinds = dict(conn.execute("SELECT kind, count(*) FROM media_items GROUP BY kind"))
        assert kinds.get("image", 0) >= 4 and kinds.get("pdf") == 1
        farsi_featured = conn.execute(
            "SELECT m.original_filename FROM articles a JOIN media_items m ON m.id = a.featured_media_id "
            "WHERE a.edition_code = 'fa' AND a.slug = 'eram-garden-reopens'").fetchone()
        assert farsi_featured == ("eram-garden.jpg",)
        attached = conn.execute("SELECT m.kind FROM article_attachments x JOIN media_items m ON m.id = x.media_id"
                                ).fetchall()
        assert attached and {k for (k,) in attached} == {"pdf"}
        gallery = conn.execute("SELECT g.status, count(i.media_id) FROM galleries g "
                               "JOIN gallery_items i ON i.gallery_id = g.id GROUP BY g.id").fetchall()
        assert gallery == [("published", 5)]
        alt_missing = conn.execute("SELECT count(*) FROM media_texts WHERE alt_text = '' AND media_id IN "
                                   "(SELECT id FROM media_items WHERE kind = 'image')").fetchone()[0]
        assert alt_missing == 0
        issue = conn.execute("SELECT i.pdf_media_id IS NOT NULL, i.cover_media_id IS NOT NULL, count(a.article_id) "
                             "FROM publication_issues i JOIN issue_articles a ON a.issue_id = i.id").fetchone()
        assert issue == (1, 1, 3)
    finally:
        conn.close()

"""Markdown imports in batches (issue #17): translations are linked whatever the file order and
however the files fall into batches, a bad file stops only itself, and a killed import leaves each
batch whole or absent."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from nejat_desk.services import markdown_import
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.markdown_import import Outcome, import_paths

ROOT = Path(__file__).resolve().parents[2]


def article(folder: Path, name: str, edition: str, slug: str, original: str | None = None) -> Path:
    link = f"translation_of: {{edition: en, slug: {original}}}\n" if original else ""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: {slug}\nedition: {edition}\nslug: {slug}\n{link}---\nText of {slug}.\n",
                    encoding="utf-8")
    return path


def groups(library: Any) -> dict[str, set[str]]:
    """Each translation's slug -> the editions of its group."""
    service = ArticleService(library)
    found = {}
    for edition, slug in (("ar", "ar-one"), ("fa", "fa-one"), ("sq", "sq-two"), ("ar", "ar-three")):
        article_id = service.find_by_slug(edition, slug)
        assert article_id is not None
        found[slug] = {t.edition_code for t in service.translations(article_id)}
    return found


def waiting(library: Any) -> int:
    with sqlite3.connect(library.db_path) as conn:
        return conn.execute("SELECT count(*) FROM articles WHERE extra LIKE '%translation_of%'").fetchone()[0]


@pytest.mark.parametrize("batch_files", [1, 2, 100])
def test_translations_link_whatever_the_order_and_the_batches(library: Any, tmp_path: Path, monkeypatch: Any,
                                                              batch_files: int) -> None:
    monkeypatch.setattr(markdown_import, "BATCH_FILES", batch_files)
    folder = tmp_path / "in"
    # Sorted: a/ before b/ before c/. One translation comes before its original, in the same batch or an
    # earlier one; one after it; one in a run before its original's run.
    article(folder, "a/ar-one.md", "ar", "ar-one", original="one")
    article(folder, "b/en-one.md", "en", "one")
    article(folder, "c/fa-one.md", "fa", "fa-one", original="one")
    article(folder, "a/en-two.md", "en", "two")
    article(folder, "c/sq-two.md", "sq", "sq-two", original="two")
    early = article(tmp_path / "earlier", "ar-three.md", "ar", "ar-three", original="three")
    report = import_paths(library, [early])
    assert [r.outcome for r in report.results] == [Outcome.CREATED] and waiting(library) == 1
    report = import_paths(library, [folder])
    assert {r.outcome for r in report.results} == {Outcome.CREATED}
    assert waiting(library) == 1  # "three" is not in the library yet
    import_paths(library, [article(tmp_path / "later", "en-three.md", "en", "three")])
    assert groups(library) == {"ar-one": {"ar", "en", "fa"}, "fa-one": {"ar", "en", "fa"},
                               "sq-two": {"en", "sq"}, "ar-three": {"ar", "en"}}
    assert waiting(library) == 0
    again = import_paths(library, [folder, early])  # linking is not an edit: the same files change nothing
    assert {r.outcome for r in again.results} == {Outcome.UNCHANGED}


def test_a_bad_file_in_a_batch_stops_only_itself(library: Any, tmp_path: Path, monkeypatch: Any) -> None:
    folder = tmp_path / "in"
    for name in ("a", "b", "c"):
        article(folder, f"{name}.md", "en", name)
    real = markdown_import.import_document

    def failing(session: Any, doc: Any, *args: Any, **kwargs: Any) -> Any:
        outcome = real(session, doc, *args, **kwargs)  # written, then broken: the savepoint must undo it
        if doc.slug == "b":
            raise RuntimeError("disk on fire")
        return outcome

    monkeypatch.setattr(markdown_import, "import_document", failing)
    report = import_paths(library, [folder])
    assert [(r.path.name, r.outcome) for r in report.results] == [
        ("a.md", Outcome.CREATED), ("b.md", Outcome.FAILED), ("c.md", Outcome.CREATED)]
    assert "disk on fire" in report.results[1].message
    service = ArticleService(library)
    assert service.find_by_slug("en", "b") is None and service.count() == 2


KILLER = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from nejat_desk.services import markdown_import
    from nejat_desk.storage.library import Library

    markdown_import.BATCH_FILES = 4
    markdown_import.BATCH_SECONDS = 3600.0
    real = markdown_import.import_document
    seen = []

    def import_document(session, doc, *args, **kwargs):
        result = real(session, doc, *args, **kwargs)
        seen.append(doc.slug)
        if len(seen) == 7:  # three files of the second batch are written: the process dies
            os._exit(9)
        return result

    markdown_import.import_document = import_document
    library = Library.open(Path(sys.argv[1]), create=True)
    markdown_import.import_paths(library, [Path(sys.argv[2])])
""")


def test_a_killed_import_leaves_each_batch_whole_or_absent(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    for number in range(10):
        article(folder, f"{number:02d}.md", "en", f"story-{number:02d}")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", KILLER, str(tmp_path / "library"), str(folder)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 9, done.stderr
    with sqlite3.connect(tmp_path / "library" / "library.sqlite3") as conn:
        slugs = [r[0] for r in conn.execute("SELECT slug FROM articles ORDER BY slug")]
        indexed = conn.execute("SELECT count(*) FROM article_fts").fetchone()[0]
    assert slugs == [f"story-{n:02d}" for n in range(4)]  # the first batch whole, the second absent
    assert indexed == 4

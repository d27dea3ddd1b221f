from pathlib import Path

import pytest

from nejat_desk.core.frontmatter import render_document
from nejat_desk.services.articles import ArticleService, article_to_document, load_article
from nejat_desk.services.markdown_import import Outcome, import_paths


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def sources(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "en.md", "---\ntitle: Big news\nedition: en\nslug: big-news\ntags: [b, a]\n"
                           "unknown_key: kept\n---\nBody.\n")
    write(folder, "fa.md", "---\ntitle: خبر\nedition: fa\ntranslation_of: {edition: en, slug: big-news}\n---\nمتن\n")
    write(folder, "notes.txt", "not markdown")
    return folder


def outcomes(report):
    return {r.path.name: r.outcome for r in report.results}


def test_import_creates_links_and_skips(library, sources):
    report = import_paths(library, [sources])
    assert outcomes(report) == {"en.md": Outcome.CREATED, "fa.md": Outcome.CREATED, "notes.txt": Outcome.SKIPPED}
    svc = ArticleService(library)
    fa = svc.find_by_slug("fa", "خبر")
    assert {t.edition_code for t in svc.translations(fa)} == {"en", "fa"}


def test_reimport_unchanged_changes_nothing(library, sources):
    import_paths(library, [sources])
    before = (library.db_path.read_bytes(), ArticleService(library).get(1).version)
    report = import_paths(library, [sources])
    assert outcomes(report)["en.md"] is Outcome.UNCHANGED and outcomes(report)["fa.md"] is Outcome.UNCHANGED
    assert ArticleService(library).get(1).version == before[1]


def test_changed_file_updates_instead_of_duplicating(library, sources):
    import_paths(library, [sources])
    write(sources, "en.md", "---\ntitle: Big news, updated\nedition: en\nslug: big-news\n---\nNew body.\n")
    report = import_paths(library, [sources / "en.md"])
    assert outcomes(report) == {"en.md": Outcome.UPDATED}
    svc = ArticleService(library)
    assert svc.count() == 2 and svc.get(svc.find_by_slug("en", "big-news")).title == "Big news, updated"


def test_local_edit_wins_and_incoming_becomes_revision(library, sources):
    import_paths(library, [sources])
    svc = ArticleService(library)
    aid = svc.find_by_slug("en", "big-news")
    svc.save_text(aid, body_md="Edited in the app.")
    write(sources, "en.md", "---\ntitle: Big news\nedition: en\nslug: big-news\n---\nChanged at the source.\n")
    report = import_paths(library, [sources / "en.md"])
    assert outcomes(report) == {"en.md": Outcome.CONFLICT} and "kept the library's text" in report.results[0].message
    assert svc.get(aid).body_md == "Edited in the app."
    conflict = [r for r in svc.revisions(aid) if r.reason == "import-conflict"]
    assert conflict and conflict[0].body_md == "Changed at the source.\n"


def test_bad_files_are_reported_and_the_rest_imports(library, tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    write(folder, "a-good.md", "---\ntitle: Good\nedition: sq\n---\nMirë.\n")
    write(folder, "b-edition.md", "---\ntitle: X\nedition: de\n---\n")
    write(folder, "c-date.md", "---\ntitle: X\nedition: en\ndate: 2024-13-45T10:00:00Z\n---\n")
    write(folder, "d-yaml.md", "---\ntitle: [oops\nedition: en\n---\n")
    (folder / "e-binary.md").write_bytes(b"\xff\xfe\x00garbage")
    report = import_paths(library, [folder])
    got = {r.path.name: r for r in report.results}
    assert got["a-good.md"].outcome is Outcome.CREATED
    # The result names the file; its message says only what is wrong (key first).
    assert got["b-edition.md"].message.startswith("edition: 'de' is not an edition")
    assert got["c-date.md"].message.startswith("date:")
    assert not any(str(r.path) in r.message for r in report.results)
    assert "YAML front matter is broken" in got["d-yaml.md"].message
    assert "not UTF-8" in got["e-binary.md"].message
    assert ArticleService(library).count() == 1  # nothing half-written from the bad ones


def test_round_trip_through_export_is_stable(library, sources, tmp_path):
    import_paths(library, [sources])
    with library.session() as session:
        first = {a: render_document(article_to_document(load_article(session, a))) for a in (1, 2)}
    out = tmp_path / "out"
    out.mkdir()
    for aid, text in first.items():
        write(out, f"{aid}.md", text)
    report = import_paths(library, [out])
    assert {r.outcome for r in report.results} == {Outcome.UNCHANGED}
    with library.session() as session:
        second = {a: render_document(article_to_document(load_article(session, a))) for a in (1, 2)}
    assert second == first
    assert "unknown_key: kept" in first[1] and "translation_of:" in first[2]
    assert "- b\n- a" in first[1]  # the writer's tag order survives

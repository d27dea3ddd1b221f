"""Imported translations (Markdown `translation_of`, WXR) follow their original and go stale with it."""

from __future__ import annotations

from pathlib import Path

from nejat_desk.services.articles import ArticleService
from nejat_desk.services.markdown_import import Outcome, import_paths
from nejat_desk.services.wxr_import import import_wxr

FIXTURE = Path(__file__).parent / "data" / "wordpress-export.xml"
EN = "---\ntitle: Big news\nedition: en\nslug: big-news\nexcerpt: Short\n---\n{body}\n"
FA = "---\ntitle: خبر\nedition: fa\nslug: khabar\ntranslation_of: {{edition: en, slug: big-news}}\n---\n{body}\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_markdown_translation_follows_its_original_across_reimports(library, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "en.md", EN.format(body="First.\n\nSecond."))
    write(folder, "fa.md", FA.format(body="یکم.\n\nدوم."))
    import_paths(library, [folder])
    articles = ArticleService(library)
    fa = articles.find_by_slug("fa", "khabar")
    assert fa is not None and not articles.is_stale(fa)
    write(folder, "en.md", EN.format(body="First.\n\nSecond, changed."))
    report = import_paths(library, [folder / "en.md"])
    assert [r.outcome for r in report.results] == [Outcome.UPDATED]
    assert articles.is_stale(fa)
    write(folder, "fa.md", FA.format(body="یکم.\n\nدوم، تغییر کرد."))  # a new translation file is an edit
    report = import_paths(library, [folder / "fa.md"])
    assert [r.outcome for r in report.results] == [Outcome.UPDATED] and articles.is_stale(fa)
    changes = articles.source_changes(fa)
    assert changes is not None and changes.then is not None and changes.then.body_md == "First.\n\nSecond.\n"
    articles.mark_up_to_date(fa)
    assert not articles.is_stale(fa)
    assert [r.outcome for r in import_paths(library, [folder]).results] == [Outcome.UNCHANGED] * 2
    assert not articles.is_stale(fa)


def test_a_translation_imported_before_its_original_follows_it_once_linked(library, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    import_paths(library, [write(folder, "fa.md", FA.format(body="متن"))])
    articles = ArticleService(library)
    fa = articles.find_by_slug("fa", "khabar")
    assert fa is not None and not articles.is_stale(fa)  # no original yet: nothing to follow
    import_paths(library, [write(folder, "en.md", EN.format(body="Text"))])
    assert {t.edition_code for t in articles.translations(fa)} == {"en", "fa"} and not articles.is_stale(fa)
    original = articles.find_by_slug("en", "big-news")
    assert original is not None
    articles.save_text(original, excerpt="Shorter")
    assert articles.is_stale(fa)


def test_wxr_translation_follows_its_original_and_goes_stale_when_it_changes(library, tmp_path: Path) -> None:
    import_wxr(library, FIXTURE)
    articles = ArticleService(library)
    en = articles.find_by_slug("en", "families-wait-for-news")
    assert en is not None
    fa = next(t.article_id for t in articles.translations(en) if t.edition_code == "fa")
    assert not articles.is_stale(fa)
    changed = tmp_path / "changed.xml"
    changed.write_text(FIXTURE.read_text().replace("many of them for the third day", "for a fourth day"))
    report = import_wxr(library, changed)
    assert report.updated == 1 and articles.is_stale(fa)
    assert articles.stale_translations(en) == [fa]
    import_wxr(library, changed)  # the same file again changes nothing, and does not bring it up to date
    assert articles.is_stale(fa)

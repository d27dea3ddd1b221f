"""A Newsletter issue rendered for email: inline styles, absolute image URLs, a plain-text part."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import html5lib
import pytest

from nejat_desk.core.errors import ValidationError
from nejat_desk.exporters.newsletter import render_newsletter
from nejat_desk.services.publications import PublicationService
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import RemoteLink, SiteProfile
from tests.schedule_data import plan_week


def _issue_with_toc(library: Library) -> tuple[int, object]:
    week = plan_week(library)
    PublicationService(library).save_issue(
        issue_id=week.issue, series_id=week.series, number=12, title="November",
        cover_media_id=week.image_with_alt, article_ids=[week.articles["en-1"], week.articles["en-2"],
                                                         week.articles["fa-1"]])
    return week.issue, week


def test_html_is_email_ready(library: Library) -> None:
    issue_id, week = _issue_with_toc(library)
    with library.session() as s:
        site = SiteProfile(name="main", base_url="https://nejat.example.org", username="desk")
        s.add(site)
        s.flush()
        s.add(RemoteLink(site_id=site.id, object_type="article", local_id=week.articles["en-1"], remote_id=501,
                         remote_link="https://nejat.example.org/2026/11/02/harbour-reopens/"))
    rendered = render_newsletter(library, issue_id)
    doc = html5lib.parse(rendered.html, namespaceHTMLElements=False)
    assert doc.find(".//style") is None and "<link" not in rendered.html
    images = doc.findall(".//img")
    assert images and all(img.get("src", "").startswith("https://") for img in images)
    assert images[0].get("alt") == "A street at dawn"
    links = [a.get("href") for a in doc.findall(".//a")]
    assert "https://nejat.example.org/2026/11/02/harbour-reopens/" in links
    # No synced link yet: the edition's permalink pattern with the scheduled date.
    assert any(h.startswith("https://nejat.example.org/fa/2026/11/03/") for h in links)
    for tag in ("h1", "h2", "p", "td"):
        assert all(el.get("style") for el in doc.findall(f".//{tag}")), tag
    assert rendered.subject == "The Newsletter #12: November"
    assert any("Council vote" in p for p in rendered.problems)  # its image has no web address
    text = rendered.text
    assert "Harbour reopens" in text and "The harbour opened again on Monday." in text
    assert "<" not in text
    rtl = [td for td in doc.findall(".//td") if td.get("dir") == "rtl"]
    assert rtl and "بازگشایی بندر" in "".join(rtl[0].itertext())


def test_eml_is_multipart_alternative(library: Library, tmp_path: Path) -> None:
    issue_id, _ = _issue_with_toc(library)
    written = PublicationService(library).export_newsletter(issue_id, tmp_path / "issue-12.eml",
                                                            sender="desk@example.org").written
    message = email.message_from_bytes(written[0].read_bytes(), policy=policy.default)
    assert message.get_content_type() == "multipart/alternative"
    assert message["Subject"] == "The Newsletter #12: November"
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]
    assert "بازگشایی بندر" in message.get_body(("html",)).get_content()


def test_two_files_and_refusals(library: Library, tmp_path: Path) -> None:
    issue_id, week = _issue_with_toc(library)
    written = PublicationService(library).export_newsletter(issue_id, tmp_path / "issue-12.html").written
    assert [p.name for p in written] == ["issue-12.html", "issue-12.txt"]
    assert written[0].read_text().startswith("<!DOCTYPE html>")
    books = PublicationService(library).create_series("books", "en", "Books")
    book = PublicationService(library).save_issue(series_id=books, number=1)
    with pytest.raises(ValidationError, match="not a Newsletter"):
        render_newsletter(library, book)
    with pytest.raises(ValidationError, match="no publication issue"):
        render_newsletter(library, 999)


def test_newsletter_writes_only_where_the_export_rule_allows(library: Library, tmp_path: Path,
                                                            library_dir: Path) -> None:
    from nejat_desk.services.export_destination import ExportDestinationError

    issue_id, _ = _issue_with_toc(library)
    service = PublicationService(library)
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes", encoding="utf-8")
    with pytest.raises(ExportDestinationError, match="not a previous"):
        service.export_newsletter(issue_id, tmp_path / "notes.html")  # would write notes.txt over mine
    assert notes.read_text(encoding="utf-8") == "my notes" and not (tmp_path / "notes.html").exists()
    with pytest.raises(ExportDestinationError, match="library"):
        service.export_newsletter(issue_id, library_dir / "library.sqlite3")
    assert not list(library_dir.glob("library.html")) and not list(library_dir.glob("library.txt"))
    first = service.export_newsletter(issue_id, tmp_path / "issue.html").written
    again = service.export_newsletter(issue_id, tmp_path / "issue.html").written  # its own files: replaced
    assert first == again
    eml = service.export_newsletter(issue_id, tmp_path / "issue.eml").written
    assert service.export_newsletter(issue_id, tmp_path / "issue.eml").written == eml

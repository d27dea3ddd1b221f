"""Issue #18, the newsletter: article links at the address of the article's page, the series'
footer (sender, postal address, unsubscribe line) in the HTML, the text part and the .eml's
List-Unsubscribe, email-client rules, and dates in the edition's calendar and digits."""

from __future__ import annotations

import email
import subprocess
import sys
from datetime import UTC, date, datetime
from email import policy
from pathlib import Path

import html5lib
import lxml.html as lxml_html

from nejat_desk.exporters.newsletter import render_newsletter
from nejat_desk.services.export import Selection, run_export
from nejat_desk.services.publications import PublicationService, SeriesFooter
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import Article, MediaItem, PublicationIssue, RemoteLink, SiteProfile
from tests.schedule_data import plan_week

FOOTER = SeriesFooter("  Nejat   Newsroom ", "12 Harbour Road\n\n  Basra 61001 \nIraq",
                      "To unsubscribe, visit https://nejat.example.org/unsubscribe?list=news or reply 'stop'.")


def _issue(library: Library) -> tuple[int, object]:
    week = plan_week(library)
    PublicationService(library).save_issue(
        issue_id=week.issue, series_id=week.series, number=12, title="November", issue_date=date(2026, 11, 6),
        cover_media_id=week.image_with_alt,
        article_ids=[week.articles["en-1"], week.articles["en-2"], week.articles["fa-1"]])
    return week.issue, week


def test_articles_are_linked_at_their_pages_address(library: Library, tmp_path: Path) -> None:
    issue_id, week = _issue(library)
    with library.session() as s:  # en-2 is not scheduled or published: dated by its creation, not the issue
        article = s.get(Article, week.articles["en-2"])
        article.scheduled_at = article.published_at = None
        article.created_at = datetime(2026, 10, 20, 9, tzinfo=UTC)
        site = SiteProfile(name="main", base_url="https://nejat.example.org", username="desk")
        s.add(site)
        s.flush()
        s.add(RemoteLink(site_id=site.id, object_type="article", local_id=week.articles["en-1"], remote_id=501,
                         remote_link="https://nejat.example.org/2026/11/02/harbour-reopens-today/"))
    doc = html5lib.parse(render_newsletter(library, issue_id).html, namespaceHTMLElements=False)
    links = {a.get("href") for a in doc.findall(".//h2/a")}
    out = tmp_path / "site"
    run_export(library, "html", out, Selection(article_ids=tuple(week.articles[k] for k in ("en-1", "en-2", "fa-1"))))
    canonical = set()
    for page in out.rglob("*.html"):
        tree = lxml_html.fromstring(page.read_bytes())
        if tree.xpath("//article/div[@class='body']"):
            canonical.update(tree.xpath("//link[@rel='canonical']/@href"))
    assert links == canonical and len(links) == 3
    assert "https://nejat.example.org/2026/10/20/" in "".join(links)  # its own date, not the issue's (11/06)
    assert "https://nejat.example.org/2026/11/02/harbour-reopens-today/" in links  # the site's own address


def test_footer_text_part_and_list_unsubscribe(library: Library, tmp_path: Path) -> None:
    issue_id, week = _issue(library)
    service = PublicationService(library)
    assert any("footer" in p for p in render_newsletter(library, issue_id).problems)  # not set yet: said so
    stored = service.set_footer(week.series, FOOTER)
    assert stored == SeriesFooter("Nejat Newsroom", "12 Harbour Road\nBasra 61001\nIraq", FOOTER.unsubscribe)
    assert next(s for s in service.series() if s.id == week.series).footer == stored
    rendered = render_newsletter(library, issue_id)
    assert not any("footer" in p for p in rendered.problems)
    doc = html5lib.parse(rendered.html, namespaceHTMLElements=False)
    foot = doc.findall(".//td")[-1]  # the last row of the column
    lines = ["".join(p.itertext()) for p in foot.findall(".//p")]
    assert lines[:2] == ["Sent by Nejat Newsroom", "12 Harbour RoadBasra 61001Iraq"]
    assert len(foot.findall(".//p")[1].findall("br")) == 2
    assert [a.get("href") for a in foot.findall(".//a")][0] == "https://nejat.example.org/unsubscribe?list=news"
    text = rendered.text
    assert text.endswith("--\nSent by Nejat Newsroom\n12 Harbour Road\nBasra 61001\nIraq\n"
                         + FOOTER.unsubscribe + "\nhttps://nejat.example.org\n")
    assert "Harbour reopens" in text and "<" not in text
    written = service.export_newsletter(issue_id, tmp_path / "n.eml").written
    message = email.message_from_bytes(written[0].read_bytes(), policy=policy.default)
    assert message["List-Unsubscribe"] == "<https://nejat.example.org/unsubscribe?list=news>"
    assert "Basra 61001" in message.get_body(("plain",)).get_content()


def test_email_client_rules(library: Library) -> None:
    issue_id, week = _issue(library)
    PublicationService(library).set_footer(week.series, FOOTER)
    with library.session() as s:
        s.get(MediaItem, week.image_with_alt).width, s.get(MediaItem, week.image_with_alt).height = 1600, 1000
    rendered = render_newsletter(library, issue_id)
    lowered = rendered.html.lower()
    for banned in ("<script", "<form", "<style", "<link", "<input", "<button", "class="):
        assert banned not in lowered, banned
    doc = html5lib.parse(rendered.html, namespaceHTMLElements=False)
    for img in doc.findall(".//img"):
        assert img.get("alt") and img.get("width") and "max-width" in img.get("style", "")
    cover = doc.findall(".//img")[0]
    assert (cover.get("width"), cover.get("height")) == ("600", "375")
    tables = doc.findall(".//table")
    assert tables and all(t.get("role") == "presentation" for t in tables)
    for tag in ("h1", "h2", "p", "td", "a"):
        assert all(el.get("style") for el in doc.findall(f".//{tag}")), tag


def test_farsi_newsletter_dates_and_numbers(library: Library) -> None:
    week = plan_week(library)
    service = PublicationService(library)
    series = service.create_series("newsletter", "fa", "خبرنامه")
    issue = service.save_issue(series_id=series, number=12, issue_date=date(2026, 12, 6),
                               article_ids=[week.articles["fa-1"]])
    rendered = render_newsletter(library, issue)
    assert rendered.subject == "خبرنامه #۱۲"
    doc = html5lib.parse(rendered.html, namespaceHTMLElements=False)
    shown = doc.find(".//time")
    assert shown.text == "۱۵ آذر ۱۴۰۵" and shown.get("dir") == "rtl" and shown.get("datetime") == "2026-12-06"
    assert rendered.text.splitlines()[:2] == ["خبرنامه #۱۲", "۱۵ آذر ۱۴۰۵"]
    with library.session() as s:
        assert s.get(PublicationIssue, issue) is not None


def test_footer_from_the_command_line(library: Library, tmp_path: Path) -> None:
    week = plan_week(library)
    root = library.layout.root
    library.close()
    base = [sys.executable, "-m", "nejat_desk", "--library", str(root), "schedule", "footer", "--series", "newsletter"]
    done = subprocess.run([*base, "--sender", "Nejat", "--address", "1 Road\\nCity", "--unsubscribe",
                           "Reply STOP"], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    shown = subprocess.run(base, capture_output=True, text=True, check=False, timeout=120)
    assert '"address": "1 Road\\nCity"' in shown.stdout and '"sender": "Nejat"' in shown.stdout
    reopened = Library.open(root)
    try:
        footer = next(s for s in PublicationService(reopened).series() if s.id == week.series).footer
        assert footer == SeriesFooter("Nejat", "1 Road\nCity", "Reply STOP")
    finally:
        reopened.close()
    missing = subprocess.run([*base[:-1], "no-such-series"], capture_output=True, text=True, check=False, timeout=120)
    assert missing.returncode == 1 and "no-such-series" in missing.stderr

"""Publication series and issues with an ordered table of contents."""

from __future__ import annotations

from datetime import date

import pytest

from nejat_desk.core.errors import ValidationError
from nejat_desk.services.publications import PublicationService
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import MediaItem
from tests.schedule_data import plan_week


def test_series_and_issue_with_ordered_toc(library: Library) -> None:
    week = plan_week(library)
    service = PublicationService(library)
    books = service.create_series("books", "fa", "کتاب‌ها")
    brief = service.create_series("brief", "en", "The Brief", "brief")
    assert {s.kind for s in service.series()} == {"books", "brief", "newsletter"}
    assert service.next_number(brief) == 1
    with library.session() as s:
        pdf = MediaItem(kind="pdf", original_filename="brief-1.pdf")
        s.add(pdf)
        s.flush()
        pdf_id = pdf.id
    toc = [week.articles["sq-1"], week.articles["en-1"], week.articles["ar-1"]]
    issue_id = service.save_issue(series_id=brief, number=1, issue_date=date(2026, 11, 9), title="First",
                                  cover_media_id=week.image_with_alt, pdf_media_id=pdf_id, article_ids=toc)
    info = service.issue(issue_id)
    assert [c.article_id for c in info.contents] == toc
    assert info.pdf_media_id == pdf_id and info.issue_date == date(2026, 11, 9)
    # Reorder (the same rows in a new order) and drop one.
    service.save_issue(issue_id=issue_id, series_id=brief, number=1, article_ids=[toc[2], toc[0]])
    assert [c.article_id for c in service.issue(issue_id).contents] == [toc[2], toc[0]]
    assert service.next_number(brief) == 2
    assert [i.number for i in service.issues(books)] == []


def test_bad_issue_input_is_refused_and_nothing_half_saved(library: Library) -> None:
    week = plan_week(library)
    service = PublicationService(library)
    with pytest.raises(ValidationError, match="already has an issue number 12"):
        service.save_issue(series_id=week.series, number=12)
    with pytest.raises(ValidationError, match="cover must be an image"):
        with library.session() as s:
            pdf = MediaItem(kind="pdf")
            s.add(pdf)
            s.flush()
            pdf_id = pdf.id
        service.save_issue(series_id=week.series, number=13, cover_media_id=pdf_id)
    with pytest.raises(ValidationError, match="PDF must be a pdf"):
        service.save_issue(series_id=week.series, number=13, pdf_media_id=week.image_with_alt)
    with pytest.raises(ValidationError, match="appears twice"):
        service.save_issue(series_id=week.series, number=13, article_ids=[1, 1])
    with pytest.raises(ValidationError, match="article 999"):
        service.save_issue(issue_id=week.issue, series_id=week.series, number=12, article_ids=[999])
    with pytest.raises(ValidationError, match="1 or more"):
        service.save_issue(series_id=week.series, number=0)
    with pytest.raises(ValidationError, match="Unknown edition"):
        service.create_series("books", "de", "Bücher")
    with pytest.raises(ValidationError, match="already exists"):
        service.create_series("newsletter", "en", "Again", "newsletter")
    assert [i.number for i in service.issues(week.series)] == [12]
    assert service.issue(week.issue).title == "November"

"""Shared helpers for the Articles workspace tests: a library with a few articles."""

from __future__ import annotations

from datetime import UTC, datetime

from nejat_desk.services.articles import ArticleService


def seed_articles(library) -> dict[str, int]:
    service = ArticleService(library)
    ids = {
        "en": service.create("en", "Water crisis in Basra", "First paragraph about **water**.",
                             category_path="World/Iraq", tags=["water", "iraq"], byline="Sara Ahmed"),
        "en2": service.create("en", "Annual report", "The report.", category_path="Reports", tags=["report"],
                              byline="Desk"),
        "fa": service.create("fa", "بحران آب در بصره", "پاراگراف اول درباره‌ی آب.", category_path="جهان",
                             tags=["آب"], byline="سارا"),
        "ar": service.create("ar", "أزمة المياه", "الفقرة الأولى.", byline="سارة"),
        "sq": service.create("sq", "Kriza e ujit", "Paragrafi i parë.", byline="Sara"),
    }
    service.set_status(ids["en2"], "scheduled", scheduled_at=datetime(2030, 1, 2, 9, 0, tzinfo=UTC))
    return ids

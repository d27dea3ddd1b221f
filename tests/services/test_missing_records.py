"""'There is no site/article/gallery …' has one home each (sites.load_site, articles.get_article,
galleries.get_gallery): every service that looks one up by id says it in the same, once-translated
words."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from nejat_desk.core import i18n
from nejat_desk.core.errors import ValidationError
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.schedule import ScheduleService
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.conflicts import store_site_version
from nejat_desk.services.wordpress.credentials import CredentialStore
from nejat_desk.services.wordpress.outbox import Outbox
from nejat_desk.services.wordpress.pull import Puller
from nejat_desk.services.wordpress.push import Pusher
from nejat_desk.services.wordpress.sites import SiteService

MARKS = {("services.wordpress.sites", "There is no site with id {site_id}."): "NO-SITE {site_id}",
         ("services.articles", "There is no article with id {article_id}."): "NO-ARTICLE {article_id}",
         ("services.galleries", "There is no gallery #{id}."): "NO-GALLERY {id}"}


@pytest.fixture
def marked() -> Iterator[None]:
    previous = i18n.installed()
    i18n.install(lambda context, text, _d: MARKS.get((context, text)))
    try:
        yield
    finally:
        i18n.install(previous)


def _sites(library: Any) -> SiteService:
    return SiteService(library, CredentialStore())


@pytest.mark.parametrize("look_up", [
    lambda library, client: Puller(client, library, 99),
    lambda library, client: Pusher(client, library, 99),
    lambda library, client: Outbox(library, _sites(library)).enqueue(99, "article", 1, status="draft"),
    lambda library, client: _sites(library).get(99),
], ids=["pull", "push", "outbox", "sites"])
def test_every_service_says_no_such_site_alike(library: Any, marked: None,
                                               look_up: Callable[[Any, WordPressClient], object]) -> None:
    with WordPressClient("https://site.example") as client, pytest.raises(ValidationError) as info:
        look_up(library, client)
    assert str(info.value) == "NO-SITE 99"


def _site_version(library: Any) -> None:
    with library.session() as session:
        store_site_version(session, 4242, {"title": "t", "content": "c"}, "Main")


@pytest.mark.parametrize("look_up", [
    _site_version,
    lambda library: ArticleService(library).save_text(4242, body_md="x"),
    lambda library: ScheduleService(library).find_snippet(4242, "telegram"),
], ids=["pull-conflict", "autosave", "schedule"])
def test_every_service_says_no_such_article_alike(library: Any, marked: None,
                                                  look_up: Callable[[Any], object]) -> None:
    with pytest.raises(ValidationError) as info:
        look_up(library)
    assert str(info.value) == "NO-ARTICLE 4242"


def test_importing_into_a_missing_gallery_says_so_as_the_galleries_do(library: Any, marked: None,
                                                                      tmp_path: Any) -> None:
    from nejat_desk.services.media_import import import_media

    with pytest.raises(ValidationError) as info:
        import_media(library, [tmp_path / "a.jpg"], gallery_id=77)
    assert str(info.value) == "NO-GALLERY 77"

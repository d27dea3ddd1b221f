"""The application layer's front door: one `Desk` per open library.

The composition roots (`app.py` for the window, the command line's library opener) build it
once; the front ends reach every use case through it (`desk.articles`, `desk.schedule`, ...).
Each service is created on first use and its module imported only then, so building a Desk
costs nothing at start-up (SQLAlchemy's ORM must not load before the window's first paint).

Every service follows one style: a class bound to the open library, each public method its
own unit of work, taking and returning plain typed values (ids, strings, frozen dataclasses),
never ORM objects, sessions or connections. Add a service with one cached property below.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nejat_desk.services.article_list import ArticleListService
    from nejat_desk.services.articles import ArticleService
    from nejat_desk.services.publications import PublicationService
    from nejat_desk.services.schedule import ScheduleService
    from nejat_desk.services.search import SearchService
    from nejat_desk.storage.library import Library


class Desk:
    """The services of one open library. Cheap to build; services are made on first use."""

    def __init__(self, library: Library) -> None:
        self.library = library

    @cached_property
    def articles(self) -> ArticleService:
        from nejat_desk.services.articles import ArticleService

        return ArticleService(self.library)

    @cached_property
    def article_list(self) -> ArticleListService:
        from nejat_desk.services.article_list import ArticleListService

        return ArticleListService(self.library)

    @cached_property
    def search(self) -> SearchService:
        from nejat_desk.services.search import SearchService

        return SearchService(self.library)

    @cached_property
    def schedule(self) -> ScheduleService:
        from nejat_desk.services.schedule import ScheduleService

        return ScheduleService(self.library)

    @cached_property
    def publications(self) -> PublicationService:
        from nejat_desk.services.publications import PublicationService

        return PublicationService(self.library)

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
    from nejat_desk.services.editions import EditionService
    from nejat_desk.services.example_content import ExampleContentService
    from nejat_desk.services.galleries import GalleryService
    from nejat_desk.services.imports import ImportService
    from nejat_desk.services.media import MediaService
    from nejat_desk.services.preflight import PreflightService
    from nejat_desk.services.publications import PublicationService
    from nejat_desk.services.recovery import RecoveryJournal
    from nejat_desk.services.schedule import ScheduleService
    from nejat_desk.services.search import SearchService
    from nejat_desk.services.trash import TrashService
    from nejat_desk.services.wordpress.credentials import CredentialStore
    from nejat_desk.services.wordpress.sites import SiteService
    from nejat_desk.services.wordpress.sync import SyncService
    from nejat_desk.storage.library import Library


class Desk:
    """The services of one open library. Cheap to build; services are made on first use."""

    def __init__(self, library: Library, *, credentials: CredentialStore | None = None) -> None:
        """`credentials`: the passwords of this application run (default: the system keyring
        behind a fresh session memory); tests give one with their own keyring."""
        self.library = library
        self._credentials = credentials

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
    def editions(self) -> EditionService:
        from nejat_desk.services.editions import EditionService

        return EditionService(self.library)

    @cached_property
    def schedule(self) -> ScheduleService:
        from nejat_desk.services.schedule import ScheduleService

        return ScheduleService(self.library)

    @cached_property
    def imports(self) -> ImportService:
        from nejat_desk.services.imports import ImportService

        return ImportService(self.library)

    @cached_property
    def publications(self) -> PublicationService:
        from nejat_desk.services.publications import PublicationService

        return PublicationService(self.library)

    @cached_property
    def media(self) -> MediaService:
        from nejat_desk.services.media import MediaService

        return MediaService(self.library)

    @cached_property
    def galleries(self) -> GalleryService:
        from nejat_desk.services.galleries import GalleryService

        return GalleryService(self.library)

    @cached_property
    def preflight(self) -> PreflightService:
        from nejat_desk.services.preflight import PreflightService

        return PreflightService(self.library)

    @cached_property
    def trash(self) -> TrashService:
        from nejat_desk.services.trash import TrashService

        return TrashService(self.library)

    @cached_property
    def examples(self) -> ExampleContentService:
        from nejat_desk.services.example_content import ExampleContentService

        return ExampleContentService(self.library)

    @cached_property
    def recovery(self) -> RecoveryJournal:
        from nejat_desk.services.recovery import RecoveryJournal

        return RecoveryJournal(self.library)

    @cached_property
    def sync(self) -> SyncService:
        from nejat_desk.services.wordpress.sync import SyncService

        return SyncService(self.library, self._credentials)

    @property
    def sites(self) -> SiteService:
        """The site profiles; the same service (and passwords) as `sync.sites`."""
        return self.sync.sites

"""Imported translations waiting for their original: `translation_of` kept in `Article.extra` until
an article with that (edition, slug) is in the library, then linked into its translation group.

The one home of that rule for the Markdown import, the WXR import and the example library. Finding
the waiting articles needs one pass over the articles table (nothing indexes `extra`), so an import
run makes that pass once (`PendingTranslations.scan`) and then keeps the set up to date itself: each
batch links what it made linkable in its own transaction, by the originals' unique (edition, slug)
index. Linking a file once cost a pass over the table (94 % of a file's import at 5,000 articles).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from nejat_desk.services import translation_bases
from nejat_desk.services.articles import ensure_translation_group
from nejat_desk.storage.models import Article

Key = tuple[str, str]  # (edition, slug) of an original


def waiting_for(article: Article) -> Key | None:
    """The (edition, slug) of the original `article` still waits for, if any."""
    pending = (article.extra or {}).get("translation_of")
    if not isinstance(pending, dict):
        return None
    return str(pending.get("edition")), str(pending.get("slug"))


@dataclass
class PendingTranslations:
    """Which articles wait for which original; a value, copied per batch so a rolled-back batch
    leaves the set as the library is (`copy`, then keep the copy only once the batch is committed)."""

    waiting: dict[Key, set[int]] = field(default_factory=dict)

    @classmethod
    def scan(cls, session: Session) -> PendingTranslations:
        """Every waiting article in the library: one pass over the table. The pass also reads every
        article's title and slug, the text an import matches and shows, so a library whose text is
        damaged is named as such before an import writes into it (the old pass loaded whole articles)."""
        found = cls()
        rows = session.connection().exec_driver_sql(
            "SELECT id, title, slug, json_extract(extra, '$.translation_of.edition'), "
            "json_extract(extra, '$.translation_of.slug') FROM articles")
        for article_id, _title, _slug, edition, slug in rows:
            if edition is not None and slug is not None:
                found.waiting.setdefault((str(edition), str(slug)), set()).add(article_id)
        return found

    def copy(self) -> PendingTranslations:
        return PendingTranslations({key: set(ids) for key, ids in self.waiting.items()})

    def link(self, session: Session, touched: Iterable[Article]) -> None:
        """After `touched` were created or updated in this transaction: link each that waits for an
        original now present, and every waiting article whose original is one of them."""
        for article in touched:
            key = waiting_for(article)
            if key is not None:
                original = _article_at(session, key)
                if original is None:
                    self.waiting.setdefault(key, set()).add(article.id)
                else:
                    _link(session, article, original)
            for waiting_id in sorted(self.waiting.pop((article.edition_code, article.slug), ())):
                translation = session.get(Article, waiting_id)
                # Checked again: a later import may have changed what it waits for, or linked it.
                if translation is not None and waiting_for(translation) == (article.edition_code, article.slug):
                    _link(session, translation, article)

    def link_ready(self, session: Session) -> None:
        """Link every waiting article whose original is in the library now (a first pass after `scan`)."""
        for key in list(self.waiting):
            original = _article_at(session, key)
            if original is not None:
                self.link(session, [original])


def _article_at(session: Session, key: Key) -> Article | None:
    return session.scalars(select(Article).where(Article.edition_code == key[0], Article.slug == key[1])).first()


def _link(session: Session, translation: Article, original: Article) -> None:
    from nejat_desk.services.markdown_import import is_clean_import, mark_imported

    if original.id == translation.id:
        return
    clean = {a.id: is_clean_import(a) for a in (original, translation)}
    translation.translation_group = ensure_translation_group(session, original)
    # It follows the original as it is now; re-linked on a re-import, it keeps what it followed.
    translation_bases.follow_source(session, translation, original, keep_existing=True)
    extra = dict(translation.extra)
    extra.pop("translation_of")
    translation.extra = extra
    for linked in (original, translation):  # linking is not a local edit
        if clean[linked.id]:
            mark_imported(session, linked)


def link_pending_translations(session: Session) -> None:
    """Link every waiting article whose original is now in the library (one pass over the table):
    for a single transaction that imports a few files, such as the example library."""
    PendingTranslations.scan(session).link_ready(session)

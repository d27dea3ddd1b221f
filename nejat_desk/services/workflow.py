"""Workflow rules: what an article needs before it may be ready, scheduled or published.

The one home of these rules. The window's status menu and the command line (through
ArticleService), the Markdown and WXR imports, pulls from a site and publishing to one all ask
here, so each meets the same rule with the same message. What each does with a broken rule:
- a status change (window, command line) is refused with the message;
- an import keeps the file's text but stores the article as a draft, with a report line that
  names the rule (refusing the file would lose the writer's text over a missing alt text);
- a pull keeps the site's status (the post is already out there) and reports the rule broken;
- publishing or scheduling on a site is refused with the message.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from nejat_desk.core.domain import ArticleStatus, MediaKind
from nejat_desk.core.edition_names import edition_name
from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import join_list, translate
from nejat_desk.services.media import missing_alt_text
from nejat_desk.storage.models import Article, MediaItem

# The statuses that say "this can go out": each needs what a reader will see.
GATED_STATUSES = frozenset({ArticleStatus.READY, ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED})


def status_problems(session: Session, article: Article, status: ArticleStatus | str) -> list[str]:
    """Every rule `article` (as it is in `session`) breaks for `status`, each as a sentence."""
    status = ArticleStatus(status)
    problems: list[str] = []
    if status is ArticleStatus.SCHEDULED and article.scheduled_at is None:
        problems.append(translate("services.workflow", "A scheduled article needs a date and time."))
    if status not in GATED_STATUSES:
        return problems
    if not (article.title or "").strip():
        problems.append(translate("services.workflow", "The article needs a title before it can be marked ready."))
    media_ids = [m for m in [article.featured_media_id, *(a.media_id for a in article.attachments)] if m]
    missing = missing_alt_text(session, media_ids, article.edition_code) if media_ids else []
    if missing:
        problems.append(translate("services.workflow", "Alt text in the {edition} edition is missing for: {media}. "
                                  "Add it in Media before marking the article ready.").format(
            edition=edition_name(article.edition_code), media=join_list(str(m) for m in missing)))
    return problems


def check_status(session: Session, article: Article, status: ArticleStatus | str) -> None:
    """Refuse `status` for `article` with every broken rule named."""
    problems = status_problems(session, article, status)
    if problems:
        raise ValidationError(" ".join(problems))


def flag_site_images_without_alt(session: Session, article: Article) -> None:
    """For imports from a site (WXR, pull): an image the site hosts (no file in the library) with no
    alt text in the article's edition came that way from the site. It is flagged for the editor, like
    one the site gave no alt text at all, rather than blocking a post the site already shows."""
    ids = [m for m in [article.featured_media_id, *(a.media_id for a in article.attachments)] if m]
    for item in session.scalars(select(MediaItem).where(MediaItem.id.in_(ids), MediaItem.sha256.is_(None),
                                                        MediaItem.kind == MediaKind.IMAGE.value)):
        if not any(t.edition_code == article.edition_code and (t.alt_text or "").strip() for t in item.texts):
            item.alt_missing_from_site = True
    session.flush()


def settle_imported_status(session: Session, article: Article) -> str:
    """After an import wrote `article`: a status the rules refuse becomes draft. Returns the report
    line naming the rules ("" when the status stands)."""
    problems = status_problems(session, article, article.status)
    if not problems:
        return ""
    wanted = article.status
    article.status = ArticleStatus.DRAFT.value
    session.flush()
    return translate("services.workflow", "stored as a draft, not {status}: {problems}").format(
        status=wanted, problems=" ".join(problems))

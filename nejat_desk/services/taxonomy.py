"""Categories and tags by name: one identity rule for every path that creates them.

A category's or a tag's identity in an edition is its name without regard to case (Unicode case
folding after NFC, so "Iraq", "iraq" and "IRAQ" are one, and so are "Ëndrra" and "ëndrra"); the
first spelling the library met is kept. Imports (Markdown, WXR), the editor and the command line
all come here, so a file that says `tags: [Iraq, iraq]` or a post tagged Iraq and IRAQ is one tag.
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from nejat_desk.core.slugs import slugify, unique_slug
from nejat_desk.storage.models import Category, Tag


def name_key(name: str) -> str:
    """What makes two names the same category or tag: NFC, case-folded, outer spaces gone."""
    return unicodedata.normalize("NFC", name).strip().casefold()


def unique_names(names: list[str]) -> list[str]:
    """`names` without blanks and without repeats that differ only in case, first spelling kept, in order."""
    seen: dict[str, str] = {}
    for name in (n.strip() for n in names):
        if name and name_key(name) not in seen:
            seen[name_key(name)] = name
    return list(seen.values())


def find_category(session: Session, edition: str, parent: Category | None, name: str) -> Category | None:
    """The category called `name` (any case) directly under `parent` (None: top level), oldest first."""
    query = select(Category).where(Category.edition_code == edition)
    query = query.where(Category.parent_id == parent.id) if parent is not None else query.where(
        Category.parent_id.is_(None))
    key = name_key(name)
    # Siblings are few (a site's menu), so they are compared here: SQLite's lower() folds only ASCII.
    return next((c for c in session.scalars(query.order_by(Category.id)) if name_key(c.name) == key), None)


def category_for_path(session: Session, edition: str, path: str, *, create: bool = True) -> Category | None:
    """The category at 'World/Iraq' in an edition (each level's name in any case), creating missing levels
    when asked, with a slug made from the name (numbered when the edition already has it)."""
    parent: Category | None = None
    for name in [p.strip() for p in path.split("/") if p.strip()]:
        found = find_category(session, edition, parent, name)
        if found is None:
            if not create:
                return None
            taken = set(session.scalars(select(Category.slug).where(Category.edition_code == edition)))
            found = Category(edition_code=edition, name=name, slug=unique_slug(slugify(name), taken), parent=parent)
            session.add(found)
            session.flush()
        parent = found
    return parent


def find_tag(session: Session, edition: str, name: str) -> Tag | None:
    """The tag called `name` in any case (or with `name`'s slug), oldest first."""
    slug = slugify(name)
    by_slug = session.scalars(select(Tag).where(Tag.edition_code == edition, Tag.slug == slug)).first()
    if by_slug is not None:
        return by_slug
    key = name_key(name)
    # A tag made elsewhere (a site's own slug) is matched by its name; the ASCII-folded LIKE narrows the scan.
    pattern = name.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    candidates = session.scalars(select(Tag).where(Tag.edition_code == edition,
                                                   Tag.name.ilike(pattern, escape="\\")).order_by(Tag.id))
    return next((t for t in candidates if name_key(t.name) == key), None)


def tags_for_names(session: Session, edition: str, names: list[str]) -> list[Tag]:
    """The tags for `names` in order, created when missing; each tag once, however often it is named."""
    tags: dict[int, Tag] = {}
    for name in unique_names(names):
        tag = find_tag(session, edition, name)
        if tag is None:
            taken = set(session.scalars(select(Tag.slug).where(Tag.edition_code == edition)))
            tag = Tag(edition_code=edition, name=name, slug=unique_slug(slugify(name), taken))
            session.add(tag)
            session.flush()
        tags.setdefault(tag.id, tag)  # two names can share a slug ("C++" and "C"): one link
    return list(tags.values())

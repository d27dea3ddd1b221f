"""Categories and tags on the site: matched by slug, created when missing, remembered in
`remote_links` (object types "category" and "tag")."""

from __future__ import annotations

import logging
from typing import Any

from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.errors import SiteError
from nejat_desk.services.wordpress.remote import decode_slug, find_by_remote, find_link, record_link
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import Category, Tag

log = logging.getLogger(__name__)

ROUTES = {"category": "/wp/v2/categories", "tag": "/wp/v2/tags"}


def find_or_create_term(client: WordPressClient, taxonomy: str, name: str, slug: str,
                        parent: int | None = None) -> tuple[int, bool]:
    """(remote id, created) for a term with this slug, creating it if the site has none."""
    route = ROUTES[taxonomy]
    found = client.get(route, {"slug": slug, "context": "edit", "hide_empty": "false"})
    for term in found if isinstance(found, list) else []:
        if decode_slug(term.get("slug", "")) == slug or len(found) == 1:
            return int(term["id"]), False
    data: dict[str, Any] = {"name": name, "slug": slug}
    if parent:
        data["parent"] = parent
    try:
        created = client.post(route, data)
    except SiteError as exc:
        # Same name under the same parent with another slug: WordPress says term_exists and gives its id.
        if exc.server_code == "term_exists":
            term_id = _term_exists_id(client, route, name)
            if term_id:
                return term_id, False
        raise
    return int(created["id"]), True


def _term_exists_id(client: WordPressClient, route: str, name: str) -> int | None:
    for term in client.get(route, {"search": name, "context": "edit", "per_page": 100}):
        if term.get("name") == name:
            return int(term["id"])
    return None


def ensure_category(client: WordPressClient, library: Library, site_id: int, category_id: int) -> int:
    """The site's id for a local category (and its parents), creating what is missing.

    Short sessions around each network call: no write lock on the library is held while waiting
    for the site, so autosave never waits on the network."""
    with library.session() as session:
        link = find_link(session, site_id, "category", category_id)
        if link is not None:
            return link.remote_id
        category = session.get(Category, category_id)
        if category is None:
            raise ValueError(f"no category {category_id}")
        name, slug, parent_id = category.name, category.slug, category.parent_id
    parent_remote = ensure_category(client, library, site_id, parent_id) if parent_id else None
    remote_id, created = find_or_create_term(client, "category", name, slug, parent_remote)
    with library.session() as session:
        _link_term(session, site_id, "category", category_id, remote_id, slug)
    log.info("category %s %s as %s on site %s", category_id, "created" if created else "matched", remote_id,
             site_id)
    return remote_id


def ensure_tag(client: WordPressClient, library: Library, site_id: int, tag_id: int) -> int:
    with library.session() as session:
        link = find_link(session, site_id, "tag", tag_id)
        if link is not None:
            return link.remote_id
        tag = session.get(Tag, tag_id)
        if tag is None:
            raise ValueError(f"no tag {tag_id}")
        name, slug = tag.name, tag.slug
    remote_id, _created = find_or_create_term(client, "tag", name, slug)
    with library.session() as session:
        _link_term(session, site_id, "tag", tag_id, remote_id, slug)
    return remote_id


def _link_term(session: Any, site_id: int, kind: str, local_id: int, remote_id: int, slug: str) -> None:
    # One local term per remote term: an older link to the same remote id (two local
    # categories with one slug in two editions sharing a site) keeps its place.
    if find_by_remote(session, site_id, kind, remote_id) is None:
        record_link(session, site_id, kind, local_id, remote_id, slug=slug)
    session.flush()

"""Titles and excerpts are text on the site too (issue #12 item 3, the WordPress path): pushed
through REST they show whole on the site, come back unchanged on pull (with and without the
companion plugin, for a user WordPress trusts with HTML and one it filters), and a pull after a
push sees no change, so there is no false conflict."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
import wp_companion
from wp_helpers import site_post, unique

from nejat_desk.services.articles import ArticleService
from nejat_desk.services.wordpress.credentials import CredentialStore
from nejat_desk.services.wordpress.outbox import Outbox
from nejat_desk.services.wordpress.pull import Puller
from nejat_desk.services.wordpress.sites import SiteService
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import Article, RemoteLink

pytestmark = pytest.mark.wordpress

TEXTS = [  # (title, excerpt): what kses, wptexturize and a browser would each cut if sent as HTML
    ("Why x<y matters", "When a<b and c>d, then a&b."),
    ("Tom & Jerry", "Cat &amp; mouse is written with an entity."),
    ("JavaScript: the good parts", "<Leader> keys and <em>not emphasis</em> as text"),
]

AUTHOR_PHP = """
$user = get_user_by('login', 'text-author');
$id = $user ? $user->ID : wp_insert_user(array('user_login' => 'text-author', 'user_pass' => wp_generate_password(24),
    'role' => 'author', 'user_email' => 'text-author@example.org'));
list($password, $item) = WP_Application_Passwords::create_new_application_password(
    $id, array('name' => 'text-' . wp_generate_password(6, false)));
echo 'NEJAT-PW:' . $password . ':' . (user_can($id, 'unfiltered_html') ? 'html' : 'filtered');
"""


def _user(site: Any, who: str) -> tuple[str, str]:
    """(user, Application Password): the administrator (unfiltered_html), or an author (kses filters)."""
    if who == "administrator":
        return site.admin_user, site.admin_app_password
    password, trust = site.php_eval(AUTHOR_PHP).rsplit("NEJAT-PW:", 1)[1].strip().rsplit(":", 1)
    assert trust == "filtered"  # the case where WordPress deletes what looks like a tag
    return "text-author", password


def _desk(folder: Path, site: Any, keyring: Any, user: str, password: str) -> tuple[Library, SiteService, int]:
    library = Library.open(folder, create=True)
    sites = SiteService(library, CredentialStore(backend=keyring), timeout=30)
    return library, sites, sites.add("Newsroom", site.url(), user, ["en"], password=password)


def _pull_one(library: Library, sites: SiteService, site_id: int, remote_id: int):
    with sites.client(site_id) as client:
        return Puller(client, library, site_id, "en").pull_post(remote_id)


@pytest.mark.parametrize("plugin", [True, False], ids=["companion", "core"])
@pytest.mark.parametrize("who", ["administrator", "author"])
def test_titles_and_excerpts_travel_as_text(wordpress_site, tmp_path, memory_keyring, plugin, who) -> None:
    wp_companion.install(wordpress_site)
    wp_companion.set_active(wordpress_site, plugin)
    libraries: list[Library] = []
    try:
        user, password = _user(wordpress_site, who)
        a_lib, a_sites, a_site = _desk(tmp_path / "a", wordpress_site, memory_keyring, user, password)
        b_lib, b_sites, b_site = _desk(tmp_path / "b", wordpress_site, memory_keyring, user, password)
        libraries += [a_lib, b_lib]
        marker = unique()
        articles = ArticleService(a_lib)
        ids = [articles.create("en", f"{title} {marker}", "Body text.", excerpt=excerpt, slug=f"text-{n}-{marker}")
               for n, (title, excerpt) in enumerate(TEXTS)]
        outbox = Outbox(a_lib, a_sites)
        report = outbox.flush(job_ids=[outbox.enqueue(a_site, "article", i, status="draft") for i in ids])
        assert report.ok and len(report.done) == 3, report
        with a_lib.session() as s:
            remote = {i: s.query(RemoteLink).filter_by(object_type="article", local_id=i).one().remote_id for i in ids}

        with a_sites.client(a_site) as client:
            for i, (title, excerpt) in zip(ids, TEXTS, strict=True):
                post = site_post(client, remote[i])
                # The site shows the whole title: its rendered HTML is the title escaped (a browser reads
                # a bare "<" as the start of a tag and hides the rest).
                rendered = post["title"]["rendered"]
                assert "<" not in rendered and html.unescape(rendered) == f"{title} {marker}", post["title"]
                assert html.unescape(post["excerpt"]["raw"]) == excerpt, post["excerpt"]

        for i, (title, excerpt) in zip(ids, TEXTS, strict=True):  # desk B: the same text
            pulled = _pull_one(b_lib, b_sites, b_site, remote[i])
            assert len(pulled.created) == 1 and not pulled.conflicts, pulled
            with b_lib.session() as s:
                article = s.get(Article, pulled.created[0])
                assert (article.title, article.excerpt) == (f"{title} {marker}", excerpt)

        for i in ids:  # desk A: what it pushed is what the site holds, so nothing changed and no conflict
            again = _pull_one(a_lib, a_sites, a_site, remote[i])
            assert again.unchanged == 1 and not again.updated and not again.conflicts, again
        articles.save_text(ids[0], body_md="Body text, edited.")
        report = outbox.flush(job_ids=[outbox.enqueue(a_site, "article", ids[0], status="draft")])
        assert report.ok and len(report.done) == 1, report  # not a conflict: the site still held what was sent
        with a_lib.session() as s:
            assert s.get(Article, ids[0]).title == f"{TEXTS[0][0]} {marker}"
    finally:
        for library in libraries:
            library.close()
        wp_companion.set_active(wordpress_site, False)

"""Stale translations and the real WordPress: a push reports the stale translation it carried, and
pulls that change the original make its translations stale (a pulled change of the translation
does not bring it up to date)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from wp_helpers import unique

from nejat_desk.services.articles import ArticleService
from nejat_desk.services.wordpress.pull import Puller
from nejat_desk.storage.models import RemoteLink

pytestmark = pytest.mark.wordpress


def _remote_id(env, article_id: int) -> int:
    with env.library.session() as s:
        link = s.query(RemoteLink).filter_by(site_id=env.site_id, object_type="article", local_id=article_id).one()
        return link.remote_id


def _pull(env) -> None:
    with env.client() as client:
        Puller(client, env.library, env.site_id, edition="en").pull(since=datetime.now(UTC) - timedelta(hours=1))


def test_push_reports_stale_translations_and_pulls_make_them_stale(site_env) -> None:
    articles = ArticleService(site_env.library)
    marker = unique()
    original = articles.create("en", f"Port reopens {marker}", "Ships returned.\n\nTrade is slow.")
    farsi = articles.create_translation(original, "fa")
    articles.save_text(farsi, title=f"بازگشایی بندر {marker}", body_md="کشتی‌ها برگشتند.\n\nتجارت کند است.")
    for article_id in (original, farsi):
        site_env.outbox.enqueue(site_env.site_id, "article", article_id, status="draft")
    report = site_env.outbox.flush()
    assert report.ok and len(report.done) == 2 and report.stale_translations == []

    # A colleague changes the English original on the site; the pull brings it: the Farsi is stale.
    with site_env.client() as client:
        client.post(f"/wp/v2/posts/{_remote_id(site_env, original)}",
                    {"content": "<p>Ships returned on Tuesday.</p>\n<p>Trade is slow.</p>"})
    _pull(site_env)
    assert "Tuesday" in articles.get(original).body_md
    assert articles.is_stale(farsi)
    changes = articles.source_changes(farsi)
    assert changes is not None and changes.then is not None and "Tuesday" not in changes.then.body_md

    # The translation changed on the site: pulled, it is an edit, and stays stale.
    with site_env.client() as client:
        client.post(f"/wp/v2/posts/{_remote_id(site_env, farsi)}",
                    {"content": "<p>کشتی‌ها سه‌شنبه برگشتند.</p>\n<p>تجارت کند است.</p>"})
    _pull(site_env)
    assert "سه‌شنبه" in articles.get(farsi).body_md and articles.is_stale(farsi)

    # Sent while stale, the push says so; once marked as up to date, it does not.
    articles.save_text(farsi, excerpt="چکیده")
    report = site_env.outbox.flush(due_only=False)
    label = f"fa/{articles.get(farsi).slug}"
    assert report.ok and report.stale_translations == [label]
    (job_id, result), = report.done
    assert any("is a stale translation" in warning for warning in result.warnings)
    assert "stale translation" in site_env.outbox.job(job_id).last_error
    articles.mark_up_to_date(farsi)
    articles.save_text(farsi, excerpt="چکیدهٔ تازه")
    report = site_env.outbox.flush(due_only=False)
    assert report.ok and len(report.done) == 1 and report.stale_translations == []

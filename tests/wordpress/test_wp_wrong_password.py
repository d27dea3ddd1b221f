"""A wrong Application Password against the real WordPress (issue #12, item 21).

WordPress treats a wrong Application Password as an anonymous visitor, so its refusals say
"Invalid parameter(s): status" or "not allowed to edit this post"; the desk must say that the
user name or Application Password was not accepted.
"""

from __future__ import annotations

import pytest
from wp_helpers import unique

from nejat_desk.services.articles import ArticleService
from nejat_desk.services.wordpress.errors import Problem, SiteError
from nejat_desk.services.wordpress.pull import Puller

pytestmark = pytest.mark.wordpress

WRONG = "abcd efgh ijkl mnop qrst uvwx"
SENTENCE = "Wrong user name or Application Password"


def test_pull_with_a_wrong_password_says_the_password_was_not_accepted(site_env) -> None:
    env = site_env
    env.sites.set_password(env.site_id, WRONG)
    with env.sites.client(env.site_id) as client, pytest.raises(SiteError) as exc:
        Puller(client, env.library, env.site_id, "en").pull()
    assert exc.value.problem is Problem.WRONG_CREDENTIALS, str(exc.value)
    assert SENTENCE in str(exc.value) and env.wp.admin_user in str(exc.value)
    assert "Invalid parameter" not in str(exc.value)


def test_publish_with_a_wrong_password_says_the_password_was_not_accepted(site_env) -> None:
    env = site_env
    article_id = ArticleService(env.library).create("en", f"Wrong password {unique()}", "Body.",
                                                    slug=f"wrong-password-{unique()}")
    first = env.outbox.flush(job_ids=[env.outbox.enqueue(env.site_id, "article", article_id, status="draft")])
    assert first.done and not first.failed, first.failed
    env.sites.set_password(env.site_id, WRONG)
    ArticleService(env.library).save_text(article_id, body_md="Edited after the password was revoked.")
    job = env.outbox.enqueue(env.site_id, "article", article_id, status="draft")
    report = env.outbox.flush(job_ids=[job])
    assert [j for j, _text in report.failed] == [job], report
    text = report.failed[0][1]
    assert SENTENCE in text and "not allowed to edit" not in text
    assert [j.last_error for j in env.outbox.jobs(None) if j.id == job] == [text]

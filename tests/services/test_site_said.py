"""'The site said: …' is one sentence in one home (services.wordpress.errors.site_said): a request's
error and an outbox job's last error word it the same way, translated once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from nejat_desk.core import i18n
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.errors import Problem, SiteError, site_said
from nejat_desk.services.wordpress.outbox import _error_text

PACKAGE = Path(__file__).resolve().parents[2] / "nejat_desk"


@pytest.fixture
def marked() -> Iterator[None]:
    """A translator that marks the one sentence, so every path that shows it can be told apart."""
    def translator(context: str, text: str, _disambiguation: str | None) -> str | None:
        if (context, text) == ("services.wordpress.errors", "The site said: {message}"):
            return "SAID«{message}»"
        return None

    previous = i18n.installed()
    i18n.install(translator)
    try:
        yield
    finally:
        i18n.install(previous)


def test_the_sentence_is_written_once() -> None:
    homes = [p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")
             if "The site said" in p.read_text(encoding="utf-8")]
    assert homes == ["services/wordpress/errors.py"]


def test_a_refused_request_and_a_failed_job_say_it_alike(marked: None) -> None:
    with WordPressClient("https://site.example") as client:
        response = httpx.Response(400, json={"code": "rest_invalid_param", "message": "Invalid slug."})
        error = client.error_for(response, "/wp/v2/posts")
    assert str(error).count("SAID«Invalid slug.»") == 1
    assert _error_text(error).count("SAID«Invalid slug.»") == 1  # not said twice in the outbox
    bare = SiteError(Problem.REJECTED, "Refused.", server_code="x", server_message="Too long.")
    assert _error_text(bare) == "Refused. SAID«Too long.» [x]"
    assert site_said("") == "" and site_said(None) == ""

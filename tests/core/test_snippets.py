"""Share snippets per platform: X's counting, word/grapheme-safe shortening, Telegram, email, Skype."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import twitter_text

from nejat_desk.core.domain import Platform
from nejat_desk.core.snippets import (
    ELLIPSIS,
    SKYPE_NOTICE,
    SnippetSource,
    build_all,
    build_snippet,
    is_grapheme_boundary,
    mailto,
    shorten,
    utm_link,
)

EMOJI = "😀👨‍👩‍👧🇮🇷🏳️‍🌈👍🏽"
LINKS = " https://example.com/a_very/long/path?x=1 و https://example.org/b www.example.net/c "
TITLES = {
    "en": "Council approves the new budget after a long night of negotiations " + EMOJI,
    "ar": "المجلس يوافق على الميزانية الجديدة بعد ليلة طويلة من المفاوضات الصعبة بين الكتل " + EMOJI,
    "fa": ("گزارش ویژه: وضعیت حقوق بشر در کمپ‌های پناهندگان و گفتگو با خانواده‌ها درباره آینده فرزندانشان "
           "در سال‌های پیش رو و نگرانی‌های روزافزون " * 3) + EMOJI,
    "sq": "Këshilli miraton buxhetin e ri pas një nate të gjatë negociatash " + EMOJI,
}
EXCERPTS = {
    "en": ("The council met for eleven hours." + LINKS) * 4,
    "ar": ("اجتمع المجلس إحدى عشرة ساعة" + LINKS) * 4,
    "fa": ("شورا یازده ساعت تشکیل جلسه داد" + LINKS + EMOJI) * 5,
    "sq": ("Këshilli u mblodh për njëmbëdhjetë orë." + LINKS) * 4,
}


def _source(edition: str, title: str | None = None, excerpt: str | None = None) -> SnippetSource:
    return SnippetSource(title=TITLES[edition] if title is None else title,
                         url=f"https://nejat.example.org/{edition}/2024/03/01/سلام-دنیا/", edition=edition,
                         direction="rtl" if edition in ("ar", "fa") else "ltr",
                         excerpt=EXCERPTS[edition] if excerpt is None else excerpt,
                         hashtags=("نجات", "حقوق بشر") if edition in ("ar", "fa") else ("Nejat", "Human rights"),
                         images=(("og", "photo-og.jpg", "https://nejat.example.org/m/photo-og.jpg"),
                                 ("pinterest", "photo-pinterest.jpg", "https://nejat.example.org/m/photo-pin.jpg")))


@pytest.mark.parametrize("edition", ["en", "ar", "fa", "sq"])
@pytest.mark.parametrize("variant", ["long", "title-only", "short", "links-in-title"])
def test_x_within_280_by_x_counting(edition: str, variant: str) -> None:
    title = {"long": None, "title-only": None, "short": "Short " + EMOJI,
             "links-in-title": TITLES[edition] + LINKS * 3}[variant]
    excerpt = {"title-only": "", "short": "One line."}.get(variant)
    snippet = build_snippet(_source(edition, title, excerpt), Platform.X)
    parsed = twitter_text.parse_tweet(snippet.text)
    assert parsed.weightedLength <= 280 and parsed.valid, (parsed, snippet.text)
    assert snippet.measure["x_weight"] == parsed.weightedLength
    assert snippet.link in snippet.text and "utm_source=x" in snippet.link
    assert "#" in snippet.text  # the edition's hashtags
    if variant == "short":
        assert ELLIPSIS not in snippet.text


def test_x_shortens_at_word_boundary_and_keeps_what_fits() -> None:
    snippet = build_snippet(_source("fa"), Platform.X)
    body = snippet.text.split("\n\n#")[0]
    assert body.endswith(ELLIPSIS)
    kept = body[: -len(ELLIPSIS)]
    full = (TITLES["fa"] + "\n\n" + EXCERPTS["fa"])
    assert full.startswith(kept)
    nxt = full[len(kept)]
    assert nxt.isspace() or nxt in "،,;:—-", f"cut mid-word before {nxt!r}"
    # close to the limit: the next whole word would not have fitted
    assert twitter_text.parse_tweet(snippet.text).weightedLength > 230


def test_x_uses_few_counter_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}
    real = twitter_text.parse_tweet

    def counting(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(twitter_text, "parse_tweet", counting)
    for edition in TITLES:
        calls["n"] = 0
        build_snippet(_source(edition), Platform.X)
        assert calls["n"] <= 5, (edition, calls["n"])


def test_never_cuts_a_grapheme() -> None:
    text = "👨‍👩‍👧" * 40
    short = shorten(text, 20)
    assert short.endswith(ELLIPSIS)
    kept = short[:-1]
    assert is_grapheme_boundary(text, len(kept)) and len(kept) % len("👨‍👩‍👧") == 0
    flags = "🇮🇷🇦🇱" * 10
    assert len(shorten(flags, 7)[:-1]) % 2 == 0
    assert not is_grapheme_boundary("e\u0301", 1) and not is_grapheme_boundary("👍🏽", 1)


def test_telegram_html_subset_and_limits() -> None:
    source = _source("en", title="Budget < 5 & > 3 \"plan\"", excerpt="word " * 2000)
    snippet = build_snippet(source, Platform.TELEGRAM)
    assert snippet.text.startswith("<b>Budget &lt; 5 &amp; &gt; 3 \"plan\"</b>")
    assert set(re.findall(r"</?([a-z]+)", snippet.text)) <= {"b", "a"}
    assert snippet.measure["message"] < 4096 and snippet.measure["caption"] < 1024
    assert len(snippet.description) < len(snippet.text)
    assert "&amp;utm_medium" in snippet.text  # the link's & escaped inside href and text


def test_whatsapp_bold_and_bare_link() -> None:
    snippet = build_snippet(_source("sq", title="A *starred* title", excerpt="Short."), Platform.WHATSAPP)
    assert snippet.text.startswith("*A starred title*")
    assert snippet.link in snippet.text.splitlines()
    assert snippet.share_url.startswith("https://wa.me/?text=")


def test_pinterest_limits_and_image() -> None:
    snippet = build_snippet(_source("fa"), Platform.PINTEREST)
    assert len(snippet.title) <= 100 and len(snippet.description) <= 500
    assert snippet.image == "photo-pinterest.jpg"
    query = parse_qs(urlsplit(snippet.share_url).query)
    assert query["media"] == ["https://nejat.example.org/m/photo-pin.jpg"] and query["url"] == [snippet.link]


def test_facebook_share_url_carries_the_link() -> None:
    snippet = build_snippet(_source("en"), Platform.FACEBOOK)
    assert parse_qs(urlsplit(snippet.share_url).query)["u"] == [snippet.link]
    assert snippet.image == "photo-og.jpg"


def test_email_mailto_rfc6068() -> None:
    url = mailto("Budget & plan: yes?", "Line one\nLine two\n\nhttps://e.org/?a=1&b=2")
    assert url.startswith("mailto:?subject=Budget%20%26%20plan%3A%20yes%3F&body=")
    assert "+" not in url and "%0D%0A" in url and "\n" not in url
    body = parse_qs(urlsplit(url).query)["body"][0]
    assert body == "Line one\r\nLine two\r\n\r\nhttps://e.org/?a=1&b=2"
    snippet = build_snippet(_source("ar"), Platform.EMAIL)
    assert unquote(snippet.share_url.split("subject=")[1].split("&")[0]) == snippet.title


def test_skype_has_no_share_url_and_says_why() -> None:
    snippet = build_snippet(_source("en"), Platform.SKYPE)
    assert snippet.share_url is None and snippet.notice == SKYPE_NOTICE
    assert "May 2025" in SKYPE_NOTICE and snippet.link in snippet.text


def test_utm_link_keeps_query_and_encodes_path() -> None:
    link = utm_link("https://e.org/fa/سلام/?p=1&utm_source=old#top", Platform.TELEGRAM, "spring")
    parts = urlsplit(link)
    assert parts.path == "/fa/%D8%B3%D9%84%D8%A7%D9%85/" and parts.fragment == "top"
    assert parse_qs(parts.query) == {"p": ["1"], "utm_source": ["telegram"], "utm_medium": ["social"],
                                     "utm_campaign": ["spring"]}


def test_hostile_text_is_plain() -> None:
    source = _source("en", title="<script>alert(1)</script>Title <img src=x onerror=alert(2)>",
                     excerpt="see javascript:alert(3) \x01 now")
    for snippet in build_all(source).values():
        for value in (snippet.text, snippet.title, snippet.description):
            assert "<script" not in value and "onerror" not in value
            assert "\x01" not in value
        # Plain text is text: a word that looks like a scheme is kept (it is no link anywhere).
        assert "see javascript:alert(3) now" in build_all(source)[Platform.FACEBOOK].text


def test_emoji_free_fast_path_counts_exactly_as_x() -> None:
    import random

    from twitter_text.config import config

    from nejat_desk.core.snippets import _x_count

    rng = random.Random(5)
    alphabet = ["a", "b", "Z", " ", " ", "1", "#", "@", "_", ".", ",", "!", "?", "سلام", "دنیا", "عربي", "\u200c",
                "\u200d", "\u200e", "ë", "ç", "©", "®", "…", "–", "“", "”", "•", "‰", "\n", "https://e.org/a_b?x=1",
                " www.example.com ", "t.co/abc", "日本", "😀", "\u203c", "™"]
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 160)))
        limit = rng.choice([40, 120, 280])
        full = twitter_text.parse_tweet(text, dict(config["defaults"], max_weighted_tweet_length=limit))
        weight, prefix = _x_count(text, limit)
        assert weight == full.weightedLength, text
        if full.weightedLength > limit:
            units = sum(2 if ord(c) > 0xFFFF else 1 for c in text[:prefix])
            assert units == full.validRangeEnd + 1, text

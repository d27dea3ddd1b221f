import pytest

from nejat_desk.core.errors import ValidationError
from nejat_desk.services.editions import EditionService


def test_defaults(library):
    codes = {e.code: e for e in EditionService(library).all()}
    assert codes["fa"].time_zone == "Asia/Tehran" and codes["fa"].direction == "rtl"
    assert codes["fa"].calendar == "jalali" and codes["ar"].calendar == "islamic-civil"


def test_update_and_normalise(library):
    saved = EditionService(library).update("sq", site_url="https://nejat.example.org/sq/", hashtags=["#Lajme", "Nejat"],
                           social_handles={"x": "@nejat_sq"})
    assert saved.site_url == "https://nejat.example.org/sq" and saved.hashtags == ["Lajme", "Nejat"]
    assert EditionService(library).get("sq").site_url == "https://nejat.example.org/sq"


@pytest.mark.parametrize("changes, words", [
    ({"time_zone": "Mars/Olympus"}, "not a known time zone"),
    ({"site_url": "ftp://x"}, "not an http"),
    ({"permalink_pattern": "/%year%/"}, "%postname%"),
    ({"permalink_pattern": "/%postname%/%bogus%/"}, "unknown permalink tags"),
    ({"hashtags": ["two words"]}, "not a hashtag"),
    ({"social_handles": {"myspace": "x"}}, "not a platform"),
    ({"direction": "up"}, "direction"),
    ({"name": " "}, "needs a name"),
])
def test_bad_settings_are_refused_and_nothing_changes(library, changes, words):
    before = EditionService(library).get("en")
    with pytest.raises(ValidationError, match=words):
        EditionService(library).update("en", **changes)
    assert EditionService(library).get("en") == before

"""The media messages list names the interface language's way, through core.i18n.join_list
(the one list separator), not a separator of their own."""

from __future__ import annotations

from nejat_desk.core import i18n
from nejat_desk.services.media import MissingAlt, missing_alt_message


def test_missing_alt_names_are_joined_by_the_one_list_separator() -> None:
    previous = i18n.installed()
    i18n.install(lambda context, text, _d: "، " if (context, text) == ("core.i18n", ", ") else None)
    try:
        message = missing_alt_message([MissingAlt(1, "a.jpg", "fa"), MissingAlt(2, "b.jpg", "fa")])
    finally:
        i18n.install(previous)
    assert "a.jpg، b.jpg" in message

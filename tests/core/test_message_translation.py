"""core.i18n: English until a front end installs a catalogue, then the catalogue's text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nejat_desk.core import i18n
from nejat_desk.core.errors import ValidationError


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    before = i18n.installed()
    yield
    i18n.install(before)


def test_without_a_catalogue_the_source_comes_back() -> None:
    i18n.install(None)
    assert i18n.translate("services.sample", "Could not read {path}.") == "Could not read {path}."


def test_an_installed_catalogue_answers_and_fields_are_filled_after() -> None:
    catalogue = {("services.sample", "Could not read {path}."): "«{path}» خوانده نشد."}
    i18n.install(lambda context, text, disambiguation=None: catalogue.get((context, text)))
    message = i18n.translate("services.sample", "Could not read {path}.").format(path="a.md")
    assert message == "«a.md» خوانده نشد."
    # a text the catalogue lacks is shown in English rather than empty
    assert i18n.translate("services.sample", "Not in the catalogue.") == "Not in the catalogue."


def test_an_empty_translation_falls_back_to_english() -> None:
    i18n.install(lambda context, text, disambiguation=None: "")
    assert i18n.translate("services.sample", "Some words.") == "Some words."


def test_an_error_made_while_a_catalogue_is_installed_carries_the_translation() -> None:
    i18n.install(lambda context, text, disambiguation=None: "Titulli mungon." if text == "The title is empty." else None)
    error = ValidationError(i18n.translate("services.sample", "The title is empty."))
    assert str(error) == "Titulli mungon."


def test_noop_marks_without_translating() -> None:
    i18n.install(lambda context, text, disambiguation=None: "X")
    assert i18n.QT_TRANSLATE_NOOP("services.sample", "Draft") == "Draft"


def test_lists_are_joined_the_interface_language_s_way() -> None:
    i18n.install(None)
    assert i18n.join_list(["created: 1", "failed: 2"]) == "created: 1, failed: 2"
    i18n.install(lambda context, text, disambiguation=None: "، " if text == ", " else None)
    assert i18n.join_list(["الف", "ب"]) == "الف، ب"

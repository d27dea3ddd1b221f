"""Per-machine preferences, declared once with their types and defaults (QSettings)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T")

ORGANIZATION = "Nejat"
APPLICATION = "NejatDesk"


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T


THEME = Option("appearance/theme", "system")  # "system", "light" or "dark"
UI_LANGUAGE = Option("appearance/language", "system")  # "system" or a language code
JALALI_DATES = Option("appearance/jalali_dates", True)  # Solar Hijri dates in the Farsi interface
DEFAULT_EDITION = Option("editing/default_edition", "en")
LAST_EDITION = Option("editing/last_edition", "")  # of the last article created or opened
OPEN_ARTICLE = Option("editing/open_article", "")  # "library folder|article id|cursor" while editing
CLEAN_EXIT = Option("session/clean_exit", True)  # False while the window runs: a crash leaves it so
USER_TIME_ZONE = Option("schedule/user_time_zone", "")  # "" = the system's zone
SPELL_CHECK = Option("editing/spell_check", True)
EDITOR_FONT_SIZE = Option("editing/font_size", 12)
LAST_WORKSPACE = Option("window/last_workspace", "articles")
# Window state lives in its own group, apart from preferences.
WINDOW_GEOMETRY = Option("window/geometry", b"")
WINDOW_STATE = Option("window/state", b"")


class Settings:
    """Typed access to QSettings; `qsettings` may point at a file for tests."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings(ORGANIZATION, APPLICATION)

    def get(self, option: Option[T]) -> T:
        raw: Any = self.qsettings.value(option.key, option.default)
        default = option.default
        if isinstance(default, bool):
            return (raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")) \
                if raw is not None else default  # type: ignore[return-value]
        if isinstance(default, int):
            try:
                return int(raw)  # type: ignore[return-value]
            except (TypeError, ValueError):
                return default
        if isinstance(default, bytes):
            return bytes(raw) if raw else default  # type: ignore[return-value]
        return raw if raw is not None else default  # type: ignore[no-any-return]

    def set(self, option: Option[T], value: T) -> None:
        self.qsettings.setValue(option.key, value)

    def sync(self) -> None:
        self.qsettings.sync()

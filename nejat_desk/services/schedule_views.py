"""The plain values ScheduleService returns besides calendar items (those are core.scheduling's)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class EditionInfo:
    code: str
    name: str
    native_name: str
    time_zone: str
    calendar: str
    direction: str


@dataclass(frozen=True)
class DueNotice:
    """An item whose due state was just recorded; shown as a notification or in the missed list."""

    entry_id: int
    item_key: str
    title: str
    due_at: datetime
    state: str  # "due" or "missed"
    action: str
    edition: str | None = None
    platform: str | None = None


@dataclass
class SweepResult:
    due: list[DueNotice] = field(default_factory=list)  # notify now
    missed: list[DueNotice] = field(default_factory=list)  # list in the missed panel

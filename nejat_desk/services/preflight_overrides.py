"""The history of pre-flight overrides of galleries and publication issues (table
`preflight_overrides`, migration 0007): when blocking findings were let go out, for what (planned
or sent to the site), why, and what blocked. An article keeps its overrides as revisions instead
(services/preflight.py), because an article has a history of revisions and these do not."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from nejat_desk.storage.models import PreflightOverride

ACTIONS = ("schedule", "publish")  # planned on the calendar; sent to the site to go out
_COLUMN = {"gallery": PreflightOverride.gallery_id, "issue": PreflightOverride.issue_id}


@dataclass(frozen=True)
class OverrideRecord:
    when: datetime
    action: str  # one of ACTIONS
    reason: str
    findings: tuple[str, ...]  # the blocking findings' sentences, as they were then


def keep_override(session: Session, kind: str, record_id: int, action: str, reason: str,
                  findings: Sequence[str]) -> None:
    if kind not in _COLUMN or action not in ACTIONS:
        raise ValueError(f"unknown override {kind}/{action}")
    session.add(PreflightOverride(gallery_id=record_id if kind == "gallery" else None,
                                  issue_id=record_id if kind == "issue" else None, action=action,
                                  reason=reason, findings="\n".join(findings)))


def overrides_of(session: Session, kind: str, record_id: int) -> list[OverrideRecord]:
    """The overrides of one gallery or issue, newest first."""
    rows = session.scalars(select(PreflightOverride).where(_COLUMN[kind] == record_id)
                           .order_by(PreflightOverride.id.desc()))
    return [OverrideRecord(r.created_at, r.action, r.reason, tuple(line for line in r.findings.split("\n") if line))
            for r in rows]

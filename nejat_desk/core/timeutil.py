"""UTC handling: the library stores every instant in UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """An aware datetime in UTC; naive values are refused, never guessed."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{value.isoformat()} has no UTC offset")
    return value.astimezone(UTC)


def parse_iso_instant(text: str) -> datetime:
    """Parse ISO 8601 with a UTC offset ('Z' accepted) into UTC."""
    text = text.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    value = datetime.fromisoformat(text)
    return as_utc(value)


def format_iso_instant(value: datetime) -> str:
    """ISO 8601 in UTC with a 'Z', to the second, as the interchange format writes it."""
    return as_utc(value).replace(microsecond=0).isoformat().replace("+00:00", "Z")

"""The log file: rotated, in the platform's log folder, with secrets redacted.

Policy: log ids, counts and file names; never article text, and never secrets. The
redacting filter is a second line of defence for the latter.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

_SECRET_PATTERNS = (
    re.compile(r"(?i)(authorization\s*[:=]\s*)(basic|bearer)?\s*\S+"),
    re.compile(r"(?i)((?:application[_ ]?)?password\s*[:=]\s*)\S+"),
    re.compile(r"\b([a-zA-Z0-9]{4} ){5}[a-zA-Z0-9]{4}\b"),  # WordPress Application Password format
)


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = message
        for pattern in _SECRET_PATTERNS:
            redacted = pattern.sub(lambda m: (m.group(1) if m.lastindex else "") + "[redacted]", redacted)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


def log_file_path() -> Path:
    override = os.environ.get("NEJAT_DESK_LOG_DIR")
    if override:
        return Path(override) / "nejat-desk.log"
    from nejat_desk.storage.layout import log_dir

    return log_dir() / "nejat-desk.log"


_configured = False


def setup_logging(*, console: bool = False, level: int = logging.INFO) -> Path | None:
    """Idempotent. Returns the log file, or None if it could not be opened (logging goes on)."""
    global _configured
    root = logging.getLogger("nejat_desk")
    if _configured:
        return log_file_path()
    _configured = True
    root.setLevel(level)
    path: Path | None = log_file_path()
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        path = None
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"))
    handler.addFilter(RedactSecrets())
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.addFilter(RedactSecrets())
        root.addHandler(stream)
    return path

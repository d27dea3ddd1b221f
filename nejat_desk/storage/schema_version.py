"""The schema revision this app writes, readable without importing SQLAlchemy or Alembic.

Opening an up-to-date library compares this with the library's `alembic_version` row using
only `sqlite3`, so start-up never pays for Alembic. A test keeps it equal to Alembic's head.
"""

HEAD_REVISION = "0007"
# Every revision this app knows, oldest first: a library at a revision not listed is newer.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")

"""Storage: the library folder, its SQLite database (SQLAlchemy models, Alembic migrations),
the lock, backups and the content-addressed media store. No Qt."""

"""Alembic environment: run by `nejat_desk.storage.migrate`, never from a command line."""

from alembic import context

from nejat_desk.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

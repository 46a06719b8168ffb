"""Alembic environment of the hub: migrations run on the connection the hub hands over."""

from __future__ import annotations

from alembic import context

from hub.db import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()

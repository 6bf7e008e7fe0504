"""SQLite (or PostgreSQL): the schema and its migrations, one writer thread, revisions and
the changes feed."""

from imagegallery_server.store.database import Store
from imagegallery_server.store.records import Reader, Record, Transaction

__all__ = ["Reader", "Record", "Store", "Transaction"]

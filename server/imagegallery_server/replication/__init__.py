"""Durable replication: replica rows in SQLite, workers that copy real bytes,
progress written back through the store."""

"""Following the store's replication feed: ordered, resumable, woken by writes."""

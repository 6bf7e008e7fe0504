"""Soft-deleted image versions: listed, restored or purged on request, and purged
when their retention ends (by the server's clock)."""

import structlog

from imagegallery_server.clock import SystemClock
from imagegallery_server.domain import names, replication_status, soft_delete
from imagegallery_server.domain.errors import NotFound
from imagegallery_server.domain.galleries import GALLERY
from imagegallery_server.domain.image_definitions import IMAGE_DEFINITION
from imagegallery_server.domain.image_versions import (
    IMAGE_VERSION,
    settle,
    sort_key,
    with_replica_counts,
)
from imagegallery_server.domain.model import ImageVersion, Page, SoftDeletedResource
from imagegallery_server.domain.resources import Clock, Mutation, existing, page_of, write
from imagegallery_server.store import Record, Store, Transaction

log = structlog.get_logger("imagegallery.soft_delete")
PURGE_BATCH = 100
PURGE_INTERVAL_SECONDS = 60.0


class SoftDeletedVersions:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def list_page(self, parent: str, page_size: int, after: str) -> Page[SoftDeletedResource]:
        """The soft-deleted versions of a gallery or definition, the first purged first."""
        holder = names.parse_gallery_or_definition(parent, "parent")
        kind = GALLERY if isinstance(holder, names.GalleryName) else IMAGE_DEFINITION
        reader = self._store.read
        with reader.snapshot():
            existing(reader, kind, holder)
            records = reader.list(
                soft_delete.KIND,
                limit=page_size + 1,
                order="unique_key",
                after=after,
                within=[names.key(holder)],
            )
            items = [self._resource(record) for record in records[:page_size]]
        return page_of(items, records, page_size, by_unique_key=True)

    async def undelete(self, name: str, mutation: Mutation) -> ImageVersion:
        """Brings the version back as it was deleted, with the replicas it kept."""
        parsed = names.parse_image_version(name, "name")
        now = self._clock()

        def restore(tx: Transaction) -> Record:
            record = _soft_deleted(tx, parsed)
            soft_delete.require_enabled(tx, parsed.definition_name.gallery_name)
            spelled = names.parse_image_version(record.name, "name").version
            order = sort_key(record.parent_key, spelled)
            restored = soft_delete.bring_back(tx, record, IMAGE_VERSION.name, order)
            settle(tx, restored.key, now)
            return tx.get(restored.key) or restored

        restored = await write(self._store, restore, mutation)
        return with_replica_counts(IMAGE_VERSION.to_model(restored))

    async def purge(self, name: str, mutation: Mutation) -> None:
        """Deletes a soft-deleted version for good: its replicas and blobs are freed."""
        parsed = names.parse_image_version(name, "name")

        def remove(tx: Transaction) -> None:
            tx.delete(_soft_deleted(tx, parsed))

        await write(self._store, remove, mutation)

    async def purge_due(self) -> int:
        """Purges every soft-deleted version whose retention has ended; how many."""
        due = soft_delete.purge_order(self._clock(), "\uffff")

        def remove(tx: Transaction) -> int:
            records = tx.list(soft_delete.KIND, limit=PURGE_BATCH, order="unique_key", before=due)
            for record in records:
                tx.delete(record)
            return len(records)

        purged = 0
        while batch := await self._store.write(remove):
            purged += batch
        if purged:
            log.info("soft_delete.purged", versions=purged)
        return purged

    async def purge_forever(self, clock: SystemClock) -> None:
        """Purges what is due every minute of the server's clock, until cancelled."""
        while True:
            try:
                await self.purge_due()
            except Exception:
                log.exception("soft_delete.purge_failed")
            await clock.sleep(PURGE_INTERVAL_SECONDS)

    def _resource(self, record: Record) -> SoftDeletedResource:
        version = with_replica_counts(IMAGE_VERSION.to_model(record))
        replicas = self._store.read.replicas.of_version(record.key)
        version.replication_status = replication_status.summarize(version, replicas)
        return SoftDeletedResource(
            resource_arm_id=record.name,
            soft_deleted_time=soft_delete.deleted_time(record),
            hard_deletion_target_time=soft_delete.purge_time(record),
            image_version=version,
        )


def _soft_deleted(tx: Transaction, name: names.ImageVersionName) -> Record:
    record = tx.get(str(name))
    if record is None or record.kind != soft_delete.KIND:
        live = " (it is not deleted)" if record is not None else ""
        raise NotFound(
            "RESOURCE_NOT_FOUND",
            f"No soft-deleted image version {name} was found{live}; "
            "ListSoftDeletedResources lists those of a gallery.",
            resource=str(name),
        )
    return record

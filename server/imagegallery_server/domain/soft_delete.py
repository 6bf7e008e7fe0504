"""Soft delete, as Azure Compute Gallery's: with a gallery's soft_delete_policy on, a
deleted image version is set aside under its own name, replicas and blobs kept, for
the retention period; then purged.

A soft-deleted version is a record of its own kind at the version's key (so it still
holds the name), its body the version's plus when it was deleted and when it goes;
its unique key orders the soft-deleted by that time, so the purge reads only what
is due."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from imagegallery_server.domain import codec, names
from imagegallery_server.domain.errors import FailedPrecondition
from imagegallery_server.domain.model import Gallery, SoftDeletePolicy
from imagegallery_server.store import Reader, Record, Transaction

KIND = "soft_deleted_image_version"
# Azure keeps a soft-deleted version 7 days; the retention cannot be changed there.
RETENTION = timedelta(days=7)
DELETED_AT, PURGE_AT = "soft_deleted_time", "hard_deletion_target_time"


def shown_policy(gallery: Gallery) -> Gallery:
    """The gallery as answered: its policy while on, with the server's retention."""
    if not gallery.soft_delete_policy.is_soft_delete_enabled:
        # Unset in the answer, as Azure leaves softDeletePolicy out when never set.
        return replace(gallery, soft_delete_policy=None)  # type: ignore[arg-type]
    return replace(gallery, soft_delete_policy=SoftDeletePolicy(True, RETENTION.days))


def enabled(tx: Reader, gallery: names.GalleryName) -> bool:
    record = tx.get(str(gallery))
    policy = codec.decode(Gallery, record.body).soft_delete_policy if record else None
    return bool(policy and policy.is_soft_delete_enabled)


def require_enabled(tx: Reader, gallery: names.GalleryName) -> None:
    if not enabled(tx, gallery):
        raise FailedPrecondition(
            "SOFT_DELETE_NOT_ENABLED",
            f"Soft delete is not enabled in the gallery {gallery}; turn on its "
            "soft_delete_policy.is_soft_delete_enabled (UpdateGallery) first.",
            resource=str(gallery),
        )


def set_aside(tx: Transaction, record: Record, now: datetime) -> Record:
    """Soft-deletes the version `record`, keeping its replicas as they are."""
    purge_at = now + RETENTION
    body = {**record.body, DELETED_AT: now.isoformat(), PURGE_AT: purge_at.isoformat()}
    stored = tx.recast(record, KIND, body, purge_order(purge_at, record.key))
    tx.replicas.touch(record.key)  # watches see it go
    return stored


def bring_back(tx: Transaction, record: Record, kind: str, unique_key: str) -> Record:
    """Restores the soft-deleted `record` as a resource of `kind`."""
    stored = tx.recast(record, kind, version_body(record), unique_key)
    tx.replicas.touch(record.key)  # watches see it back
    return stored


def purge_order(when: datetime, key: str) -> str:
    """The unique key of a soft-deleted version: its purge time (in a form that sorts
    as time does), then its key."""
    return f"{when.astimezone(UTC):%Y-%m-%dT%H:%M:%S.%fZ}|{key}"


def purge_time(record: Record) -> datetime:
    return datetime.fromisoformat(record.body[PURGE_AT])


def deleted_time(record: Record) -> datetime:
    return datetime.fromisoformat(record.body[DELETED_AT])


def refuse_held_under(tx: Reader, record: Record, label: str) -> None:
    """A gallery or definition holding soft-deleted versions cannot be deleted, forced
    or not (Azure: "deleting a gallery or image definition with soft deleted resources
    isn't supported")."""
    held = tx.under(KIND, record.key, after="", limit=1000)
    if held:
        raise FailedPrecondition(
            "SOFT_DELETED_RESOURCES_PRESENT",
            f"The {label} {record.name} holds {len(held)} soft-deleted image version(s), "
            "which even a forced delete keeps; restore them (UndeleteImageVersion) or purge "
            "them (PurgeImageVersion) first; ListSoftDeletedResources lists them.",
            resource=record.name,
            softDeleted=str(len(held)),
        )


def version_body(record: Record) -> dict[str, Any]:
    """The version's own body, without when it was deleted and goes."""
    return {k: v for k, v in record.body.items() if k not in (DELETED_AT, PURGE_AT)}

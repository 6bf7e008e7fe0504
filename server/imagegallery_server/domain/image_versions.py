"""Image versions: naming, sources, publishing profiles, and the replicas they ask for.

Create, update and delete answer an operation; the replication engine does the
copying and calls `settle` whenever a version's replicas change.
"""

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, NamedTuple, cast

from google.protobuf.message import Message
from imagegallery.v1 import common_pb2, image_version_service_pb2

from imagegallery_server.domain import (
    contract,
    identity,
    names,
    operations,
    publishing,
    replication_status,
    soft_delete,
    validation,
    version_safety,
    version_sources,
)
from imagegallery_server.domain.errors import (
    AlreadyExists,
    FailedPrecondition,
    NotFound,
    Violations,
)
from imagegallery_server.domain.image_definitions import IMAGE_DEFINITION
from imagegallery_server.domain.limits import Limits
from imagegallery_server.domain.model import (
    Disk,
    ImageDefinition,
    ImageVersion,
    Page,
    ProvisioningState,
    ReplicationMode,
    StorageProfile,
)
from imagegallery_server.domain.resources import (
    Clock,
    Kind,
    Mutation,
    ResourceRules,
    answered_page,
    apply_update,
    canonical_location,
    check_etag,
    existing,
    existing_shown,
    page_of,
    parse_into,
    write,
)
from imagegallery_server.store import Reader, Record, Store, Transaction
from imagegallery_server.store.records import Shown
from imagegallery_server.store.replica_states import ReplicaState

_PART = r"(0|[1-9][0-9]{0,9})"
NAME_PATTERN = re.compile(rf"{_PART}\.{_PART}\.{_PART}")
MAX_PART = 2**31 - 1


def _canonical(path: str, value: Any) -> Any:
    """Storage profiles compare by what was asked for, not what the server filled in."""
    if path == "storage_profile" and isinstance(value, StorageProfile):
        disks = [value.os_disk_image, *value.data_disk_images]
        return (value.source, [(d.source, d.lun, d.host_caching) for d in disks if d])
    if path == "publishing_profile.replication_mode":
        return value or ReplicationMode.FULL  # versions made before the mode were Full
    return canonical_location(path, value)


def with_replica_counts(version: ImageVersion) -> ImageVersion:
    """The version with every region's replica count (stored as 0 when it follows
    the common count), as reads show it."""
    profile = version.publishing_profile
    profile.target_regions = [
        replace(t, regional_replica_count=publishing.replicas_in(profile, t))
        for t in profile.target_regions
    ]
    return version


def _message(version: ImageVersion) -> Message:
    return contract.to_proto(version, image_version_service_pb2.ImageVersion)


IMAGE_VERSION = Kind(
    name="image_version",
    label="image version",
    field="image_version",
    model=ImageVersion,
    canonical=_canonical,
    message=image_version_service_pb2.ImageVersion,
    kept=True,
    shown=with_replica_counts,
)


def sort_key(definition_key: str, version: str) -> str:
    """Orders versions by Major, then Minor, then Patch as numbers."""
    parts = ".".join(f"{int(part):010d}" for part in version.split("."))
    return f"{definition_key}|{parts}"


class ImageVersions(ResourceRules[ImageVersion]):
    kind = IMAGE_VERSION
    children = "nothing"
    limit = "image_versions"
    counted_with = (soft_delete.KIND,)  # a soft-deleted version counts until purged
    parse_name = staticmethod(names.parse_image_version)

    def __init__(self, store: Store, limits: Limits, clock: Clock) -> None:
        super().__init__(store, limits, clock)
        # GetLatestImageVersion's plain answers (no region, not FULL: no replication
        # decides them), by definition key: many callers ask the same definition's.
        self._latest_answers = store.subtree_cache()

    def get_full(self, name: str, full: bool) -> ImageVersion:
        with self._store.read.snapshot():
            record = existing(self._store.read, IMAGE_VERSION, self.parse_name(name, "name"))
            return self._view(record, full)

    def answer_version(self, name: str, full: bool) -> bytes:
        """The version as Get answers it, serialized; the stored message unless `full`."""
        if full:
            return _message(self.get_full(name, full)).SerializeToString()
        return self.answer(name)

    def list_page(
        self,
        parent: str,
        page_size: int,
        after: str,
        within: list[str] | None = None,
        full: bool = False,
    ) -> Page[Message]:
        reader = self._store.read
        with reader.snapshot():
            definition_name = names.parse_image_definition(parent, "parent")
            definition = existing_shown(reader, IMAGE_DEFINITION, definition_name)
            prefix = f"{definition.key}|"  # versions in order of their numbers
            query = {"after": after or prefix, "before": prefix + "\uffff", "within": within}
            if not full:
                rows = reader.list_shown(
                    IMAGE_VERSION.name, limit=page_size + 1, order="unique_key", **query
                )
                return answered_page(IMAGE_VERSION, rows, page_size, by_unique_key=True)
            records = reader.list(
                IMAGE_VERSION.name, limit=page_size + 1, order="unique_key", **query
            )
            items = [_message(self._view(r, full)) for r in records[:page_size]]
        return page_of(items, records, page_size, by_unique_key=True)

    def servable_replicas(self, name: str, region: str) -> set[int]:
        """The replicas of the version in `region` that can serve now: complete, in a
        zone (for ZRS, in some zone) and a region that are up. A shallow version
        has none: its source's disks serve."""
        replicas = self._store.read.replicas.of_version(names.key(name))
        return {
            r.replica
            for r in replicas
            if r.region == region and r.state == ReplicaState.COMPLETED and r.available
        }

    def _view(self, record: Record | Shown, full: bool) -> ImageVersion:
        """The version as answered, and with `full` its replication."""
        version = with_replica_counts(IMAGE_VERSION.to_model(record))
        if full:
            replicas = self._store.read.replicas.of_version(record.key)
            version.replication_status = replication_status.summarize(version, replicas)
        return version

    def latest(self, parent: str, region_text: str, full: bool) -> ImageVersion:
        """The highest Major, then Minor, then Patch among the versions that qualify."""
        _, row, version = self._latest(parent, region_text, full)
        if version is None:
            return self._view(row, full=False)
        return version if full else replace(version, replication_status=None)

    def answer_latest(self, parent: str, region_text: str, full: bool) -> bytes:
        """`latest` as GetLatestImageVersion answers it, serialized; the stored
        message unless `full`."""
        plain = not full and not region_text
        if plain and (kept := self._kept_latest(parent)) is not None:
            return kept
        definition, row, version = self._latest(parent, region_text, full)
        if full and version is not None:
            return _message(version).SerializeToString()
        answer = IMAGE_VERSION.serialized(row)
        if plain:
            kept_latest = _KeptLatest(definition.name, answer, _end_of_life(row))
            self._latest_answers.keep(definition.key, kept_latest)
        return answer

    def _kept_latest(self, parent: str) -> bytes | None:
        """The plain answer kept for the definition, if `parent` spells its name as
        created (any other spelling is parsed first) and the answer has not reached
        its end of life: a commit to the definition or a version forgets it."""
        kept = self._latest_answers.get(names.key(parent))
        if kept is None or kept.definition != parent:
            return None
        if kept.end_of_life is not None and kept.end_of_life <= self._clock():
            return None
        return cast(bytes, kept.answer)

    def _latest(
        self, parent: str, region_text: str, full: bool
    ) -> tuple[Shown, Shown, ImageVersion | None]:
        """The definition's row, the latest version's, and with `full` or a region
        (which its replication decides) the version with its replication. A version's stored
        message says whether it may be latest anywhere: no body is decoded for it."""
        v = Violations()
        definition_name = parse_into(v, names.parse_image_definition, parent, "parent")
        region = validation.check_region(region_text, "region", v) if region_text else None
        v.raise_if_any()
        reader = self._store.read
        # Replication decides only for a region: overall, it is read only to be shown.
        replication = full or region is not None
        with reader.snapshot():
            definition = existing_shown(reader, IMAGE_DEFINITION, definition_name)
            now = self._clock()
            skipped: Counter[str] = Counter()
            for row in self._newest_first(reader, definition.key):
                version = None
                reason = _why_not_latest(IMAGE_VERSION.answer(row), now)
                if reason is None and replication:
                    version = self._view(row, full=True)
                    reason = _why_not_latest_in(version, region.name) if region else None
                if reason is None:
                    return definition, row, version
                skipped[reason] += 1
            spelled = existing(reader, IMAGE_DEFINITION, definition_name).name
        raise _no_latest(spelled, region.name if region else None, skipped)

    @staticmethod
    def _newest_first(reader: Reader, definition_key: str) -> Iterator[Shown]:
        """The definition's versions, highest first, read in growing batches: the
        newest usually qualifies, and the cost must not grow with the versions kept."""
        prefix = f"{definition_key}|"
        before, size = prefix + "\uffff", 1
        while batch := reader.last_by_unique_key(
            IMAGE_VERSION.name, prefix, before=before, limit=size
        ):
            yield from batch
            before, size = batch[-1].unique_key or "", min(size * 4, 256)

    async def create(
        self,
        parent: str,
        version_id: str,
        version: ImageVersion,
        mutation: Mutation,
        v: Violations,
    ) -> operations.Operation:
        """Starts creating the version; `v` holds what the edge already found wrong."""
        definition_name = parse_into(v, names.parse_image_definition, parent, "parent")
        _check_name(version_id, v)
        validation.check_tags(version.tags, "image_version.tags", v)
        now = self._clock()
        validation.check_future(
            version.publishing_profile.end_of_life_date,
            now,
            "image_version.publishing_profile.end_of_life_date",
            v,
        )
        if definition_name is None:
            v.raise_if_any()

        def insert(tx: Transaction) -> Record:
            definition = tx.get(str(definition_name))
            if definition is None or definition.kind != IMAGE_DEFINITION.name:
                v.raise_if_any()
                raise NotFound(
                    "PARENT_NOT_FOUND",
                    f"Cannot create image version {version_id}: the image definition "
                    f"{definition_name} was not found.",
                    resource=str(definition_name),
                )
            # The name is the definition's, spelled as it was created.
            parent_name = names.parse_image_definition(definition.name, "parent")
            name = names.ImageVersionName(parent_name, version_id)
            if (same := tx.get(str(name))) is not None:
                _refuse_taken(same)
            definition_model = IMAGE_DEFINITION.to_model(definition)
            created = self._prepare(tx, definition_model, name, version, now, v)
            self.refuse_over_limit(tx, name.subscription, created.location)
            record = tx.insert(
                Record(
                    kind=IMAGE_VERSION.name,
                    name=str(name),
                    parent_key=definition.key,
                    subscription=name.subscription,
                    location=created.location,
                    body=IMAGE_VERSION.body(created),
                    unique_key=sort_key(definition.key, version_id),
                )
            )
            tx.blobs.hold(record.key, _digests(created.storage_profile))
            _add_replicas(tx, record.key, created, publishing.plan(created.publishing_profile))
            tx.replicas.touch(record.key)  # watches hear of it, a shallow one (no replicas) too
            operation = operations.start(tx, record, "create", now)
            settle(tx, record.key, now)  # done at once when nothing is to be copied (shallow)
            return tx.get(operation.key) or operation

        return operations.OPERATION.to_model(await write(self._store, insert, mutation))

    def _prepare(
        self,
        tx: Transaction,
        definition: ImageDefinition,
        name: names.ImageVersionName,
        version: ImageVersion,
        now: datetime,
        v: Violations,
    ) -> ImageVersion:
        """The version as it will be stored, after every check that needs the store;
        raises with every violation, `v`'s included."""
        storage, location = version_sources.resolve(tx, definition, version, v)
        if version.location and location:
            region = validation.check_region(version.location, "image_version.location", v)
            if region is not None and region.name != location:
                v.add(
                    "image_version.location",
                    "LOCATION_MISMATCH",
                    f"{version.location!r} differs from the region of the source ({location}); "
                    "an image version lives in its source's region",
                )
        profile = publishing.normalize(
            version.publishing_profile,
            location,
            self._limits.replicas,
            identity.allowed_regions(tx, name.subscription),
            v,
        )
        v.raise_if_any()
        return replace(
            version,
            name=str(name),
            location=location,
            storage_profile=storage,
            publishing_profile=replace(profile, published_date=now),
            provisioning_state=ProvisioningState.CREATING,
            replication_status=None,
            create_time=now,
            update_time=now,
            etag="",
        )

    # A version's update and delete are long-running: they answer an Operation
    # where the other kinds' (the base class's) answer the resource or nothing.
    async def update(  # type: ignore[override]
        self, version: ImageVersion, paths: list[str], mutation: Mutation, v: Violations
    ) -> operations.Operation:
        name = parse_into(v, self.parse_name, version.name, "image_version.name")
        v.raise_if_any()
        now = self._clock()

        def change(tx: Transaction) -> Record:
            record = existing(tx, IMAGE_VERSION, name)
            check_etag(record, version.etag, IMAGE_VERSION)
            current = IMAGE_VERSION.to_model(record)
            _refuse_while_deleting(current)
            problems = Violations()
            updated, applied = apply_update(IMAGE_VERSION, current, version, paths, problems)
            allowed = identity.allowed_regions(tx, record.subscription)
            updated = self._checked_update(current, updated, applied, now, allowed, problems)
            updated = replace(
                updated, update_time=now, provisioning_state=ProvisioningState.UPDATING
            )
            stored = tx.update(replace(record, body=IMAGE_VERSION.body(updated)))
            _replan(tx, stored.key, updated)
            operation = operations.start(tx, stored, "update", now)
            settle(tx, stored.key, now)
            return tx.get(operation.key) or operation

        return operations.OPERATION.to_model(await write(self._store, change, mutation))

    def _checked_update(
        self,
        current: ImageVersion,
        updated: ImageVersion,
        applied: set[str],
        now: datetime,
        allowed: publishing.AllowList,
        v: Violations,
    ) -> ImageVersion:
        if "tags" in applied:
            validation.check_tags(updated.tags, "image_version.tags", v)
        if "publishing_profile.end_of_life_date" in applied:
            validation.check_future(
                updated.publishing_profile.end_of_life_date,
                now,
                "image_version.publishing_profile.end_of_life_date",
                v,
            )
        kept = {t.name: t for t in current.publishing_profile.target_regions}
        profile = updated.publishing_profile
        profile.target_regions = [
            _keep_storage_type(target, kept) for target in profile.target_regions
        ]
        profile = publishing.normalize(profile, updated.location, self._limits.replicas, allowed, v)
        for index, target in enumerate(profile.target_regions):
            before = kept.get(target.name)
            if before and before.storage_account_type != target.storage_account_type:
                v.add(
                    f"image_version.publishing_profile.target_regions[{index}].storage_account_type",
                    "IMMUTABLE_FIELD",
                    f"the storage account type of {target.name} is "
                    f"{before.storage_account_type} and cannot change after creation",
                )
        v.raise_if_any()
        removed = sorted(set(kept) - {t.name for t in profile.target_regions})
        if removed and not updated.safety_profile.allow_deletion_of_replicated_locations:
            raise FailedPrecondition(
                "REGION_REMOVAL_NOT_ALLOWED",
                f"Removing {', '.join(removed)} from the target regions deletes its replicas; "
                "set safety_profile.allow_deletion_of_replicated_locations to true to allow it.",
                regions=",".join(removed),
            )
        return replace(updated, publishing_profile=profile)

    # Long-running, as update is.
    async def delete(  # type: ignore[override]
        self,
        name: str,
        etag: str,
        force: bool,
        mutation: Mutation,
        bypass_soft_delete: bool = False,
    ) -> operations.Operation:
        parsed = self.parse_name(name, "name")
        now = self._clock()

        def remove(tx: Transaction) -> Record:
            record = existing(tx, IMAGE_VERSION, parsed)
            check_etag(record, etag, IMAGE_VERSION)
            version = IMAGE_VERSION.to_model(record)
            _refuse_while_deleting(version)
            version_safety.refuse_before_end_of_life(version, now)
            gallery = parsed.definition_name.gallery_name
            if not bypass_soft_delete and soft_delete.enabled(tx, gallery):
                return _soft_delete(tx, record, now)
            version.provisioning_state = ProvisioningState.DELETING
            stored = tx.update(replace(record, body=IMAGE_VERSION.body(version)))
            for replica in tx.replicas.of_version(stored.key):
                tx.replicas.mark_for_removal(replica)
            operation = operations.start(tx, stored, "delete", now)
            settle(tx, stored.key, now)
            return tx.get(operation.key) or operation

        return operations.OPERATION.to_model(await write(self._store, remove, mutation))

    async def retry(self, name: str, mutation: Mutation) -> operations.Operation:
        parsed = self.parse_name(name, "name")
        now = self._clock()

        def restart(tx: Transaction) -> Record:
            record = existing(tx, IMAGE_VERSION, parsed)
            version = IMAGE_VERSION.to_model(record)
            _refuse_while_deleting(version)
            failed = [
                r for r in tx.replicas.of_version(record.key) if r.state == ReplicaState.FAILED
            ]
            if not failed:
                raise FailedPrecondition(
                    "NO_FAILED_REGIONS",
                    f"No region of {record.name} has failed; there is nothing to retry.",
                    resource=record.name,
                )
            for replica in failed:
                tx.replicas.transition(
                    replica, ReplicaState.PENDING, attempts=0, not_before=0, error=""
                )
            version.provisioning_state = ProvisioningState.UPDATING
            stored = tx.update(replace(record, body=IMAGE_VERSION.body(version)))
            return operations.start(tx, stored, "update", now)

        return operations.OPERATION.to_model(await write(self._store, restart, mutation))


def replica_disks(reader: Reader, version_key: str) -> list[tuple[str, Disk]]:
    """The disks every replica of the version holds, named "os" and "lun-{n}"."""
    record = reader.get(version_key)
    if record is None:
        return []
    storage = IMAGE_VERSION.to_model(record).storage_profile
    disks = [("os", storage.os_disk_image)] if storage.os_disk_image else []
    disks += [(f"lun-{d.lun}", d) for d in storage.data_disk_images]
    return [(name, image.disk) for name, image in disks if image and image.disk]


def settle(tx: Transaction, version_key: str, now: datetime) -> None:
    """Brings a version and its operations up to date with its replicas: done
    when every replica is complete (or deleted, for a delete), failed when the
    only ones left unfinished have failed."""
    record = tx.get(version_key)
    if record is None or record.kind != IMAGE_VERSION.name:
        # Gone with its definition or gallery: what was running on it cannot finish.
        operations.finish(tx, version_key, now, _deleted_meanwhile(version_key))
        return
    version = IMAGE_VERSION.to_model(record)
    replicas = tx.replicas.of_version(version_key)
    status = replication_status.summarize(version, replicas)
    if version.provisioning_state is ProvisioningState.DELETING:
        if not replicas:
            tx.delete(record)
            tx.replicas.touch(version_key)
            operations.finish(tx, version_key, now, verbs={"delete"})
            operations.finish(tx, version_key, now, _deleted_meanwhile(record.name))
        return
    unfinished = [
        r for r in replicas if r.state not in (ReplicaState.COMPLETED, ReplicaState.FAILED)
    ]
    if unfinished:
        operations.report(tx, version_key, replication_status.percent(status), "Replicating")
        return
    failed = [s.region for s in status.summary if s.state and s.state.value == "Failed"]
    state = ProvisioningState.FAILED if failed else ProvisioningState.SUCCEEDED
    if version.provisioning_state is not state:
        tx.update(replace(record, body={**record.body, "provisioning_state": state.value}))
    error = replication_status.failure(record.name, status) if failed else None
    operations.finish(tx, version_key, now, error)


def _soft_delete(tx: Transaction, record: Record, now: datetime) -> Record:
    """Sets the version aside, its delete done at once; what ran on it cannot finish."""
    operation = operations.start(tx, record, "delete", now)
    soft_delete.set_aside(tx, record, now)
    operations.finish(tx, record.key, now, verbs={"delete"})
    operations.finish(tx, record.key, now, _deleted_meanwhile(record.name))
    return tx.get(operation.key) or operation


def _refuse_taken(same: Record) -> None:
    if same.kind == soft_delete.KIND:
        raise AlreadyExists(
            "SOFT_DELETED_VERSION_EXISTS",
            f"The image version {same.name} is soft-deleted and holds its name until "
            f"{soft_delete.purge_time(same).isoformat()}; restore it (UndeleteImageVersion) "
            "or purge it (PurgeImageVersion) first.",
            resource=same.name,
            purgeTime=soft_delete.purge_time(same).isoformat(),
        )
    raise AlreadyExists(
        "RESOURCE_ALREADY_EXISTS",
        f"The image version {same.name} already exists.",
        resource=same.name,
    )


def _deleted_meanwhile(name: str) -> operations.OperationError:
    return operations.OperationError(
        code="ABORTED",
        reason="VERSION_DELETED",
        message=f"The image version {name} was deleted before this operation completed.",
        metadata={"resource": name},
    )


_NOT_LATEST = {
    "deleting": "being deleted",
    "excluded": "excluded from latest",
    "expired": "past end of life",
    "notTargeted": "not replicated to the region",
    "excludedInRegion": "excluded from latest in the region",
    "notReplicated": "not completely replicated to the region yet",
}


def _why_not_latest(message: Any, now: datetime) -> str | None:
    """Why the version (its stored ImageVersion message) cannot be "latest" in any
    region (a key of _NOT_LATEST), or None."""
    profile = message.publishing_profile
    if message.provisioning_state == common_pb2.PROVISIONING_STATE_DELETING:
        return "deleting"
    if profile.exclude_from_latest:
        return "excluded"
    if profile.HasField("end_of_life_date") and profile.end_of_life_date.ToDatetime(UTC) <= now:
        return "expired"
    return None


class _KeptLatest(NamedTuple):
    definition: str  # its name as created
    answer: bytes
    end_of_life: datetime | None  # of the version answered


def _end_of_life(row: Shown) -> datetime | None:
    profile = IMAGE_VERSION.answer(row).publishing_profile  # type: ignore[attr-defined]
    if not profile.HasField("end_of_life_date"):
        return None
    return cast(datetime, profile.end_of_life_date.ToDatetime(UTC))


def _why_not_latest_in(version: ImageVersion, region: str) -> str | None:
    """Why the version, which may be latest elsewhere, cannot be in `region`."""
    profile = version.publishing_profile
    target = next((t for t in profile.target_regions if t.name == region), None)
    if target is None:
        return "notTargeted"
    if target.exclude_from_latest:
        return "excludedInRegion"
    assert version.replication_status is not None
    if not replication_status.completed_in(version.replication_status, region):
        return "notReplicated"
    return None


def _no_latest(definition: str, region: str | None, skipped: Counter[str]) -> NotFound:
    where = f" in {region}" if region else ""
    if not skipped:
        because = "it has no image versions"
    else:
        because = "of its versions, " + ", ".join(
            f"{count} {'is' if count == 1 else 'are'} {_NOT_LATEST[why]}"
            for why, count in skipped.items()
        )
    return NotFound(
        "NO_LATEST_VERSION",
        f"There is no latest image version of {definition}{where}: {because}.",
        resource=definition,
        region=region or "",
        **{why: str(count) for why, count in skipped.items()},
    )


def _check_name(version_id: str, v: Violations) -> None:
    rule = (
        "the image version name should follow Major(int).Minor(int).Patch(int) format, "
        "e.g. 1.0.0 or 2018.12.1, each part 0 to 2147483647 without leading zeros"
    )
    if not version_id:
        v.required("image_version_id", "the version name")
    elif not NAME_PATTERN.fullmatch(version_id) or any(
        int(part) > MAX_PART for part in version_id.split(".")
    ):
        v.add("image_version_id", "INVALID_NAME", f"{version_id!r} is invalid: {rule}")


def _digests(storage: StorageProfile) -> Iterable[str]:
    disks = [storage.os_disk_image, *storage.data_disk_images]
    return {d.disk.sha256 for d in disks if d and d.disk}


def _occupied(storage: StorageProfile) -> int:
    disks = [storage.os_disk_image, *storage.data_disk_images]
    return sum(d.disk.occupied_bytes for d in disks if d and d.disk)


def _add_replicas(
    tx: Transaction, key: str, version: ImageVersion, planned: Iterable[publishing.PlannedReplica]
) -> None:
    total = _occupied(version.storage_profile)
    planned = list(planned)
    removing = {
        (r.region, r.replica, r.zone)
        for r in tx.replicas.of_version(key)
        if r.state == ReplicaState.REMOVING
    }
    clash = sorted({p.region for p in planned if (p.region, p.replica, p.zone) in removing})
    if clash:
        raise FailedPrecondition(
            "REPLICAS_BEING_REMOVED",
            f"Replicas of {key} in {', '.join(clash)} are still being removed; try again "
            "when they are gone (watch the version, or retry in a few seconds).",
            regions=",".join(clash),
        )
    for replica in planned:
        tx.replicas.add(key, replica.region, replica.replica, replica.zone, total)


def _replan(tx: Transaction, key: str, version: ImageVersion) -> None:
    """Adds the replicas the profile now asks for and marks the others for removal."""
    wanted = set(publishing.plan(version.publishing_profile))
    have = {}
    for replica in tx.replicas.of_version(key):
        planned = publishing.PlannedReplica(replica.region, replica.replica, replica.zone)
        if planned in wanted and replica.state != ReplicaState.REMOVING:
            have[planned] = replica
        else:
            tx.replicas.mark_for_removal(replica)
    _add_replicas(tx, key, version, sorted(wanted - set(have), key=str))


def _keep_storage_type(target: Any, kept: dict[str, Any]) -> Any:
    """A region kept by an update keeps its storage type unless one is given."""
    region = validation.regions.lookup(target.name)
    before = kept.get(region.name) if region else None
    if before and target.storage_account_type is None:
        return replace(target, storage_account_type=before.storage_account_type)
    return target


def _refuse_while_deleting(version: ImageVersion) -> None:
    if version.provisioning_state is ProvisioningState.DELETING:
        raise FailedPrecondition(
            "VERSION_BEING_DELETED",
            f"The image version {version.name} is being deleted; only the delete may be "
            "retried (or waited for).",
            resource=version.name,
        )

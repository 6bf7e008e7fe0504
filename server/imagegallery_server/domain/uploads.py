"""Uploads: the bytes of one disk on their way in — declared, written forward in
chunks, resumable from the offset the server holds, checked at commit — and the
freeing of disk content (blobs) that nothing holds any more.

An upload is a record (kind "upload", named .../providers/Microsoft.Compute/uploads/{id}
with an id the server picks) beside its bytes in the content layer's UploadStore,
which keeps the received offset durable. A committed upload holds its blob (a
blob_refs row under its key) until it is deleted or an image source consumes it.

Expiry: an upload that is not committed and has not been written to for the TTL
(24 hours by default) is deleted with its bytes. A committed upload never expires:
it is a finished disk, kept until it is deleted or made into an image source.

Freeing: a blob file is removed once no blob_refs row holds it. Whoever releases
refs calls `free_blobs(digests)`; `collect_garbage()` also removes blob files that
nothing holds and that are older than a grace period (left by a crash between a
release and its removal). Both run their check-and-remove on the store's writer,
so they never race a transaction that holds a digest; a commit in progress marks
its digest as pending, so its blob is never removed between the content layer
storing it and the store holding it.
"""

import asyncio
import re
import threading
import uuid
from collections import Counter
from collections.abc import AsyncIterable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import structlog

from imagegallery_server import content
from imagegallery_server.clock import SystemClock
from imagegallery_server.content import Layout, UploadStore
from imagegallery_server.domain import codec, names, validation
from imagegallery_server.domain.access import Caller, Permission
from imagegallery_server.domain.errors import (
    DomainError,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    OutOfRange,
    Violation,
    Violations,
)
from imagegallery_server.domain.identity import require_subscription
from imagegallery_server.domain.model import Disk, Upload, UploadState
from imagegallery_server.domain.resources import Clock, Mutation, parse_into, write
from imagegallery_server.store import Reader, Record, Store, Transaction

log = structlog.get_logger("imagegallery.uploads")

UPLOAD_KIND = "upload"
COLLECTION = "uploads"
DEFAULT_TTL = timedelta(hours=24)
MAX_DISK_BYTES = content.MAX_DISK_BYTES
_SHA256 = re.compile(r"[0-9a-fA-F]{64}")
_LIST_BATCH = 500


def parse_upload_name(text: str, field: str) -> names.ChildName:
    return names.parse_child(text, field, [COLLECTION])


def upload_of(record: Record) -> Upload:
    """The upload a record stores (received_bytes and expire_time are not stored)."""
    return codec.decode(Upload, record.body)


def _upload_id(record: Record) -> str:
    """The content layer's id: the last segment of the name as the server made it."""
    return record.name.rsplit("/", 1)[1]


def _existing(reader: Reader, name: object) -> Record:
    record = reader.get(str(name))
    if record is None or record.kind != UPLOAD_KIND:
        raise NotFound("RESOURCE_NOT_FOUND", f"The upload {name} was not found.", resource=name)
    return record


class Uploads:
    def __init__(
        self,
        store: Store,
        uploads: UploadStore,
        layout: Layout,
        clock: Clock,
        *,
        ttl: timedelta = DEFAULT_TTL,
        blob_grace: timedelta | None = None,
    ) -> None:
        """`ttl`: how long an uncommitted upload lives unwritten; `blob_grace`: how old
        a blob nothing holds must be before collect_garbage removes it (default: ttl)."""
        self._store = store
        self._content = uploads
        self._layout = layout
        self._clock = clock
        self.ttl = ttl
        self.blob_grace = ttl if blob_grace is None else blob_grace
        # Digests (and upload ids) of commits between the content layer and the store.
        self._pending_lock = threading.Lock()
        self._pending_digests: Counter[str] = Counter()
        self._committing: set[str] = set()

    # -- the RPCs --------------------------------------------------------------------

    async def create(
        self, parent: str, upload: Upload, mutation: Mutation, v: Violations, caller: Caller
    ) -> Upload:
        """Declares a disk and begins receiving it, in a subscription that exists
        (`require_subscription`); `v` holds what the edge found wrong. A size over
        1 TiB is refused before any file exists."""
        resource_group = parse_into(v, names.parse_resource_group, parent, "parent")
        region = validation.check_region(upload.location, "upload.location", v)
        check_size(upload.size_bytes, "upload.size_bytes", v)
        v.raise_if_any()
        assert resource_group is not None and region is not None
        upload_id = uuid.uuid4().hex
        name = names.ChildName(resource_group, COLLECTION, upload_id)
        now = self._clock()
        created = Upload(
            name=str(name),
            location=region.name,
            size_bytes=upload.size_bytes,
            state=UploadState.RECEIVING,
            create_time=now,
        )

        def insert(tx: Transaction) -> Record:
            require_subscription(tx, name.subscription, caller, now, (Permission.WRITE, parent))
            return tx.insert(
                Record(
                    kind=UPLOAD_KIND,
                    name=str(name),
                    parent_key=names.key(resource_group),
                    subscription=name.subscription,
                    location=region.name,
                    body=codec.encode(created),
                )
            )

        # Bytes first: a crash before the record leaves a file that expiry removes.
        await asyncio.to_thread(self._content.begin, upload_id, upload.size_bytes)
        try:
            record = await write(self._store, insert, mutation)
        except Exception:
            await asyncio.to_thread(self._abort_quietly, upload_id)
            raise
        if record.key != names.key(name):  # a retry, answered with the first call's upload
            await asyncio.to_thread(self._abort_quietly, upload_id)
        return await self._answer(record)

    async def get(self, name: str) -> Upload:
        return await self._answer(_existing(self._store.read, parse_upload_name(name, "name")))

    async def write(self, name: str, chunks: AsyncIterable[tuple[int, bytes]]) -> Upload:
        """Stores each (offset, data) in turn: an offset must be the bytes received so
        far, or beyond them to skip zeros. Bytes stored before a failure are kept."""
        record = _existing(self._store.read, parse_upload_name(name, "name"))
        upload = upload_of(record)
        if upload.state is UploadState.COMMITTED:
            raise _already_committed(record, upload)
        upload_id = _upload_id(record)
        async for offset, data in chunks:
            if self._is_committing(upload_id):
                raise self._gone(record)
            try:
                await asyncio.to_thread(self._content.write, upload_id, offset, data)
            except content.OffsetMismatch as error:
                raise FailedPrecondition(
                    "UPLOAD_OFFSET_MISMATCH",
                    f"The upload {record.name} holds {error.expected} bytes; a write at offset "
                    f"{error.got} would overwrite them. Resume at offset {error.expected}.",
                    upload=record.name,
                    offset=str(error.got),
                    receivedBytes=str(error.expected),
                ) from None
            except content.WriteBeyondEnd as error:
                raise OutOfRange(
                    "UPLOAD_WRITE_BEYOND_END",
                    f"A write ending at byte {error.end} is past the end of the upload "
                    f"{record.name}, declared with {error.size} bytes.",
                    upload=record.name,
                    end=str(error.end),
                    sizeBytes=str(error.size),
                ) from None
            except content.UnknownUpload:
                raise self._gone(record) from None
        return await self._answer(record)

    async def commit(
        self, name: str, size_bytes: int, sha256: str, mutation: Mutation, v: Violations
    ) -> Upload:
        """Checks the size and the sha256 the client states against the bytes held,
        then keeps them as a blob the upload holds. A failed check commits nothing."""
        parsed = parse_into(v, parse_upload_name, name, "name")
        if size_bytes == 0:
            v.required("size_bytes", "the disk's size in bytes")
        elif size_bytes < 0:
            v.add("size_bytes", "FIELD_INVALID", f"{size_bytes} is negative")
        if not sha256:
            v.required("sha256", "the hex sha256 of every byte of the disk")
        elif not _SHA256.fullmatch(sha256):
            v.add("sha256", "FIELD_INVALID", f"{sha256!r} is not a sha256: 64 hex digits")
        v.raise_if_any()
        record = _existing(self._store.read, parsed)
        upload = upload_of(record)
        digest = sha256.lower()
        if upload.state is UploadState.COMMITTED:
            if upload.disk and (upload.disk.sha256, upload.size_bytes) == (digest, size_bytes):
                return await self._answer(record)  # committed before with the same: a retry
            raise _already_committed(record, upload)
        if size_bytes != upload.size_bytes:
            raise InvalidArgument(
                [
                    Violation(
                        "size_bytes",
                        "UPLOAD_SIZE_MISMATCH",
                        f"{size_bytes} differs from the {upload.size_bytes} bytes declared when "
                        f"the upload {record.name} was created",
                    )
                ]
            )
        # Once the bytes are being hashed the commit finishes even if the client goes
        # away (a deadline shorter than hashing a large disk): a retry finds it done.
        task = asyncio.ensure_future(self._commit(record, size_bytes, digest, mutation))
        task.add_done_callback(_retrieve)
        return await self._answer(await asyncio.shield(task))

    async def _commit(self, record: Record, size: int, digest: str, mutation: Mutation) -> Record:
        with self._pending(_upload_id(record), digest):
            try:
                disk = await asyncio.to_thread(self._commit_content, record, size, digest)
            except content.UnknownUpload:
                raise self._gone(record) from None
            upload_id = _upload_id(record)

            def mark(tx: Transaction) -> Record:
                current = tx.get(record.key)
                if current is None or current.kind != UPLOAD_KIND:
                    raise NotFound(
                        "RESOURCE_NOT_FOUND",
                        f"The upload {record.name} was deleted during its commit.",
                        resource=record.name,
                    )
                tx.blobs.hold(current.key, [disk.sha256])
                body = {
                    **current.body,
                    "state": UploadState.COMMITTED.value,
                    "disk": codec.encode(disk),
                }
                return tx.update(replace(current, body=body))

            try:
                stored: Record = await write(self._store, mark, mutation)
            finally:
                await asyncio.to_thread(self._content.settled, upload_id)
            return stored

    async def delete(self, name: str, mutation: Mutation) -> None:
        """Abandons the upload: its record goes, its bytes and its blob are freed."""
        parsed = parse_upload_name(name, "name")

        def remove(tx: Transaction) -> Record:
            record = _existing(tx, parsed)
            tx.delete(record)
            tx.blobs.release(record.key)
            return record

        record = await write(self._store, remove, mutation)
        await asyncio.to_thread(self._abort_quietly, _upload_id(record))
        upload = upload_of(record)
        if upload.disk is not None:
            await self.free_blobs([upload.disk.sha256])

    # -- expiry and freeing ----------------------------------------------------------

    async def expire(self, now: datetime | None = None) -> list[str]:
        """Deletes the uncommitted uploads untouched for the TTL, with their bytes,
        and answers their names. Committed uploads never expire."""
        now = now or self._clock()
        ttl = self.ttl.total_seconds()
        await asyncio.to_thread(self._content.expire, ttl, now.timestamp())
        candidates = self._receiving(created_before=now - self.ttl)
        stale = await asyncio.to_thread(self._without_bytes, candidates)
        if not stale:
            return []

        def remove(tx: Transaction) -> list[str]:
            removed = []
            for key in stale:
                record = tx.get(key)
                if record is not None and upload_of(record).state is UploadState.RECEIVING:
                    tx.delete(record)
                    removed.append(record.name)
            return removed

        removed: list[str] = await self._store.write(remove)
        if removed:
            log.info("uploads.expired", count=len(removed))
        return removed

    async def free_blobs(self, digests: Iterable[str]) -> list[str]:
        """Removes the blob files of `digests` that nothing holds; answers those removed."""
        wanted = sorted(set(digests))
        if not wanted:
            return []

        def remove(tx: Transaction) -> list[str]:
            removed = []
            for digest in wanted:
                with self._pending_lock:
                    if self._pending_digests[digest] or tx.blobs.held(digest):
                        continue
                    if self._content.remove_blob(digest):
                        removed.append(digest)
            return removed

        removed: list[str] = await self._store.write(remove)
        if removed:
            log.info("blobs.freed", count=len(removed))
        return removed

    async def collect_garbage(self, now: datetime | None = None) -> list[str]:
        """Removes blob files nothing holds that are older than the grace period."""
        cutoff = (now or self._clock()) - self.blob_grace
        candidates = await asyncio.to_thread(self._blobs_before, cutoff.timestamp())
        return await self.free_blobs(candidates)

    @property
    def sweep_interval(self) -> float:
        """Seconds between sweeps: a quarter of the TTL, from 0.25 s to 5 minutes."""
        return min(max(self.ttl.total_seconds() / 4, 0.25), 300.0)

    async def sweep(self) -> None:
        await self.expire()
        await self.collect_garbage()

    async def run_sweeper(self, clock: SystemClock) -> None:
        """Sweeps now and then every `sweep_interval` until cancelled."""
        while True:
            try:
                await self.sweep()
            except Exception:
                log.exception("uploads.sweep_failed")
            await clock.sleep(self.sweep_interval)

    # -- helpers ---------------------------------------------------------------------

    async def _answer(self, record: Record) -> Upload:
        """The upload with what is live: bytes received and when it expires."""
        upload = upload_of(record)
        if upload.state is UploadState.COMMITTED or self._is_committing(_upload_id(record)):
            upload.received_bytes = upload.size_bytes  # a commit needs every byte
            return upload
        try:
            received, touched = await asyncio.to_thread(self._progress, _upload_id(record))
        except content.UnknownUpload:
            raise self._gone(record) from None
        upload.received_bytes = received
        upload.expire_time = datetime.fromtimestamp(touched, UTC) + self.ttl
        return upload

    def _progress(self, upload_id: str) -> tuple[int, float]:
        """The durable offset and when the upload was last written (a file time)."""
        return self._content.received(upload_id), self._content.last_touched(upload_id)

    def _commit_content(self, record: Record, size: int, digest: str) -> Disk:
        upload_id = _upload_id(record)
        try:
            disk = self._content.commit(upload_id, size, digest)
        except content.UploadIncomplete as error:
            raise FailedPrecondition(
                "UPLOAD_INCOMPLETE",
                f"The upload {record.name} holds {error.received} of its {error.size} bytes; "
                f"write the rest from offset {error.received}, then commit.",
                upload=record.name,
                receivedBytes=str(error.received),
                sizeBytes=str(error.size),
            ) from None
        except content.DigestMismatch as error:
            raise FailedPrecondition(
                "UPLOAD_DIGEST_MISMATCH",
                f"The bytes of the upload {record.name} have sha256 {error.actual}, not "
                f"{error.expected} as stated; nothing was committed. Delete the upload and "
                "send the disk again.",
                upload=record.name,
                statedSha256=error.expected,
                receivedSha256=error.actual,
            ) from None
        except content.UnknownUpload:
            # A commit cut off (by a crash) after the content layer kept the blob and
            # before the store recorded it: the blob is the verified content.
            blob = self._layout.blob_path(digest)
            if blob.is_file() and blob.stat().st_size == size:
                return Disk(digest, size, content.occupied_bytes(blob))
            raise
        return Disk(disk.digest, disk.provisioned_bytes, disk.occupied_bytes)

    def _gone(self, record: Record) -> DomainError:
        """Why an upload the store knows has no bytes being received."""
        current = self._store.read.get(record.key)
        if current is not None and upload_of(current).state is UploadState.COMMITTED:
            return _already_committed(current, upload_of(current))
        if self._is_committing(_upload_id(record)):
            return FailedPrecondition(
                "UPLOAD_ALREADY_COMMITTED",
                f"The upload {record.name} is being committed; its bytes cannot change.",
                upload=record.name,
            )
        return NotFound(
            "RESOURCE_NOT_FOUND",
            f"The upload {record.name} was not found (deleted, or expired after "
            f"{_duration(self.ttl)} without a write).",
            resource=record.name,
        )

    def _is_committing(self, upload_id: str) -> bool:
        with self._pending_lock:
            return upload_id in self._committing

    @contextmanager
    def _pending(self, upload_id: str, digest: str) -> Iterator[None]:
        with self._pending_lock:
            self._pending_digests[digest] += 1
            self._committing.add(upload_id)
        try:
            yield
        finally:
            with self._pending_lock:
                self._pending_digests[digest] -= 1
                if not self._pending_digests[digest]:
                    del self._pending_digests[digest]
                self._committing.discard(upload_id)

    def _receiving(self, created_before: datetime) -> dict[str, str]:
        """Uncommitted uploads created before `created_before` and not being committed:
        their ids by key."""
        found, after = {}, ""
        while batch := self._store.read.list(UPLOAD_KIND, limit=_LIST_BATCH, after=after):
            for record in batch:
                upload = upload_of(record)
                if (
                    upload.state is UploadState.RECEIVING
                    and upload.create_time is not None
                    and upload.create_time < created_before
                ):
                    found[record.key] = _upload_id(record)
            after = batch[-1].key
        with self._pending_lock:
            return {k: i for k, i in found.items() if i not in self._committing}

    def _without_bytes(self, uploads: dict[str, str]) -> list[str]:
        """The keys of `uploads` whose bytes are gone (expired, or lost to a crash)."""
        return [key for key, upload_id in uploads.items() if not self._content.holds(upload_id)]

    def _blobs_before(self, cutoff: float) -> list[str]:
        blobs_dir = self._layout.blobs_dir
        if not blobs_dir.is_dir():
            return []
        old = []
        for path in blobs_dir.iterdir():
            with suppress(FileNotFoundError):
                if _SHA256.fullmatch(path.name) and path.stat().st_mtime < cutoff:
                    old.append(path.name)
        return old

    def _abort_quietly(self, upload_id: str) -> None:
        with suppress(content.UnknownUpload):
            self._content.abort(upload_id)


def check_size(size: int, field: str, v: Violations) -> None:
    if size == 0:
        v.required(field, "the disk's provisioned size in bytes")
    elif size < 0:
        v.add(field, "FIELD_INVALID", f"{size} is negative")
    elif size > MAX_DISK_BYTES:
        v.add(
            field,
            "DISK_TOO_LARGE",
            f"{size} bytes is above the largest disk, 1 TiB ({MAX_DISK_BYTES} bytes)",
        )


def _already_committed(record: Record, upload: Upload) -> FailedPrecondition:
    digest = upload.disk.sha256 if upload.disk else ""
    return FailedPrecondition(
        "UPLOAD_ALREADY_COMMITTED",
        f"The upload {record.name} is committed (sha256 {digest}, {upload.size_bytes} bytes); "
        "its bytes cannot change. Create a new upload for other bytes.",
        upload=record.name,
        sha256=digest,
        sizeBytes=str(upload.size_bytes),
    )


def _retrieve(task: "asyncio.Future[Record]") -> None:
    """Marks the outcome of a shielded commit as seen, whether or not anyone awaits it."""
    if not task.cancelled():
        task.exception()


def _duration(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    if seconds % 3600 == 0:
        return f"{seconds // 3600} hours"
    return f"{seconds} seconds"

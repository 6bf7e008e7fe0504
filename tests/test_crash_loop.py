"""Crash loop: the server is SIGKILLed at seeded random events of uploads,
replication (3 regions x 2 replicas) and catalog writes. After every restart it
serves, holds every acknowledged write, finishes every version with replicas that
hash right, passes SQLite's integrity check (on SQLite), and leaves no orphan file
or blob.

A run prints its seed; IMAGEGALLERY_CRASH_SEED=<seed> replays it."""

import contextlib
import hashlib
import itertools
import os
import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import grpc
from conftest import connect_to_store, gallery_pb
from google.longrunning import operations_pb2
from imagegallery.v1 import image_source_service_pb2 as source_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery_server.content.layout import version_dir_name
from imagegallery_server.store.connection import Connection
from imagegallery_server.testing import ServerProcess, wait_for
from test_uploads import MiB, chunks, commit, get, new_upload
from versioning import Catalog

KILLS = 21
REGIONS = ("eastus", "westus", "northeurope")
# Copies slow enough that a kill lands mid-copy; the events, not these, time the kills.
ENV = {
    "IMAGEGALLERY_REGION_THROTTLES": ",".join(f"{r}={16 * MiB}" for r in REGIONS),
    "IMAGEGALLERY_REPLICATION_RETRY_SECONDS": "0.1",
}
EVENT_TIMEOUT = 60.0


def until(condition: Callable[[], bool], what: str) -> None:
    """Waits for `condition` (polled; every check is a read of real state)."""
    wait_for(condition, EVENT_TIMEOUT, what)


def disk(rng: random.Random) -> bytes:
    """Random data with zero runs, a few MiB."""
    parts = [rng.randbytes(rng.randint(1, 3) * MiB // 2) + bytes(MiB // 2) for _ in range(3)]
    return b"".join(parts)


@contextlib.contextmanager
def killed_midway() -> Iterator[None]:
    """Background work ends when the server it talks to is killed."""
    with contextlib.suppress(grpc.RpcError, ValueError):  # ValueError: the channel closed
        yield


@contextlib.contextmanager
def database(server: ServerProcess) -> Iterator[Connection]:
    with closing(connect_to_store(server.data_dir, server.store)) as connection:
        yield connection


@dataclass
class Acknowledged:
    """What the server answered as done, which no crash may lose."""

    galleries: list[str] = field(default_factory=list)
    uploads: dict[str, bytes] = field(default_factory=dict)  # upload name -> its bytes
    # version -> the sha256 of its disk and the operation creating it
    versions: dict[str, tuple[str, str]] = field(default_factory=dict)


class CrashLoop:
    def __init__(self, data_dir: Path, rng: random.Random) -> None:
        self.data_dir = data_dir
        self.rng = rng
        self.acknowledged = Acknowledged()
        self.resource_group = f"/subscriptions/{uuid.uuid4()}/resourceGroups/crash"
        self.server = ServerProcess(data_dir, env=ENV)
        self.channel: grpc.Channel | None = None
        self.catalog: Catalog
        self.definition = None
        self.numbers = itertools.count()  # for names never used before

    def start(self) -> None:
        self.server.start()
        self.channel = grpc.insecure_channel(self.server.address)
        self.catalog = Catalog(self.channel, self.resource_group)

    def kill(self) -> None:
        assert self.server.process is not None
        self.server.process.kill()
        self.server.process.wait()
        assert self.channel is not None
        self.channel.close()

    # Events: each starts work in the background and returns when the kill is due.

    def catalog_writes(self) -> None:
        due = self.rng.randint(1, 4)
        acked = threading.Semaphore(0)
        galleries = self.catalog.galleries  # of this server only: its channel closes with it

        def write() -> None:
            with killed_midway():
                while True:
                    gallery = galleries.CreateGallery(
                        gallery_pb.CreateGalleryRequest(
                            parent=self.resource_group,
                            gallery_id=f"g{next(self.numbers)}",
                            gallery=gallery_pb.Gallery(location="eastus"),
                        )
                    )
                    self.acknowledged.galleries.append(gallery.name)
                    acked.release()

        threading.Thread(target=write, daemon=True).start()
        for _ in range(due):
            assert acked.acquire(timeout=EVENT_TIMEOUT), "no catalog write was acknowledged"

    def upload(self) -> None:
        data = disk(self.rng)
        upload = new_upload(self.catalog.sources, self.resource_group, len(data))
        self.acknowledged.uploads[upload.name] = data
        due = self.rng.randint(1, len(data) - 1)
        sources = self.catalog.sources

        def write() -> None:
            with killed_midway():
                sources.WriteUpload(chunks(upload.name, data, chunk=MiB // 4))

        threading.Thread(target=write, daemon=True).start()
        until(lambda: get(self.catalog.sources, upload).received_bytes >= due, "upload progress")

    def replication(self) -> None:
        data = disk(self.rng)
        number = next(self.numbers)
        source = self.catalog.source(data, f"src{number}")
        version_id = f"1.0.{number}"
        targets = [
            version_pb.TargetRegion(name=region, regional_replica_count=2) for region in REGIONS
        ]
        operation = self.catalog.create_version(self.definition, version_id, source.name, *targets)
        name = f"{self.definition.name}/versions/{version_id}"
        self.acknowledged.versions[name] = (hashlib.sha256(data).hexdigest(), operation.name)
        completed = self.rng.randint(0, 5)
        until(lambda: self.replicas_completed(name) >= completed, f"{completed} replicas")
        if self.rng.random() < 0.5:  # or mid-copy, with a partial file on disk
            until(lambda: self.partial_files() or self.replicas_completed(name) == 6, "a copy")

    # Checks, after every restart.

    def check(self) -> None:
        for name in self.acknowledged.galleries:
            self.catalog.galleries.GetGallery(gallery_pb.GetGalleryRequest(name=name))
        for name, data in list(self.acknowledged.uploads.items()):
            self.finish_upload(name, data)
        for name, (digest, operation) in list(self.acknowledged.versions.items()):
            self.finish_version(name, digest, operation)
        until(self.nothing_left_over, "replicas being removed to go")
        with database(self.server) as db:
            if not self.server.store:  # SQLite's own check of its file
                assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert self.orphans(db) == []

    def finish_upload(self, name: str, data: bytes) -> None:
        upload = source_pb.Upload(name=name)
        held = get(self.catalog.sources, upload).received_bytes
        assert held <= len(data)
        if held < len(data):
            self.catalog.sources.WriteUpload(chunks(name, data[held:], offset=held))
        committed = commit(self.catalog.sources, upload, data)
        assert committed.disk.sha256 == hashlib.sha256(data).hexdigest()
        del self.acknowledged.uploads[name]
        self.catalog.sources.DeleteUpload(source_pb.DeleteUploadRequest(name=name))

    def finish_version(self, name: str, digest: str, operation: str) -> None:
        done = self.catalog.wait(operations_pb2.Operation(name=operation))
        assert not done.HasField("error"), done.error
        files = self.replica_files(name)
        assert len(files) == 2 * len(REGIONS), files  # Standard_LRS: a replica is one file
        assert {hashlib.sha256(f.read_bytes()).hexdigest() for f in files} == {digest}
        deleted = self.catalog.versions.DeleteImageVersion(
            version_pb.DeleteImageVersionRequest(name=name)
        )
        assert not self.catalog.wait(deleted).HasField("error")
        del self.acknowledged.versions[name]

    def replicas_completed(self, name: str) -> int:
        version = self.catalog.version(name)
        return sum(s.replicas_completed for s in version.replication_status.summary)

    def partial_files(self) -> list[Path]:
        return list((self.data_dir / "regions").rglob("*.partial"))

    def replica_files(self, name: str) -> list[Path]:
        directory = version_dir_name(name.lower())
        return [p for p in (self.data_dir / "regions").glob(f"*/*/{directory}/*/*") if p.is_file()]

    def nothing_left_over(self) -> bool:
        with database(self.server) as db:
            (unfinished,) = db.execute(
                "SELECT count(*) FROM replicas WHERE state != 'completed'"
            ).fetchone()
        return unfinished == 0 and not self.partial_files()

    def orphans(self, db: Connection) -> list[str]:
        """Files no row accounts for: replicas, blobs and uploads."""
        rows = db.execute("SELECT version_key FROM replicas")
        versions = {version_dir_name(key) for (key,) in rows}
        replica_dirs = [p for p in (self.data_dir / "regions").glob("*/*/*") if p.is_dir()]
        blobs = {digest for (digest,) in db.execute("SELECT digest FROM blob_refs")}
        upload_files = list((self.data_dir / "uploads").glob("*"))
        return [
            *(str(p) for p in replica_dirs if p.name not in versions),
            *(str(p) for p in (self.data_dir / "blobs").glob("*") if p.name not in blobs),
            *(str(p) for p in upload_files),  # every upload was committed or deleted
        ]


def test_kills_at_random_events_lose_nothing_and_leave_nothing(tmp_path):
    seed = int(os.environ.get("IMAGEGALLERY_CRASH_SEED") or random.randrange(2**32))
    print(f"crash loop: seed {seed} (IMAGEGALLERY_CRASH_SEED={seed} replays it)")
    rng = random.Random(seed)
    loop = CrashLoop(tmp_path / "data", rng)
    loop.start()
    try:
        loop.definition = loop.catalog.definition()
        events = [loop.catalog_writes, loop.upload, loop.replication]
        killed: Counter[str] = Counter()
        started = time.monotonic()
        for _ in range(KILLS):
            event = rng.choice(events)
            event()
            loop.kill()
            killed[event.__name__] += 1
            loop.start()
            loop.check()
    finally:
        assert loop.server.stop() == 0
    print(
        f"crash loop: {sum(killed.values())} SIGKILLs ({dict(killed)}), "
        f"{len(loop.acknowledged.galleries)} acknowledged catalog writes kept, "
        f"{time.monotonic() - started:.0f} s"
    )

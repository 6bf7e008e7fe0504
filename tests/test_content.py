"""content/: layout, sparse files, resumable uploads and verified replica copies, on real
files in a temporary directory."""

import errno
import hashlib
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from imagegallery_server.content import (
    BLOCK,
    MAX_DISK_BYTES,
    CopyCorrupted,
    CopyHasDataInHole,
    DigestMismatch,
    DiskTooLarge,
    ExtentMap,
    ExtentMaps,
    InvalidName,
    Layout,
    Link,
    OffsetMismatch,
    SizeMismatch,
    UnknownUpload,
    UploadExists,
    UploadIncomplete,
    UploadStore,
    WriteBeyondEnd,
    check_copy,
    copy_replica,
    copy_target,
    data_extents,
    occupied_bytes,
    partial_path,
    remove_replica_dir,
    sha256_of,
    summarize,
)
from imagegallery_server.content import sparse as sparse_module
from imagegallery_server.content.copy import DEFAULT_CHUNK

MiB = 1 << 20


def make_sparse(path: Path, size: int, pieces: dict[int, bytes]) -> bytes:
    """A sparse file of `size` bytes holding `pieces` at their offsets; returns its content."""
    content = bytearray(size)
    with open(path, "wb") as file:
        file.truncate(size)
        for offset, data in pieces.items():
            file.seek(offset)
            file.write(data)
            content[offset : offset + len(data)] = data
    return bytes(content)


def checkpointed(layout: Layout, upload_id: str) -> int:
    """The received offset a restarted store would resume from (without loading it: a
    second store on the same data dir would trim the first one's unrecorded bytes)."""
    path = layout.upload_offset_path(upload_id)
    return int(path.read_text()) if path.exists() else 0


def allocated(path: Path) -> int:
    return path.stat().st_blocks * 512


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def layout(tmp_path: Path) -> Layout:
    return Layout(tmp_path / "data", {"westeurope": tmp_path / "mnt" / "we"})


@pytest.fixture
def store(layout: Layout) -> UploadStore:
    return UploadStore(layout)


# -- layout -----------------------------------------------------------------------------


def test_layout_places_uploads_blobs_and_replicas(layout: Layout, tmp_path: Path) -> None:
    data = tmp_path / "data"
    digest = "ab" * 32
    assert layout.upload_path("u-1") == data / "uploads" / "u-1.part"
    assert layout.blob_path(digest) == data / "blobs" / digest
    key = "/subscriptions/s/resourcegroups/rg/providers/microsoft.compute/galleries/g"
    replica = layout.replica_dir("eastus", "0", key, 2)
    version_dir = hashlib.sha256(key.encode()).hexdigest()[:32]
    assert replica == data / "regions" / "eastus" / "0" / version_dir / "2"
    disk = layout.replica_disk_path("westeurope", "3", key, 0, "lun-3")
    assert disk == tmp_path / "mnt" / "we" / "3" / version_dir / "0" / "lun-3"
    assert layout.replica_dir("eastus", "0", key + "x", 2) != replica


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("upload_path", ("../etc",)),
        ("upload_path", ("a.b",)),
        ("blob_path", ("AB" * 32,)),
        ("blob_path", ("ab",)),
        ("replica_dir", ("..", "0", "k", 0)),
        ("replica_dir", ("eastus", "0/1", "k", 0)),
        ("replica_dir", ("eastus", "0", "k", -1)),
        ("replica_disk_path", ("eastus", "0", "k", 0, "os.partial")),
    ],
)
def test_layout_refuses_names_that_could_escape_or_collide(
    layout: Layout, method: str, args: tuple
) -> None:
    with pytest.raises(InvalidName):
        getattr(layout, method)(*args)


# -- sparse -----------------------------------------------------------------------------


def test_holes_stay_holes_and_extents_cover_the_data(tmp_path: Path) -> None:
    path = tmp_path / "disk"
    make_sparse(path, 64 * MiB, {0: b"boot", 32 * MiB: b"x" * BLOCK, 64 * MiB - 1: b"!"})
    assert allocated(path) <= 64 * 1024
    with open(path, "rb") as file:
        extents = list(data_extents(file.fileno(), 64 * MiB))
    covered = sum(length for _, length in extents)
    assert covered <= 64 * 1024
    for offset in (0, 32 * MiB, 64 * MiB - 1):
        assert any(start <= offset < start + length for start, length in extents)


def test_data_extents_fall_back_to_one_extent_without_seek_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "disk"
    make_sparse(path, MiB, {5: b"x"})

    def unsupported(fd: int, offset: int, whence: int) -> int:
        raise OSError(errno.EINVAL, "not supported")

    monkeypatch.setattr(sparse_module.os, "lseek", unsupported)
    with open(path, "rb") as file:
        assert list(data_extents(file.fileno(), MiB)) == [(0, MiB)]


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        ({}, 0),
        ({12345: b"\x01"}, BLOCK),
        ({BLOCK - 1: b"\x01\x01"}, 2 * BLOCK),
        ({0: bytes(MiB)}, 0),  # zeros written out are allocated but occupy nothing
        ({0: b"\x01" * (3 * BLOCK)}, 3 * BLOCK),
        ({MiB: b"\x01" + bytes(BLOCK) + b"\x01"}, 2 * BLOCK),
    ],
)
def test_occupied_bytes_counts_blocks_with_any_non_zero_byte(
    tmp_path: Path, pieces: dict[int, bytes], expected: int
) -> None:
    path = tmp_path / "disk"
    make_sparse(path, 4 * MiB, pieces)
    assert occupied_bytes(path) == expected


@pytest.mark.parametrize("size", [0, 1, BLOCK + 1, 3 * MiB + 1234])
def test_sha256_of_hashes_the_full_logical_content(tmp_path: Path, size: int) -> None:
    path = tmp_path / "disk"
    pieces = {size // 2: b"middle", max(size - 3, 0): b"end"} if size > 8 else {}
    content = make_sparse(path, size, pieces)
    assert sha256_of(path, size) == sha256(content)


def test_sha256_of_a_file_without_holes_matches_too(tmp_path: Path) -> None:
    path = tmp_path / "disk"
    content = os.urandom(2 * MiB + 17)
    path.write_bytes(content)
    summary = summarize(path, len(content))
    assert summary.digest == sha256(content)
    assert summary.occupied_bytes == (len(content) // BLOCK + 1) * BLOCK


# -- uploads ----------------------------------------------------------------------------


def test_upload_in_pieces_survives_an_interruption(layout: Layout) -> None:
    content = os.urandom(3 * MiB + 100)
    first = UploadStore(layout)
    first.begin("u1", len(content))
    assert first.write("u1", 0, content[:MiB]) == MiB
    assert first.write("u1", MiB, content[MiB : 2 * MiB]) == 2 * MiB
    assert first.received("u1") == 2 * MiB

    resumed = UploadStore(layout)  # as after a restart
    assert resumed.received("u1") == 2 * MiB
    assert resumed.write("u1", 2 * MiB, memoryview(content)[2 * MiB :]) == len(content)
    disk = resumed.commit("u1", len(content), sha256(content))
    assert disk.digest == sha256(content)
    assert disk.provisioned_bytes == len(content)
    assert layout.blob_path(disk.digest).read_bytes() == content
    # Until the store records the commit, its bytes are the upload's still, as a blob.
    assert [p.name for p in layout.uploads_dir.iterdir()] == ["u1.committed"]
    assert resumed.holds("u1")
    resumed.settled("u1")
    assert not any(layout.uploads_dir.iterdir())
    assert not resumed.holds("u1")


def test_a_crash_loses_only_bytes_after_the_last_checkpoint(layout: Layout) -> None:
    content = os.urandom(2 * MiB)
    crashed = UploadStore(layout, checkpoint_bytes=1 << 40, checkpoint_seconds=1e9)
    crashed.begin("u1", 4 * MiB)
    crashed.write("u1", 0, content[:MiB])
    assert crashed.received("u1") == MiB  # answers only what is fsynced
    crashed.write("u1", MiB, content[MiB:])  # never checkpointed

    resumed = UploadStore(layout)
    assert resumed.received("u1") == MiB
    part = layout.upload_path("u1").read_bytes()
    assert part[MiB:] == bytes(3 * MiB)  # unrecorded bytes are trimmed, not trusted
    with pytest.raises(OffsetMismatch):
        resumed.write("u1", 0, b"x")


def test_a_killed_process_resumes_from_its_last_checkpoint(layout: Layout) -> None:
    script = """
import os, signal, sys
from pathlib import Path
from imagegallery_server.content import Layout, UploadStore
store = UploadStore(Layout(Path(sys.argv[1])), checkpoint_bytes=1 << 40, checkpoint_seconds=1e9)
store.begin("u1", 1 << 20)
store.write("u1", 0, b"\\x01" * 4096)
store.received("u1")
store.write("u1", 4096, b"\\x02" * 4096)
os.kill(os.getpid(), signal.SIGKILL)
"""
    killed = subprocess.run([sys.executable, "-c", script, str(layout.data_dir)], check=False)
    assert killed.returncode == -signal.SIGKILL
    resumed = UploadStore(layout)
    assert resumed.received("u1") == BLOCK
    assert resumed.write("u1", BLOCK, b"\x02" * BLOCK) == 2 * BLOCK


def test_write_checkpoints_every_n_bytes(layout: Layout) -> None:
    writer = UploadStore(layout, checkpoint_bytes=MiB, checkpoint_seconds=1e9)
    writer.begin("u1", 4 * MiB)
    writer.write("u1", 0, b"\x01" * (MiB // 2))
    assert checkpointed(layout, "u1") == 0
    writer.write("u1", MiB // 2, b"\x01" * (MiB // 2))
    assert checkpointed(layout, "u1") == MiB


def test_write_checkpoints_after_a_quiet_second(layout: Layout) -> None:
    now = [0.0]
    writer = UploadStore(layout, checkpoint_bytes=1 << 40, clock=lambda: now[0])
    writer.begin("u1", MiB)
    writer.write("u1", 0, b"\x01" * 10)
    assert checkpointed(layout, "u1") == 0
    now[0] = 1.5
    writer.write("u1", 10, b"\x01" * 10)
    assert checkpointed(layout, "u1") == 20


def test_a_client_may_skip_zeros_and_zero_blocks_are_never_written(
    store: UploadStore, layout: Layout
) -> None:
    size = 64 * MiB
    head = b"\x01" * BLOCK + bytes(8 * MiB) + b"\x02" * 10
    tail = b"\x03" * BLOCK
    store.begin("u1", size)
    assert store.write("u1", 0, head) == len(head)
    assert store.write("u1", 40 * MiB, tail) == 40 * MiB + BLOCK  # skips 30+ MiB of zeros
    assert store.write("u1", size, b"") == size  # the rest is zeros too
    assert allocated(layout.upload_path("u1")) <= 64 * 1024

    content = bytearray(size)
    content[: len(head)] = head
    content[40 * MiB : 40 * MiB + BLOCK] = tail
    disk = store.commit("u1", size, sha256(bytes(content)))
    assert disk.occupied_bytes == 3 * BLOCK
    assert allocated(layout.blob_path(disk.digest)) <= 64 * 1024


def test_writes_behind_received_or_past_the_end_are_refused(store: UploadStore) -> None:
    store.begin("u1", MiB)
    store.write("u1", 0, b"\x01" * 1000)
    with pytest.raises(OffsetMismatch) as behind:
        store.write("u1", 999, b"\x01")
    assert (behind.value.expected, behind.value.got) == (1000, 999)
    with pytest.raises(WriteBeyondEnd) as past:
        store.write("u1", MiB - 1, b"ab")
    assert (past.value.end, past.value.size) == (MiB + 1, MiB)
    assert store.received("u1") == 1000


def test_a_disk_over_one_tebibyte_is_refused_before_anything_is_created(
    store: UploadStore, layout: Layout
) -> None:
    with pytest.raises(DiskTooLarge) as refused:
        store.begin("big", MAX_DISK_BYTES + 1)
    assert (refused.value.size, refused.value.limit) == (2**40 + 1, 2**40)
    assert not layout.data_dir.exists()

    store.begin("big", MAX_DISK_BYTES)  # exactly the limit is fine, and sparse
    assert allocated(layout.upload_path("big")) == 0
    store.abort("big")


def test_begin_twice_and_unknown_uploads_are_refused(store: UploadStore) -> None:
    store.begin("u1", MiB)
    with pytest.raises(UploadExists):
        store.begin("u1", MiB)
    for call in (
        lambda: store.write("nope", 0, b"x"),
        lambda: store.received("nope"),
        lambda: store.commit("nope", 1, "0" * 64),
        lambda: store.abort("nope"),
    ):
        with pytest.raises(UnknownUpload):
            call()


def test_commit_refuses_a_wrong_digest_and_keeps_the_upload(
    store: UploadStore, layout: Layout
) -> None:
    content = b"\x07" * (2 * BLOCK)
    store.begin("u1", len(content))
    store.write("u1", 0, content)
    wrong = sha256(b"something else")
    with pytest.raises(DigestMismatch) as refused:
        store.commit("u1", len(content), wrong)
    assert (refused.value.expected, refused.value.actual) == (wrong, sha256(content))
    assert store.received("u1") == len(content)
    assert not layout.blobs_dir.exists()
    store.abort("u1")
    assert not any(layout.uploads_dir.iterdir())


def test_commit_refuses_a_wrong_size_or_missing_bytes(store: UploadStore) -> None:
    store.begin("u1", MiB)
    store.write("u1", 0, b"\x01" * 10)
    with pytest.raises(SizeMismatch):
        store.commit("u1", 2 * MiB, "0" * 64)
    with pytest.raises(UploadIncomplete) as incomplete:
        store.commit("u1", MiB, "0" * 64)
    assert (incomplete.value.received, incomplete.value.size) == (10, MiB)


def test_commit_dedupes_identical_content(store: UploadStore, layout: Layout) -> None:
    content = os.urandom(BLOCK * 3)
    disks = []
    for upload_id in ("u1", "u2"):
        store.begin(upload_id, len(content))
        store.write(upload_id, 0, content)
        disks.append(store.commit(upload_id, len(content), sha256(content).upper()))
        store.settled(upload_id)
    assert disks[0] == disks[1]
    assert [p.name for p in layout.blobs_dir.iterdir()] == [sha256(content)]
    assert not any(layout.uploads_dir.iterdir())
    assert store.remove_blob(sha256(content))
    assert not store.remove_blob(sha256(content))


def test_expire_removes_uploads_untouched_since_the_cutoff(
    store: UploadStore, layout: Layout
) -> None:
    now = time.time()
    for upload_id in ("old", "fresh"):
        store.begin(upload_id, MiB)
        store.write(upload_id, 0, b"\x01" * BLOCK)
        store.received(upload_id)
    for path in (layout.upload_path("old"), layout.upload_offset_path("old")):
        os.utime(path, (now - 7200, now - 7200))
    assert store.expire(3600, now) == ["old"]
    assert sorted(p.name for p in layout.uploads_dir.iterdir()) == ["fresh.offset", "fresh.part"]
    with pytest.raises(UnknownUpload):
        store.received("old")
    assert store.received("fresh") == BLOCK


def test_expire_removes_extent_map_files_a_crash_left_half_written(
    store: UploadStore, layout: Layout
) -> None:
    now = time.time()
    layout.extent_maps_dir.mkdir(parents=True, exist_ok=True)
    abandoned, writing = (layout.extent_maps_dir / f".{'a' * 64}.{n}.tmp" for n in ("1", "2"))
    for path in (abandoned, writing):
        path.write_text("{")
    os.utime(abandoned, (now - 7200, now - 7200))

    store.expire(3600, now)

    assert not abandoned.exists()
    assert writing.exists()


# -- copies -----------------------------------------------------------------------------


@pytest.fixture
def source(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "blob"
    content = make_sparse(
        path, 64 * MiB + 5, {0: os.urandom(MiB), 20 * MiB: b"\x05" * 100, 64 * MiB: b"tail!"}
    )
    return path, content


def test_copy_is_identical_independent_and_sparse(
    source: tuple[Path, bytes], layout: Layout
) -> None:
    path, content = source
    target = layout.replica_disk_path("eastus", "1", "version", 0, "os")
    copy_replica(path, target, len(content), sha256(content))
    assert target.read_bytes() == content
    assert target.stat().st_ino != path.stat().st_ino
    assert target.stat().st_nlink == 1
    assert allocated(target) <= 2 * MiB
    assert not partial_path(target).exists()


def test_progress_is_monotonic_and_ends_at_the_bytes_copied(
    source: tuple[Path, bytes], tmp_path: Path
) -> None:
    path, content = source
    with open(path, "rb") as file:
        data_bytes = sum(length for _, length in data_extents(file.fileno(), len(content)))
    seen: list[int] = []
    copy_replica(path, tmp_path / "copy", len(content), sha256(content), on_progress=seen.append)
    assert len(seen) >= 3
    assert seen == sorted(seen)
    assert seen[-1] == data_bytes


class FakeTime:
    """A clock that moves only when slept on (or when told to)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_a_throttled_copy_goes_at_the_links_rate(tmp_path: Path) -> None:
    path = tmp_path / "blob"
    content = os.urandom(4 * MiB)
    path.write_bytes(content)
    fake = FakeTime()
    link = Link(8 * MiB, clock=lambda: fake.now, sleep=fake.sleep)

    copy_replica(path, tmp_path / "copy", len(content), sha256(content), link=link)

    assert fake.now == pytest.approx(0.5)  # 4 MiB at 8 MiB/s
    assert len(fake.slept) == 4 * MiB // link.piece_size(DEFAULT_CHUNK)  # paced piece by piece


def test_copies_at_once_share_their_regions_link() -> None:
    fake = FakeTime()
    link = Link(8 * MiB, clock=lambda: fake.now, sleep=lambda seconds: fake.slept.append(seconds))

    for _ in range(2):  # two copies, each sending 1 MiB at the same instant
        link.carry(MiB)

    assert fake.slept == [0.125, 0.25]  # the second waits for the first to go through


def test_a_corrupted_source_leaves_neither_target_nor_partial(
    source: tuple[Path, bytes], tmp_path: Path
) -> None:
    path, content = source
    with open(path, "r+b") as file:
        file.seek(20 * MiB)
        file.write(b"\x06")
    target = tmp_path / "replica" / "os"
    with pytest.raises(CopyCorrupted) as refused:
        copy_replica(path, target, len(content), sha256(content))
    assert refused.value.expected == sha256(content)
    assert not target.exists()
    assert not partial_path(target).exists()


def test_a_stale_partial_is_overwritten_from_scratch(
    source: tuple[Path, bytes], tmp_path: Path
) -> None:
    path, content = source
    target = tmp_path / "replica" / "lun-0"
    target.parent.mkdir()
    make_sparse(partial_path(target), 70 * MiB, {BLOCK: b"\xff" * BLOCK, 69 * MiB: b"\xff"})
    copy_replica(path, target, len(content), sha256(content))
    assert sha256_of(target, len(content)) == sha256(content)
    assert target.stat().st_size == len(content)


def test_raising_from_on_progress_cancels_the_copy(
    source: tuple[Path, bytes], tmp_path: Path
) -> None:
    path, content = source
    target = tmp_path / "replica" / "os"

    def cancel(copied: int) -> None:
        raise InterruptedError

    with pytest.raises(InterruptedError):
        copy_replica(path, target, len(content), sha256(content), on_progress=cancel)
    assert not target.exists()
    assert not partial_path(target).exists()


def test_remove_replica_dir_prunes_empty_parents(layout: Layout, tmp_path: Path) -> None:
    source = tmp_path / "blob"
    source.write_bytes(b"disk")
    digest = sha256(b"disk")
    for index in (0, 1):
        target = layout.replica_disk_path("eastus", "0", "v1", index, "os")
        copy_replica(source, target, 4, digest)
    zone = layout.region_root("eastus") / "0"
    remove_replica_dir(layout.replica_dir("eastus", "0", "v1", 0), prune_up_to=zone)
    assert layout.replica_dir("eastus", "0", "v1", 1).exists()
    remove_replica_dir(layout.replica_dir("eastus", "0", "v1", 1), prune_up_to=zone)
    assert zone.is_dir() and not any(zone.iterdir())
    remove_replica_dir(layout.replica_dir("eastus", "0", "v1", 1), prune_up_to=zone)


# -- extent maps and copies proven against them -------------------------------------------


SPARSE_PIECES = {0: os.urandom(MiB), 20 * MiB: b"\x05" * 100, 64 * MiB: b"tail!"}


@dataclass(frozen=True)
class Committed:
    """A sparse disk committed through an upload, with the extent map the commit kept."""

    content: bytes
    digest: str
    blob: Path
    extent_map: ExtentMap

    def copy_to(self, target: Path, **options: Any) -> None:
        size = len(self.content)
        copy_replica(self.blob, target, size, self.digest, extent_map=self.extent_map, **options)


@pytest.fixture
def committed(store: UploadStore, layout: Layout) -> Committed:
    content = bytearray(64 * MiB + 5)
    for offset, data in SPARSE_PIECES.items():
        content[offset : offset + len(data)] = data
    store.begin("u1", len(content))
    for offset, data in SPARSE_PIECES.items():
        store.write("u1", offset, data)
    disk = store.commit("u1", len(content), sha256(content))
    extent_map = ExtentMaps(layout).load(disk.digest, len(content))
    assert extent_map is not None
    return Committed(bytes(content), disk.digest, layout.blob_path(disk.digest), extent_map)


@pytest.fixture
def replica(layout: Layout) -> Path:
    return layout.replica_disk_path("eastus", "1", "version", 0, "os")


def test_a_commit_keeps_where_the_data_lies_and_its_digest(
    committed: Committed, store: UploadStore, layout: Layout
) -> None:
    content, extent_map = committed.content, committed.extent_map
    assert (extent_map.digest, extent_map.size) == (sha256(content), len(content))
    data = b"".join(content[start : start + length] for start, length in extent_map.extents)
    assert extent_map.data_sha256 == sha256(data)
    assert extent_map.data_bytes < 2 * MiB  # the holes are not in it
    outside = bytearray(content)
    for start, length in extent_map.extents:
        outside[start : start + length] = bytes(length)
    assert not any(outside)
    store.remove_blob(committed.digest)
    assert not layout.extent_map_path(committed.digest).exists()


def test_a_copy_proven_against_the_extent_map_is_identical_and_sparse(
    committed: Committed, replica: Path
) -> None:
    seen: list[int] = []
    committed.copy_to(replica, on_progress=seen.append)

    assert replica.read_bytes() == committed.content
    assert allocated(replica) <= 2 * MiB
    assert seen[-1] == committed.extent_map.data_bytes
    check_copy(replica, len(committed.content), committed.digest, committed.extent_map)


def test_a_piece_damaged_as_it_is_read_is_refused(committed: Committed, replica: Path) -> None:
    def flip(piece: memoryview) -> None:
        piece[len(piece) // 2] ^= 0x01

    with pytest.raises(CopyCorrupted) as refused:
        committed.copy_to(replica, on_read=flip)
    assert refused.value.expected == committed.extent_map.data_sha256
    assert not replica.exists()
    assert not partial_path(replica).exists()


def test_a_damaged_blob_is_refused_by_a_copy_against_its_extent_map(
    committed: Committed, replica: Path
) -> None:
    os.chmod(committed.blob, 0o644)
    with open(committed.blob, "r+b") as file:
        file.seek(20 * MiB)
        file.write(b"\x06")

    with pytest.raises(CopyCorrupted):
        committed.copy_to(replica)
    assert not replica.exists()
    assert not partial_path(replica).exists()


def test_a_blob_without_an_extent_map_gets_one_once_it_is_checked(
    source: tuple[Path, bytes], layout: Layout
) -> None:
    path, content = source
    digest = sha256(content)
    layout.blobs_dir.mkdir(parents=True)
    os.replace(path, layout.blob_path(digest))  # committed before extent maps existed
    maps = ExtentMaps(layout)
    assert maps.load(digest, len(content)) is None

    extent_map = maps.of_blob(digest, len(content))

    assert maps.load(digest, len(content)) == extent_map
    assert extent_map.digest == digest
    kept = layout.extent_map_path(digest)
    other = "0" if extent_map.data_sha256[0] != "0" else "1"
    kept.write_text(kept.read_text().replace(extent_map.data_sha256, other * 64))
    assert maps.load(digest, len(content)) is None  # fails its checksum: not trusted
    assert maps.of_blob(digest, len(content)) == extent_map


def test_a_damaged_blob_without_an_extent_map_gets_none(
    source: tuple[Path, bytes], layout: Layout
) -> None:
    path, content = source
    claimed = sha256(b"something else")
    layout.blobs_dir.mkdir(parents=True)
    os.replace(path, layout.blob_path(claimed))

    with pytest.raises(DigestMismatch):
        ExtentMaps(layout).of_blob(claimed, len(content))
    assert not layout.extent_map_path(claimed).exists()


def test_checking_a_copy_finds_a_flipped_byte_and_data_in_a_hole(
    committed: Committed, tmp_path: Path
) -> None:
    size, digest, extent_map = len(committed.content), committed.digest, committed.extent_map
    flipped = tmp_path / "flipped"
    make_sparse(flipped, size, {**SPARSE_PIECES, 64 * MiB: b"tail?"})
    in_hole = tmp_path / "in-hole"
    make_sparse(in_hole, size, {**SPARSE_PIECES, 40 * MiB: b"\x01"})

    with pytest.raises(CopyCorrupted):
        check_copy(flipped, size, digest, extent_map)
    with pytest.raises(CopyHasDataInHole) as found:
        check_copy(in_hole, size, digest, extent_map)
    assert found.value.offset // BLOCK == 40 * MiB // BLOCK
    with pytest.raises(CopyCorrupted):  # without a map: against the whole sha256
        check_copy(in_hole, size, digest, None)


def test_a_copy_without_direct_writes_is_the_same(
    committed: Committed, replica: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(copy_target, "_DIRECT", 0)  # a file system without O_DIRECT

    committed.copy_to(replica)

    assert replica.read_bytes() == committed.content
    assert allocated(replica) <= 2 * MiB

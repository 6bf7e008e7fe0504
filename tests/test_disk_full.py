"""A full disk: clean RESOURCE_EXHAUSTED answers, nothing half-written, and the
server carries on once space returns. The data dir lives on a small tmpfs the test
mounts (CI runs as root, as this machine's sessions do)."""

import contextlib
import hashlib
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest
from conftest import failure, gallery_pb
from imagegallery.v1 import gallery_service_pb2_grpc, image_source_service_pb2_grpc
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery_server.testing import ServerProcess
from test_uploads import MiB, chunks, commit, get, new_upload
from versioning import QUICK_RETRIES, Catalog

SMALL_DISK = "8m"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "small-disk"
    mount.mkdir()
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SMALL_DISK}", "tmpfs", str(mount)], check=True
    )
    try:
        yield mount
    finally:
        subprocess.run(["umount", "--lazy", str(mount)], check=True)


def fill(disk: Path) -> Path:
    """A file taking every free byte of `disk`."""
    filler = disk / "filler"
    with filler.open("wb") as file:
        try:
            while True:
                file.write(b"\xff" * 65536)
                file.flush()
        except OSError:
            pass
    return filler


def create_gallery(galleries, parent: str, gallery_id: str):
    return galleries.CreateGallery(
        gallery_pb.CreateGalleryRequest(
            parent=parent, gallery_id=gallery_id, gallery=gallery_pb.Gallery(location="eastus")
        )
    )


@contextlib.contextmanager
def data_dir_on(disk: Path, log_dir: Path) -> Iterator[grpc.Channel]:
    """A server whose data dir is on `disk` (its log stays in `log_dir`)."""
    server = ServerProcess(log_dir, args=["--data-dir", str(disk / "data")]).start()
    try:
        with grpc.insecure_channel(server.address) as channel:
            yield channel
    finally:
        assert server.stop() == 0


@pytest.mark.sqlite_only("the SQLite file's full disk")
def test_a_full_data_dir_refuses_writes_cleanly_and_recovers(tmp_path, small_disk):
    with data_dir_on(small_disk, tmp_path) as channel:
        galleries = gallery_service_pb2_grpc.GalleryServiceStub(channel)
        parent = f"/subscriptions/{uuid.uuid4()}/resourceGroups/rg"
        kept = create_gallery(galleries, parent, "before")
        filler = fill(small_disk)

        refused = [
            failure(
                lambda name: create_gallery(galleries, parent, name),
                f"during{index}",
                grpc.StatusCode.RESOURCE_EXHAUSTED,
            )
            for index in range(3)
        ]
        assert {r.reason for r in refused} == {"ERROR_REASON_DISK_FULL"}
        assert "is full" in refused[0].message
        listed = galleries.ListGalleries(gallery_pb.ListGalleriesRequest(parent=parent))
        assert [g.name for g in listed.galleries] == [kept.name]

        os.unlink(filler)
        after = create_gallery(galleries, parent, "after")
        listed = galleries.ListGalleries(gallery_pb.ListGalleriesRequest(parent=parent))
        assert [g.name for g in listed.galleries] == [after.name, kept.name]


def test_an_upload_that_does_not_fit_is_refused_and_resumes_once_space_returns(
    tmp_path, small_disk
):
    with data_dir_on(small_disk, tmp_path) as channel:
        sources = image_source_service_pb2_grpc.ImageSourceServiceStub(channel)
        parent = f"/subscriptions/{uuid.uuid4()}/resourceGroups/rg"
        data = os.urandom(4 * MiB)
        upload = new_upload(sources, parent, len(data))
        filler = fill(small_disk)
        os.truncate(filler, filler.stat().st_size - 2 * MiB)  # room for half the disk

        full = failure(
            lambda name: sources.WriteUpload(chunks(name, data, chunk=MiB // 4)),
            upload.name,
            grpc.StatusCode.RESOURCE_EXHAUSTED,
        )
        assert full.reason == "ERROR_REASON_DISK_FULL"

        os.unlink(filler)
        held = get(sources, upload).received_bytes
        assert 0 < held < len(data)
        sources.WriteUpload(chunks(upload.name, data[held:], offset=held))
        assert commit(sources, upload, data).disk.sha256 == hashlib.sha256(data).hexdigest()


def test_a_full_region_root_fails_its_region_cleanly_and_a_retry_completes_it(tmp_path, small_disk):
    env = {"IMAGEGALLERY_REGION_ROOTS": f"westus={small_disk / 'westus'}", **QUICK_RETRIES}
    server = ServerProcess(tmp_path / "data", env=env).start()
    try:
        with grpc.insecure_channel(server.address) as channel:
            catalog = Catalog(channel, f"/subscriptions/{uuid.uuid4()}/resourceGroups/rg")
            definition = catalog.definition()
            data = os.urandom(3 * MiB)
            source = catalog.source(data)
            filler = fill(small_disk)
            name = f"{definition.name}/versions/1.0.0"

            failed = catalog.wait(
                catalog.create_version(definition, "1.0.0", source.name, "eastus", "westus")
            )

            assert failed.error.code == grpc.StatusCode.UNAVAILABLE.value[0]
            states = {s.region: s for s in catalog.version(name).replication_status.summary}
            assert states["eastus"].state == version_pb.REPLICATION_STATE_COMPLETED
            assert states["westus"].state == version_pb.REPLICATION_STATE_FAILED
            assert "No space left" in states["westus"].details
            assert not list(small_disk.rglob("*.partial"))

            os.unlink(filler)
            retried = catalog.wait(
                catalog.versions.RetryImageVersionReplication(
                    version_pb.RetryImageVersionReplicationRequest(name=name)
                )
            )
            assert not retried.HasField("error"), retried.error
            copies = [p for p in (small_disk / "westus").rglob("*") if p.is_file()]
            assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in copies] == [
                hashlib.sha256(data).hexdigest()
            ]
    finally:
        assert server.stop() == 0

"""The store, on SQLite and on PostgreSQL: migrations, revisions, the changes feed,
durability (and SQLite's WAL)."""

import signal
import uuid
from contextlib import closing

import grpc
import pytest
from conftest import connect_to_store, failure, gallery_pb, new_definition, on_every_store
from google.protobuf.field_mask_pb2 import FieldMask
from imagegallery.v1 import gallery_service_pb2_grpc
from imagegallery.v1 import image_definition_service_pb2 as definition_pb
from imagegallery_server.testing import ServerProcess


@pytest.fixture
def db(server):
    with closing(connect_to_store(server.data_dir, server.store)) as connection:
        yield connection


def revision(db) -> int:
    return db.execute("SELECT value FROM revision").fetchone()[0]


def changes_since(db, since: int) -> list[tuple[int, str, str]]:
    rows = db.execute(
        "SELECT revision, action, key FROM changes WHERE revision > ? ORDER BY id", (since,)
    )
    return list(rows)


@pytest.mark.parametrize("server", ["sqlite"], indirect=True)
def test_the_database_is_in_wal_mode_with_its_migrations(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    applied = [row[0] for row in db.execute("SELECT name FROM _sqlite_migrations")]
    assert applied == [
        "m001_catalog",
        "m002_replication",
        "m003_feed_retention",
        "m004_replica_availability",
        "m005_audit",
        "m006_answered_messages",
        "m007_access_generation",
    ]


@on_every_store
def test_reads_answer_the_message_kept_at_the_last_write(db, galleries, resource_group):
    created = galleries.CreateGallery(
        gallery_pb.CreateGalleryRequest(
            parent=resource_group,
            gallery_id="kept",
            gallery=gallery_pb.Gallery(location="eastus", description="first"),
        )
    )
    updated = galleries.UpdateGallery(
        gallery_pb.UpdateGalleryRequest(
            gallery=gallery_pb.Gallery(name=created.name, description="second"),
            update_mask=FieldMask(paths=["description"]),
        )
    )
    (kept,) = db.execute(
        "SELECT message FROM resources WHERE key = ?", (created.name.lower(),)
    ).fetchone()
    assert gallery_pb.Gallery.FromString(kept) == updated
    read = galleries.GetGallery(gallery_pb.GetGalleryRequest(name=created.name))
    assert read == updated and read.description == "second"


@on_every_store
def test_a_row_kept_without_its_message_is_answered_from_its_body(db, galleries, resource_group):
    """Rows written before messages were kept (the column is NULL) read the same."""
    created = galleries.CreateGallery(
        gallery_pb.CreateGalleryRequest(
            parent=resource_group,
            gallery_id="old",
            gallery=gallery_pb.Gallery(location="eastus", tags={"a": "b"}),
        )
    )
    db.execute("UPDATE resources SET message = NULL WHERE key = ?", (created.name.lower(),))
    assert galleries.GetGallery(gallery_pb.GetGalleryRequest(name=created.name)) == created
    listed = galleries.ListGalleries(gallery_pb.ListGalleriesRequest(parent=resource_group))
    assert list(listed.galleries) == [created]


@on_every_store
def test_each_write_takes_one_revision_and_records_its_change(db, galleries, resource_group):
    """The first write in a subscription (without auth) registers it in the same
    revision (and the default tenant with the first of all: left out here)."""
    before = revision(db)

    created = galleries.CreateGallery(
        gallery_pb.CreateGalleryRequest(
            parent=resource_group, gallery_id="g", gallery=gallery_pb.Gallery(location="eastus")
        )
    )
    updated = galleries.UpdateGallery(
        gallery_pb.UpdateGalleryRequest(
            gallery=gallery_pb.Gallery(name=created.name, description="d"),
            update_mask=FieldMask(paths=["description"]),
        )
    )

    assert created.etag != updated.etag
    key = created.name.lower()
    subscription_key = "/".join(key.split("/")[:3])
    changes = [c for c in changes_since(db, before) if c[2].startswith(subscription_key)]
    assert changes == [
        (int(created.etag.strip('"')), "created", subscription_key),
        (int(created.etag.strip('"')), "created", key),
        (int(updated.etag.strip('"')), "updated", key),
    ]


@on_every_store
def test_a_forced_delete_is_one_revision_for_the_gallery_and_its_children(
    db, galleries, definitions, gallery
):
    definition = definitions.CreateImageDefinition(
        definition_pb.CreateImageDefinitionRequest(
            parent=gallery.name, image_definition_id="i", image_definition=new_definition()
        )
    )
    before = revision(db)

    galleries.DeleteGallery(gallery_pb.DeleteGalleryRequest(name=gallery.name, force=True))

    assert changes_since(db, before) == [
        (before + 1, "deleted", definition.name.lower()),
        (before + 1, "deleted", gallery.name.lower()),
    ]


@on_every_store
def test_a_refused_request_writes_nothing(db, galleries, gallery):
    before = revision(db)

    failure(
        galleries.UpdateGallery,
        gallery_pb.UpdateGalleryRequest(
            gallery=gallery_pb.Gallery(name=gallery.name, location="westus"),
            update_mask=FieldMask(paths=["location"]),
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    failure(
        galleries.CreateGallery,
        gallery_pb.CreateGalleryRequest(
            parent=gallery.name.split("/providers/")[0],
            gallery_id="gallery1",
            gallery=gallery_pb.Gallery(location="eastus"),
        ),
        grpc.StatusCode.ALREADY_EXISTS,
    )

    assert revision(db) == before
    assert changes_since(db, before) == []


def test_a_killed_server_loses_no_acknowledged_write(tmp_path, store_url):
    server = ServerProcess(tmp_path, store=store_url).start()
    parent = f"/subscriptions/{uuid.uuid4()}/resourceGroups/rg"
    with grpc.insecure_channel(server.address) as channel:
        stub = gallery_service_pb2_grpc.GalleryServiceStub(channel)
        created = [
            stub.CreateGallery(
                gallery_pb.CreateGalleryRequest(
                    parent=parent, gallery_id=f"g{i}", gallery=gallery_pb.Gallery(location="eastus")
                )
            )
            for i in range(20)
        ]
    server.process.send_signal(signal.SIGKILL)
    server.process.wait(10)

    restarted = ServerProcess(tmp_path, store=store_url).start()
    with grpc.insecure_channel(restarted.address) as channel:
        stub = gallery_service_pb2_grpc.GalleryServiceStub(channel)
        listed = stub.ListGalleries(gallery_pb.ListGalleriesRequest(parent=parent))
    assert restarted.stop() == 0
    assert list(listed.galleries) == sorted(created, key=lambda g: g.name.lower())

"""Answers kept for a resource and what lies under it (GetLatestImageVersion's):
forgotten by any commit under it, never older than an acknowledged write."""

from google.protobuf.field_mask_pb2 import FieldMask
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery_server.store.commits import Commit
from imagegallery_server.store.subtree_cache import SubtreeCache
from test_latest import latest, publish
from versioning import Catalog, disk_bytes

DEFINITION = "/subscriptions/s/resourcegroups/rg/providers/microsoft.compute/galleries/g/images/d"


def commit(*keys: str) -> Commit:
    return Commit({"image_version": 1}, frozenset(keys))


def test_a_commit_under_a_key_or_at_it_forgets_its_answer():
    cache = SubtreeCache(enabled=True)
    for under in (f"{DEFINITION}/versions/1.0.0", DEFINITION):
        cache.keep(DEFINITION, "answer")
        cache.committed(commit(under))
        assert cache.get(DEFINITION) is None


def test_a_commit_elsewhere_or_above_keeps_it():
    cache = SubtreeCache(enabled=True)
    cache.keep(DEFINITION, "answer")

    cache.committed(commit(f"{DEFINITION}x/versions/1.0.0", DEFINITION.rsplit("/", 2)[0]))

    assert cache.get(DEFINITION) == "answer"


def test_it_keeps_its_newest_entries_and_nothing_when_disabled():
    cache = SubtreeCache(enabled=True, entries=2)
    for key in ("a", "b", "c"):
        cache.keep(key, key)
    assert [cache.get(k) for k in ("a", "b", "c")] == [None, "b", "c"]

    disabled = SubtreeCache(enabled=False)
    disabled.keep("a", "a")
    assert disabled.get("a") is None


def test_latest_after_each_acknowledged_change_of_a_version_sees_it(channel, resource_group):
    catalog = Catalog(channel, resource_group)
    definition = catalog.definition()
    source = catalog.source(disk_bytes(0, zero_mib=1) + b"z")
    publish(catalog, definition, source, "1.0.0")
    publish(catalog, definition, source, "1.1.0")
    assert latest(catalog, definition) == "1.1.0"

    excluded = version_pb.ImageVersion(
        name=f"{definition.name}/versions/1.1.0",
        publishing_profile=version_pb.PublishingProfile(exclude_from_latest=True),
    )
    mask = FieldMask(paths=["publishing_profile.exclude_from_latest"])
    update = version_pb.UpdateImageVersionRequest(image_version=excluded, update_mask=mask)
    catalog.wait(catalog.versions.UpdateImageVersion(update))
    assert latest(catalog, definition) == "1.0.0"

    publish(catalog, definition, source, "1.2.0")
    assert latest(catalog, definition) == "1.2.0"

    delete = version_pb.DeleteImageVersionRequest(name=f"{definition.name}/versions/1.2.0")
    catalog.wait(catalog.versions.DeleteImageVersion(delete))
    assert latest(catalog, definition) == "1.0.0"

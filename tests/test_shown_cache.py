"""Point reads answered from memory: never a row older than an acknowledged write."""

import grpc
from conftest import failure, gallery_pb
from google.protobuf.field_mask_pb2 import FieldMask
from imagegallery_server.store.commits import Commit
from imagegallery_server.store.records import Shown
from imagegallery_server.store.shown_cache import ShownCache


def shown(key: str, message: bytes = b"m" * 90) -> Shown:
    return Shown("gallery", key, key, None, 1, message, "{}")


def test_the_cache_lets_go_of_the_oldest_rows_beyond_its_budget():
    cache = ShownCache(budget_bytes=300)
    for key in ("a", "b", "c", "d"):
        cache.keep(shown(key))  # 94 bytes each

    assert [cache.get(k) is not None for k in ("a", "b", "c", "d")] == [False, True, True, True]


def test_a_commit_forgets_the_rows_it_changed_and_only_those():
    cache = ShownCache()
    cache.keep(shown("a"))
    cache.keep(shown("b"))

    cache.committed(Commit({"gallery": 7}, frozenset({"a"})))

    assert cache.get("a") is None
    assert cache.get("b") is not None


def test_a_read_after_each_acknowledged_write_sees_it(galleries, resource_group):
    create = gallery_pb.CreateGalleryRequest(
        parent=resource_group, gallery_id="cached", gallery=gallery_pb.Gallery(location="eastus")
    )
    created = galleries.CreateGallery(create)
    get = gallery_pb.GetGalleryRequest(name=created.name)
    assert galleries.GetGallery(get) == created

    updated = galleries.UpdateGallery(
        gallery_pb.UpdateGalleryRequest(
            gallery=gallery_pb.Gallery(name=created.name, description="second"),
            update_mask=FieldMask(paths=["description"]),
        )
    )
    assert galleries.GetGallery(get) == updated

    galleries.DeleteGallery(gallery_pb.DeleteGalleryRequest(name=created.name))
    failure(galleries.GetGallery, get, grpc.StatusCode.NOT_FOUND)

    again = galleries.CreateGallery(create)
    assert galleries.GetGallery(get) == again
    assert again.etag != updated.etag

"""PostgreSQL stopped and started again under a running server: calls in the outage
are refused as UNAVAILABLE (the store is out of reach: retry), nothing of a refused
write is kept, and once the database serves again the server's writer and reader
connect again on their own."""

import uuid
from collections.abc import Iterator

import grpc
import pytest
from conftest import failure, gallery_pb
from imagegallery.v1 import gallery_service_pb2_grpc
from imagegallery_server.testing import ServerProcess
from imagegallery_server.testing_postgres import PostgresCluster, running_cluster

Code = grpc.StatusCode


@pytest.fixture
def cluster() -> Iterator[PostgresCluster]:
    """A cluster of the test's own: the session's serves other tests meanwhile."""
    with running_cluster() as own:
        yield own


@pytest.fixture
def galleries(tmp_path, cluster) -> Iterator[gallery_service_pb2_grpc.GalleryServiceStub]:
    server = ServerProcess(tmp_path, store=cluster.create_database()).start()
    try:
        with grpc.insecure_channel(server.address) as channel:
            yield gallery_service_pb2_grpc.GalleryServiceStub(channel)
    finally:
        assert server.stop() == 0


def create(parent: str, gallery_id: str) -> gallery_pb.CreateGalleryRequest:
    return gallery_pb.CreateGalleryRequest(
        parent=parent,
        gallery_id=gallery_id,
        gallery=gallery_pb.Gallery(location="eastus"),
        request_id=str(uuid.uuid4()),
    )


def test_calls_in_an_outage_are_unavailable_and_calls_after_it_succeed(
    cluster, galleries, resource_group
):
    before = galleries.CreateGallery(create(resource_group, "before"))
    during = create(resource_group, "during")

    with cluster.down():
        refused = [
            failure(galleries.CreateGallery, during, Code.UNAVAILABLE),
            failure(
                galleries.GetGallery,
                gallery_pb.GetGalleryRequest(name=before.name),
                Code.UNAVAILABLE,
            ),
            failure(galleries.CreateGallery, during, Code.UNAVAILABLE),  # the lost one, again
        ]

    for answer in refused:
        assert answer.reason == "ERROR_REASON_STORE_UNAVAILABLE"
        assert "cannot reach its database" in answer.message
    assert galleries.GetGallery(gallery_pb.GetGalleryRequest(name=before.name)) == before
    listed = galleries.ListGalleries(gallery_pb.ListGalleriesRequest(parent=resource_group))
    assert [g.name for g in listed.galleries] == [before.name]  # nothing of `during` kept
    made = galleries.CreateGallery(during)
    assert galleries.CreateGallery(during) == made
    assert galleries.CreateGallery(create(resource_group, "after")).name.endswith("/after")

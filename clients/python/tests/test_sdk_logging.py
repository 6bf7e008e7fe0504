"""The client says what it does on the `imagegallery.client` logger: each unary
call at DEBUG, with the request id it filled in for a write (what `imagegallery
--debug` shows)."""

import logging

from conftest import Catalog
from imagegallery.v1 import gallery_service_pb2 as gallery_pb


def test_each_call_is_logged_with_the_request_id_of_a_write(client, resource_group, caplog):
    with caplog.at_level(logging.DEBUG, logger="imagegallery.client"):
        gallery = Catalog(client, resource_group).gallery()
        client.galleries.GetGallery(gallery_pb.GetGalleryRequest(name=gallery.name))
    calls = [r.getMessage() for r in caplog.records if r.name == "imagegallery.client"]
    create_call = "call /imagegallery.v1.GalleryService/CreateGallery"
    create = [m for m in calls if m.startswith(create_call)]
    assert len(create) == 1
    assert len(create[0].partition("request_id=")[2]) == 32
    assert "call /imagegallery.v1.GalleryService/GetGallery" in calls

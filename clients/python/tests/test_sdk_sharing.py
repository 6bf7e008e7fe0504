"""SharedGalleryService through the SDK: a gallery shared with another
subscription, read there through its shared names, then reset to private."""

import pytest
from conftest import every, new_subscription
from imagegallery.errors import NotFoundError
from imagegallery.v1 import gallery_sharing_pb2 as sharing_pb
from imagegallery.v1 import shared_gallery_service_pb2 as pb


def test_a_shared_gallery_is_read_through_its_shared_names_until_reset(client, catalog):
    gallery = catalog.gallery()
    catalog.definition(gallery.name, "ubuntu")
    consumer = new_subscription(client)
    consumer_id = consumer.rsplit("/", 1)[1]

    shared = client.shared.ShareGallery(
        pb.ShareGalleryRequest(
            gallery=gallery.name,
            operation_type=pb.SHARING_OPERATION_ADD,
            groups=[
                sharing_pb.SharingProfileGroup(
                    type=sharing_pb.SHARING_GROUP_TYPE_SUBSCRIPTIONS, ids=[consumer_id]
                )
            ],
        )
    )
    assert shared.sharing_profile.permissions == sharing_pb.GALLERY_SHARING_PERMISSION_GROUPS

    location = f"{consumer}/providers/Microsoft.Compute/locations/eastus"
    listed = pb.ListSharedGalleriesRequest(parent=location)
    name = f"{location}/sharedGalleries/{shared.unique_name}"
    assert [
        g.name for g in every(client.shared.ListSharedGalleries, listed, "shared_galleries")
    ] == [name]
    got = client.shared.GetSharedGallery(pb.GetSharedGalleryRequest(name=name))
    assert got.unique_id == f"/SharedGalleries/{shared.unique_name}"
    images = client.shared.ListSharedGalleryImages(pb.ListSharedGalleryImagesRequest(parent=name))
    image = f"{name}/images/ubuntu"
    assert [i.name for i in images.shared_gallery_images] == [image]
    assert client.shared.GetSharedGalleryImage(pb.GetSharedGalleryImageRequest(name=image)).os_type
    versions = client.shared.ListSharedGalleryImageVersions(
        pb.ListSharedGalleryImageVersionsRequest(parent=image)
    )
    assert list(versions.shared_gallery_image_versions) == []
    with pytest.raises(NotFoundError) as missing:
        client.shared.GetSharedGalleryImageVersion(
            pb.GetSharedGalleryImageVersionRequest(name=f"{image}/versions/1.0.0")
        )
    assert missing.value.reason == "ERROR_REASON_SHARED_GALLERY_NOT_FOUND"

    client.shared.ShareGallery(
        pb.ShareGalleryRequest(gallery=gallery.name, operation_type=pb.SHARING_OPERATION_RESET)
    )

    assert list(client.shared.ListSharedGalleries(listed).shared_galleries) == []

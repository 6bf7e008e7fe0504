import uuid

import grpc
import pytest
from conftest import failure, gallery_pb, invalid, new_definition
from google.protobuf.empty_pb2 import Empty
from google.protobuf.field_mask_pb2 import FieldMask
from imagegallery.v1 import common_pb2, gallery_service_pb2_grpc
from imagegallery.v1 import image_definition_service_pb2 as definition_pb
from imagegallery_server.testing import ServerProcess

Code = grpc.StatusCode


def create(galleries, parent: str, gallery_id: str, location: str = "eastus", **fields):
    return galleries.CreateGallery(
        gallery_pb.CreateGalleryRequest(
            parent=parent,
            gallery_id=gallery_id,
            gallery=gallery_pb.Gallery(location=location, **fields),
        )
    )


def names_listed(galleries, parent: str, page_size: int = 0) -> list[str]:
    names, token = [], ""
    while True:
        page = galleries.ListGalleries(
            gallery_pb.ListGalleriesRequest(parent=parent, page_size=page_size, page_token=token)
        )
        names += [g.name for g in page.galleries]
        if not (token := page.next_page_token):
            return names


def test_create_answers_the_gallery_as_stored(galleries, resource_group):
    created = create(
        galleries,
        resource_group,
        "My_Gallery.1",
        "West US 2",
        description="d",
        tags={"team": "images"},
    )

    assert created.name == f"{resource_group}/providers/Microsoft.Compute/galleries/My_Gallery.1"
    assert created.location == "westus2"
    assert created.description == "d"
    assert dict(created.tags) == {"team": "images"}
    assert created.unique_name == f"{resource_group.split('/')[2]}-MY_GALLERY.1"
    assert created.provisioning_state == common_pb2.PROVISIONING_STATE_SUCCEEDED
    assert created.etag
    assert created.create_time == created.update_time
    assert created.create_time.seconds > 0
    assert galleries.GetGallery(gallery_pb.GetGalleryRequest(name=created.name)) == created


def test_names_are_matched_regardless_of_case(galleries, gallery):
    found = galleries.GetGallery(gallery_pb.GetGalleryRequest(name=gallery.name.upper()))

    assert found == gallery


def test_get_of_a_missing_gallery_names_it(galleries, resource_group):
    name = f"{resource_group}/providers/Microsoft.Compute/galleries/nothing"

    refused = failure(galleries.GetGallery, gallery_pb.GetGalleryRequest(name=name), Code.NOT_FOUND)

    assert refused.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"
    assert name in refused.message


@pytest.mark.parametrize(
    "name",
    [
        "",
        "galleries/g",
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/galleries/g",
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries",
        "/subscriptions/s/resourceGroups/rg./providers/Microsoft.Compute/galleries/g",
    ],
)
def test_a_malformed_name_is_an_invalid_argument(galleries, name):
    invalid(
        galleries.GetGallery,
        gallery_pb.GetGalleryRequest(name=name),
        {"name": "INVALID_RESOURCE_NAME"},
    )


@pytest.mark.parametrize("gallery_id", ["a", "A1", "my.gallery_2", "x" * 80, "1_2.3"])
def test_valid_gallery_names(galleries, resource_group, gallery_id):
    assert create(galleries, resource_group, gallery_id).name.endswith(f"/galleries/{gallery_id}")


@pytest.mark.parametrize(
    "gallery_id", ["-a", "a-b", "a.", "_a", "a_", ".a", "x" * 81, "ümlaut", "a b", "a/b"]
)
def test_invalid_gallery_names_are_refused_and_nothing_is_written(
    galleries, resource_group, gallery_id
):
    request = gallery_pb.CreateGalleryRequest(
        parent=resource_group, gallery_id=gallery_id, gallery=gallery_pb.Gallery(location="eastus")
    )

    invalid(galleries.CreateGallery, request, {"gallery_id": "INVALID_NAME"})
    assert names_listed(galleries, resource_group) == []


def test_every_mistake_of_a_request_is_reported_at_once(galleries, resource_group):
    request = gallery_pb.CreateGalleryRequest(
        parent="/subscriptions/s/resourceGroups",
        gallery_id="",
        gallery=gallery_pb.Gallery(location="usgovvirginia", tags={"a/b": "v"}),
    )

    refused = invalid(
        galleries.CreateGallery,
        request,
        {
            "parent": "INVALID_RESOURCE_NAME",
            "gallery_id": "FIELD_REQUIRED",
            "gallery.location": "REGION_IN_OTHER_CLOUD",
            "gallery.tags['a/b']": "FIELD_INVALID",
        },
    )
    assert refused.reason == "ERROR_REASON_INVALID_RESOURCE_NAME"


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("", "FIELD_REQUIRED"),
        ("marsnorth", "UNKNOWN_REGION"),
        ("China East 2", "REGION_IN_OTHER_CLOUD"),
    ],
)
def test_location_must_be_a_public_cloud_region(galleries, resource_group, location, reason):
    request = gallery_pb.CreateGalleryRequest(
        parent=resource_group, gallery_id="g", gallery=gallery_pb.Gallery(location=location)
    )

    invalid(galleries.CreateGallery, request, {"gallery.location": reason})


def test_tags_limits(galleries, resource_group):
    request = gallery_pb.CreateGalleryRequest(
        parent=resource_group,
        gallery_id="g",
        gallery=gallery_pb.Gallery(
            location="eastus", tags={f"k{i}": "v" for i in range(50)} | {"long": "v" * 257}
        ),
    )

    invalid(
        galleries.CreateGallery,
        request,
        {"gallery.tags": "FIELD_INVALID", "gallery.tags['long']": "FIELD_INVALID"},
    )


def test_names_are_unique_in_the_subscription_regardless_of_case(galleries, resource_group):
    create(galleries, resource_group, "Shared")
    other_group = resource_group.rsplit("/", 1)[0] + "/other"

    refused = failure(
        galleries.CreateGallery,
        gallery_pb.CreateGalleryRequest(
            parent=other_group, gallery_id="SHARED", gallery=gallery_pb.Gallery(location="eastus")
        ),
        Code.ALREADY_EXISTS,
    )

    assert refused.reason == "ERROR_REASON_GALLERY_NAME_NOT_UNIQUE"
    assert names_listed(galleries, other_group) == []


def test_the_same_name_in_another_subscription_is_fine(galleries, resource_group):
    create(galleries, resource_group, "Shared")

    assert create(galleries, f"/subscriptions/{uuid.uuid4()}/resourceGroups/rg", "Shared").name


def test_creating_an_existing_gallery_again_is_refused(galleries, gallery, resource_group):
    refused = failure(
        galleries.CreateGallery,
        gallery_pb.CreateGalleryRequest(
            parent=resource_group,
            gallery_id="gallery1",
            gallery=gallery_pb.Gallery(location="East US"),
        ),
        Code.ALREADY_EXISTS,
    )

    assert refused.reason == "ERROR_REASON_RESOURCE_ALREADY_EXISTS"


def test_the_same_name_in_another_location_is_refused(galleries, gallery, resource_group):
    refused = failure(
        galleries.CreateGallery,
        gallery_pb.CreateGalleryRequest(
            parent=resource_group,
            gallery_id="gallery1",
            gallery=gallery_pb.Gallery(location="westus"),
        ),
        Code.ALREADY_EXISTS,
    )

    assert refused.reason == "ERROR_REASON_EXISTS_IN_OTHER_LOCATION"
    assert refused.info.metadata["existingLocation"] == "eastus"
    assert refused.info.metadata["requestedLocation"] == "westus"


def test_list_by_resource_group_subscription_and_everywhere(galleries, resource_group):
    subscription = resource_group.rsplit("/resourceGroups/", 1)[0]
    a = create(galleries, resource_group, "a").name
    b = create(galleries, f"{subscription}/resourceGroups/second", "b").name

    assert names_listed(galleries, resource_group) == [a]
    assert sorted(names_listed(galleries, subscription)) == sorted([a, b])
    assert sorted(names_listed(galleries, f"{subscription}/resourceGroups/-")) == sorted([a, b])
    everywhere = names_listed(galleries, "/subscriptions/-")
    assert {a, b} <= set(everywhere)


def test_pages_cover_every_gallery_once(galleries, resource_group):
    created = [create(galleries, resource_group, f"g{i}").name for i in range(7)]

    assert names_listed(galleries, resource_group, page_size=3) == sorted(created, key=str.lower)


def test_a_page_token_only_serves_its_own_list(galleries, resource_group):
    for i in range(3):
        create(galleries, resource_group, f"g{i}")
    page = galleries.ListGalleries(
        gallery_pb.ListGalleriesRequest(parent=resource_group, page_size=1)
    )

    invalid(
        galleries.ListGalleries,
        gallery_pb.ListGalleriesRequest(parent="/subscriptions/-", page_token=page.next_page_token),
        {"page_token": "INVALID_PAGE_TOKEN"},
    )
    invalid(
        galleries.ListGalleries,
        gallery_pb.ListGalleriesRequest(parent=resource_group, page_token="garbage!"),
        {"page_token": "INVALID_PAGE_TOKEN"},
    )
    invalid(
        galleries.ListGalleries,
        gallery_pb.ListGalleriesRequest(parent=resource_group, page_size=-1),
        {"page_size": "FIELD_INVALID"},
    )


def test_update_changes_description_and_tags(galleries, gallery):
    changed = galleries.UpdateGallery(
        gallery_pb.UpdateGalleryRequest(
            gallery=gallery_pb.Gallery(name=gallery.name, description="new", tags={"a": "b"}),
            update_mask=FieldMask(paths=["description", "tags"]),
        )
    )

    assert (changed.description, dict(changed.tags)) == ("new", {"a": "b"})
    assert changed.etag != gallery.etag
    assert changed.update_time.ToDatetime() > gallery.update_time.ToDatetime()
    assert changed.create_time == gallery.create_time
    assert galleries.GetGallery(gallery_pb.GetGalleryRequest(name=gallery.name)) == changed


def test_update_without_mask_applies_the_fields_sent(galleries, gallery):
    changed = galleries.UpdateGallery(
        gallery_pb.UpdateGalleryRequest(
            gallery=gallery_pb.Gallery(name=gallery.name, description="x")
        )
    )

    assert changed.description == "x"
    assert changed.location == "eastus"


def test_location_cannot_change(galleries, gallery):
    request = gallery_pb.UpdateGalleryRequest(
        gallery=gallery_pb.Gallery(name=gallery.name, location="westus"),
        update_mask=FieldMask(paths=["location"]),
    )

    invalid(galleries.UpdateGallery, request, {"gallery.location": "IMMUTABLE_FIELD"})
    assert galleries.GetGallery(gallery_pb.GetGalleryRequest(name=gallery.name)) == gallery


def test_repeating_the_current_location_in_an_update_is_fine(galleries, gallery):
    changed = galleries.UpdateGallery(
        gallery_pb.UpdateGalleryRequest(
            gallery=gallery_pb.Gallery(name=gallery.name, location="eastus", description="y"),
            update_mask=FieldMask(paths=["location", "description"]),
        )
    )

    assert changed.description == "y"


def test_update_mask_must_name_fields_of_the_gallery(galleries, gallery):
    request = gallery_pb.UpdateGalleryRequest(
        gallery=gallery_pb.Gallery(name=gallery.name), update_mask=FieldMask(paths=["colour"])
    )

    invalid(galleries.UpdateGallery, request, {"update_mask.paths[0]": "INVALID_UPDATE_MASK"})


def test_output_only_fields_in_the_mask_are_ignored(galleries, gallery):
    changed = galleries.UpdateGallery(
        gallery_pb.UpdateGalleryRequest(
            gallery=gallery_pb.Gallery(name=gallery.name, unique_name="forged", description="z"),
            update_mask=FieldMask(paths=["unique_name", "provisioning_state", "description"]),
        )
    )

    assert (changed.unique_name, changed.description) == (gallery.unique_name, "z")


def test_a_stale_etag_aborts_update_and_delete(galleries, gallery):
    galleries.UpdateGallery(
        gallery_pb.UpdateGalleryRequest(
            gallery=gallery_pb.Gallery(name=gallery.name, description="first", etag=gallery.etag),
            update_mask=FieldMask(paths=["description"]),
        )
    )

    stale_update = gallery_pb.UpdateGalleryRequest(
        gallery=gallery_pb.Gallery(name=gallery.name, description="second", etag=gallery.etag),
        update_mask=FieldMask(paths=["description"]),
    )
    stale_delete = gallery_pb.DeleteGalleryRequest(name=gallery.name, etag=gallery.etag)

    assert (
        failure(galleries.UpdateGallery, stale_update, Code.ABORTED).reason
        == "ERROR_REASON_ETAG_MISMATCH"
    )
    assert (
        failure(galleries.DeleteGallery, stale_delete, Code.ABORTED).reason
        == "ERROR_REASON_ETAG_MISMATCH"
    )
    current = galleries.GetGallery(gallery_pb.GetGalleryRequest(name=gallery.name))
    assert current.description == "first"


def test_delete_removes_the_gallery(galleries, gallery):
    galleries.DeleteGallery(gallery_pb.DeleteGalleryRequest(name=gallery.name, etag=gallery.etag))

    failure(galleries.GetGallery, gallery_pb.GetGalleryRequest(name=gallery.name), Code.NOT_FOUND)
    failure(
        galleries.DeleteGallery, gallery_pb.DeleteGalleryRequest(name=gallery.name), Code.NOT_FOUND
    )


def test_a_gallery_with_definitions_is_deleted_only_when_forced(galleries, definitions, gallery):
    definition = definitions.CreateImageDefinition(
        definition_pb.CreateImageDefinitionRequest(
            parent=gallery.name, image_definition_id="image", image_definition=new_definition()
        )
    )

    refused = failure(
        galleries.DeleteGallery,
        gallery_pb.DeleteGalleryRequest(name=gallery.name),
        Code.FAILED_PRECONDITION,
    )
    assert refused.reason == "ERROR_REASON_RESOURCE_HAS_CHILDREN"
    assert definitions.GetImageDefinition(
        definition_pb.GetImageDefinitionRequest(name=definition.name)
    )

    galleries.DeleteGallery(gallery_pb.DeleteGalleryRequest(name=gallery.name, force=True))
    failure(
        definitions.GetImageDefinition,
        definition_pb.GetImageDefinitionRequest(name=definition.name),
        Code.NOT_FOUND,
    )


def test_a_retried_create_answers_as_the_first(galleries, resource_group):
    request = gallery_pb.CreateGalleryRequest(
        parent=resource_group,
        gallery_id="g",
        gallery=gallery_pb.Gallery(location="eastus"),
        request_id=str(uuid.uuid4()),
    )

    first = galleries.CreateGallery(request)
    again = galleries.CreateGallery(request)

    assert again == first
    request.gallery.description = "something else"
    invalid(galleries.CreateGallery, request, {"request_id": "REQUEST_ID_REUSED"})


def test_a_retried_delete_answers_as_the_first(galleries, gallery):
    request = gallery_pb.DeleteGalleryRequest(name=gallery.name, request_id=str(uuid.uuid4()))
    galleries.DeleteGallery(request)

    assert galleries.DeleteGallery(request) == Empty()
    failure(galleries.GetGallery, gallery_pb.GetGalleryRequest(name=gallery.name), Code.NOT_FOUND)
    other = gallery_pb.DeleteGalleryRequest(name=gallery.name, request_id=str(uuid.uuid4()))
    failure(galleries.DeleteGallery, other, Code.NOT_FOUND)


def test_galleries_per_subscription_per_region_are_limited(tmp_path, resource_group):
    server = ServerProcess(tmp_path, env={"IMAGEGALLERY_LIMIT_GALLERIES": "2"}).start()
    try:
        with grpc.insecure_channel(server.address) as channel:
            galleries = gallery_service_pb2_grpc.GalleryServiceStub(channel)
            create(galleries, resource_group, "a")
            create(galleries, resource_group, "b")
            over = gallery_pb.CreateGalleryRequest(
                parent=resource_group, gallery_id="c", gallery=gallery_pb.Gallery(location="eastus")
            )

            refused = failure(galleries.CreateGallery, over, Code.RESOURCE_EXHAUSTED)

            assert refused.reason == "ERROR_REASON_QUOTA_EXCEEDED"
            assert refused.info.metadata["limit"] == "2"
            assert refused.quota_failure.violations[0].description == refused.message
            assert create(galleries, resource_group, "d", location="westus").location == "westus"
            galleries.DeleteGallery(
                gallery_pb.DeleteGalleryRequest(
                    name=f"{resource_group}/providers/Microsoft.Compute/galleries/a"
                )
            )
            assert galleries.CreateGallery(over).name.endswith("/c")
    finally:
        assert server.stop() == 0

"""Odd and hostile input: always a precise status with details, never UNKNOWN or INTERNAL."""

import grpc
import pytest
from conftest import definition_pb, failure, gallery_pb, invalid, new_definition
from google.longrunning import operations_pb2, operations_pb2_grpc
from google.protobuf.duration_pb2 import Duration
from google.protobuf.field_mask_pb2 import FieldMask
from google.protobuf.timestamp_pb2 import Timestamp

Code = grpc.StatusCode


def create_gallery_request(parent: str, gallery_id: str = "g", **fields):
    return gallery_pb.CreateGalleryRequest(
        parent=parent,
        gallery_id=gallery_id,
        gallery=gallery_pb.Gallery(location="eastus", **fields),
    )


def test_an_unspecified_value_in_a_list_of_enums_is_refused(definitions, gallery):
    request = definition_pb.CreateImageDefinitionRequest(
        parent=gallery.name,
        image_definition_id="d",
        image_definition=new_definition(disallowed_disk_types=[1, 0]),
    )

    invalid(
        definitions.CreateImageDefinition,
        request,
        {"image_definition.disallowed_disk_types[1]": "FIELD_INVALID"},
    )


def test_a_mask_cannot_reach_inside_a_timestamp(definitions, gallery):
    created = definitions.CreateImageDefinition(
        definition_pb.CreateImageDefinitionRequest(
            parent=gallery.name, image_definition_id="d", image_definition=new_definition()
        )
    )
    request = definition_pb.UpdateImageDefinitionRequest(
        image_definition=definition_pb.ImageDefinition(
            name=created.name, end_of_life_date=Timestamp(seconds=4_000_000_000)
        ),
        update_mask=FieldMask(paths=["end_of_life_date.seconds"]),
    )

    invalid(
        definitions.UpdateImageDefinition, request, {"update_mask.paths[0]": "INVALID_UPDATE_MASK"}
    )


@pytest.mark.parametrize("uri", ["https://[x]/", "http://[::1", "ftp://example.com", "x" * 3000])
def test_uris_that_do_not_parse_are_refused(definitions, gallery, uri):
    request = definition_pb.CreateImageDefinitionRequest(
        parent=gallery.name,
        image_definition_id="d",
        image_definition=new_definition(privacy_statement_uri=uri),
    )

    invalid(
        definitions.CreateImageDefinition,
        request,
        {"image_definition.privacy_statement_uri": "FIELD_INVALID"},
    )


@pytest.mark.parametrize("length", [6_000, 100_000])
def test_long_input_is_refused_with_all_its_details(galleries, resource_group, length):
    refused = invalid(
        galleries.CreateGallery,
        create_gallery_request(resource_group, "g" * length),
        {"gallery_id": "INVALID_NAME"},
    )

    assert len(refused.message) <= 1024


def test_hundreds_of_bad_tags_are_summarized(galleries, resource_group):
    tags = {f"bad/{i}": "v" for i in range(200)}

    refused = failure(
        galleries.CreateGallery,
        create_gallery_request(resource_group, tags=tags),
        Code.INVALID_ARGUMENT,
    )

    assert 1 < len(refused.bad_request.field_violations) <= 20
    assert "more)" in refused.bad_request.field_violations[-1].description


def test_a_long_name_in_a_get_is_refused_with_details(galleries):
    name = "/subscriptions/" + "s" * 20_000

    invalid(
        galleries.GetGallery,
        gallery_pb.GetGalleryRequest(name=name),
        {"name": "INVALID_RESOURCE_NAME"},
    )


def test_descriptions_are_bounded(galleries, definitions, resource_group, gallery):
    invalid(
        galleries.CreateGallery,
        create_gallery_request(resource_group, "big", description="d" * 2049),
        {"gallery.description": "FIELD_INVALID"},
    )
    invalid(
        galleries.UpdateGallery,
        gallery_pb.UpdateGalleryRequest(
            gallery=gallery_pb.Gallery(name=gallery.name, description="d" * 2049),
            update_mask=FieldMask(paths=["description"]),
        ),
        {"gallery.description": "FIELD_INVALID"},
    )


@pytest.mark.parametrize(
    "method",
    [
        "/imagegallery.v1.GalleryService/GetGallery",
        "/imagegallery.v1.ReplicationService/WatchReplicationStatus",
        "/imagegallery.v1.ReplicationService/ReadImageVersionDisk",
    ],
)
def test_bytes_that_are_no_message_are_an_invalid_argument(channel, method):
    raw = {"request_serializer": lambda raw: raw, "response_deserializer": lambda raw: raw}
    streaming = "Replication" in method
    call = channel.unary_stream(method, **raw) if streaming else channel.unary_unary(method, **raw)

    refused = failure(
        lambda request: list(call(request)) if streaming else call(request),
        bytes.fromhex("0a02fffe"),
        Code.INVALID_ARGUMENT,
    )

    assert refused.reason == "ERROR_REASON_REQUEST_NOT_DECODABLE"
    assert refused.info.metadata["method"] == method


def test_every_mistake_is_reported_across_the_stages_of_a_create(definitions):
    request = definition_pb.CreateImageDefinitionRequest(
        parent="/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/nothing/x",
        image_definition_id="-x",
        image_definition=new_definition(os_type=9),
    )

    invalid(
        definitions.CreateImageDefinition,
        request,
        {
            "image_definition.os_type": "FIELD_INVALID",
            "parent": "INVALID_RESOURCE_NAME",
            "image_definition_id": "INVALID_NAME",
        },
    )


def test_an_update_reports_an_immutable_change_and_a_bad_new_value_together(definitions, gallery):
    created = definitions.CreateImageDefinition(
        definition_pb.CreateImageDefinitionRequest(
            parent=gallery.name, image_definition_id="d", image_definition=new_definition()
        )
    )
    request = definition_pb.UpdateImageDefinitionRequest(
        image_definition=definition_pb.ImageDefinition(
            name=created.name, os_type=1, end_of_life_date=Timestamp(seconds=1)
        ),
        update_mask=FieldMask(paths=["os_type", "end_of_life_date"]),
    )

    invalid(
        definitions.UpdateImageDefinition,
        request,
        {
            "image_definition.os_type": "IMMUTABLE_FIELD",
            "image_definition.end_of_life_date": "END_OF_LIFE_IN_PAST",
        },
    )


def test_output_only_fields_sent_in_a_create_are_ignored(galleries, resource_group):
    created = galleries.CreateGallery(
        create_gallery_request(
            resource_group, provisioning_state=77, create_time=Timestamp(seconds=2**60)
        )
    )

    assert created.provisioning_state == 4  # PROVISIONING_STATE_SUCCEEDED
    assert created.create_time.seconds < 2**40


@pytest.mark.parametrize("mask", [[], ["etag"], ["unique_name"], ["description"]])
def test_an_update_that_changes_nothing_keeps_the_etag(galleries, gallery, mask):
    same = galleries.UpdateGallery(
        gallery_pb.UpdateGalleryRequest(
            gallery=gallery_pb.Gallery(name=gallery.name, description=gallery.description),
            update_mask=FieldMask(paths=mask),
        )
    )

    assert same == gallery


def test_a_request_id_has_a_bounded_length(galleries, resource_group):
    request = create_gallery_request(resource_group)
    request.request_id = "r" * 129

    invalid(galleries.CreateGallery, request, {"request_id": "FIELD_INVALID"})


@pytest.mark.parametrize(
    "parent", ["/subscriptions/s/foo/-", "/subscriptions/s/resourceGroups/rg/x", "/tenants/-"]
)
def test_a_list_parent_must_be_of_a_listed_form(galleries, parent):
    invalid(
        galleries.ListGalleries,
        gallery_pb.ListGalleriesRequest(parent=parent),
        {"parent": "INVALID_RESOURCE_NAME"},
    )


def test_a_child_is_named_with_its_parents_spelling(galleries, definitions, resource_group):
    created = galleries.CreateGallery(create_gallery_request(resource_group, "MixedCase"))

    definition = definitions.CreateImageDefinition(
        definition_pb.CreateImageDefinitionRequest(
            parent=created.name.upper(), image_definition_id="d", image_definition=new_definition()
        )
    )

    assert definition.name == f"{created.name}/images/d"


@pytest.mark.parametrize("seconds", [2**63 - 1, -(2**63)])
def test_a_wait_beyond_a_durations_range_is_invalid(channel, seconds):
    operations = operations_pb2_grpc.OperationsStub(channel)
    request = operations_pb2.WaitOperationRequest(
        name="operations/x", timeout=Duration(seconds=seconds)
    )

    refused = failure(operations.WaitOperation, request, Code.INVALID_ARGUMENT)

    assert refused.fields == {"timeout": "ERROR_REASON_FIELD_INVALID"}

"""ImageDefinitionService: the rules of Azure's gallery images, over gRPC."""

import time
import uuid
from datetime import UTC, datetime, timedelta

import grpc
import pytest
from conftest import definition_pb, failure, gallery_pb, invalid, new_definition
from google.protobuf.field_mask_pb2 import FieldMask
from google.protobuf.timestamp_pb2 import Timestamp
from imagegallery.v1 import common_pb2, gallery_service_pb2_grpc, image_definition_service_pb2_grpc
from imagegallery_server.testing import ServerProcess

Code = grpc.StatusCode
OUTPUT_ONLY = ("name", "location", "provisioning_state", "etag", "create_time", "update_time")


def days_from_now(days: float) -> Timestamp:
    return Timestamp(seconds=int(time.time() + days * 86400))


def identifier(**parts: str) -> definition_pb.ImageIdentifier:
    return definition_pb.ImageIdentifier(
        **{"publisher": "Contoso", "offer": "Ubuntu", "sku": "22_04", **parts}
    )


def recommended(
    v_cpus: tuple[int, int] = (0, 0), memory: tuple[int, int] = (0, 0)
) -> definition_pb.RecommendedMachineConfiguration:
    return definition_pb.RecommendedMachineConfiguration(
        v_cpus=definition_pb.ResourceRange(min=v_cpus[0], max=v_cpus[1]),
        memory=definition_pb.ResourceRange(min=memory[0], max=memory[1]),
    )


def full_definition() -> definition_pb.ImageDefinition:
    return new_definition(
        hyper_v_generation=common_pb2.HYPER_V_GENERATION_V2,
        architecture=common_pb2.ARCHITECTURE_ARM64,
        description="Ubuntu for the web tier",
        eula="Use at your own risk.",
        privacy_statement_uri="https://contoso.example/privacy",
        release_note_uri="http://contoso.example/notes?v=1",
        end_of_life_date=days_from_now(365),
        recommended=recommended(v_cpus=(2, 16), memory=(4, 64)),
        disallowed_disk_types=[
            common_pb2.DISK_TYPE_STANDARD_LRS,
            common_pb2.DISK_TYPE_PREMIUM_V2_LRS,
        ],
        purchase_plan=definition_pb.ImagePurchasePlan(
            name="gen2", publisher="contoso", product="ubuntu-web"
        ),
        tags={"team": "web", "env": "prod"},
    )


def create_request(
    gallery, image_id: str = "image1", definition=None, request_id: str = "", **fields
) -> definition_pb.CreateImageDefinitionRequest:
    return definition_pb.CreateImageDefinitionRequest(
        parent=gallery.name,
        image_definition_id=image_id,
        image_definition=definition if definition is not None else new_definition(**fields),
        request_id=request_id,
    )


def create(
    definitions, gallery, image_id: str = "image1", **fields
) -> definition_pb.ImageDefinition:
    return definitions.CreateImageDefinition(create_request(gallery, image_id, **fields))


def get(definitions, name: str) -> definition_pb.ImageDefinition:
    return definitions.GetImageDefinition(definition_pb.GetImageDefinitionRequest(name=name))


def listed(definitions, gallery) -> list[str]:
    answer = definitions.ListImageDefinitions(
        definition_pb.ListImageDefinitionsRequest(parent=gallery.name, page_size=1000)
    )
    assert not answer.next_page_token
    return sorted(d.name.rsplit("/", 1)[1] for d in answer.image_definitions)


def update(definitions, definition, *paths: str) -> definition_pb.ImageDefinition:
    return definitions.UpdateImageDefinition(update_request(definition, *paths))


def update_request(definition, *paths: str) -> definition_pb.UpdateImageDefinitionRequest:
    mask = FieldMask(paths=paths) if paths else None
    return definition_pb.UpdateImageDefinitionRequest(image_definition=definition, update_mask=mask)


def delete(definitions, name: str, **fields) -> None:
    definitions.DeleteImageDefinition(
        definition_pb.DeleteImageDefinitionRequest(name=name, **fields)
    )


def without(message, *fields: str):
    copy = type(message)()
    copy.CopyFrom(message)
    for field in fields:
        copy.ClearField(field)
    return copy


def new_gallery(galleries, resource_group: str, gallery_id: str, location: str = "eastus"):
    return galleries.CreateGallery(
        gallery_pb.CreateGalleryRequest(
            parent=resource_group,
            gallery_id=gallery_id,
            gallery=gallery_pb.Gallery(location=location),
        )
    )


def assert_not_found(definitions, name: str) -> None:
    request = definition_pb.GetImageDefinitionRequest(name=name)
    refused = failure(definitions.GetImageDefinition, request, Code.NOT_FOUND)
    assert refused.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"


# Create


def test_create_answers_the_definition_with_defaults(definitions, gallery):
    before = datetime.now(UTC) - timedelta(seconds=5)
    created = create(definitions, gallery, "image1")
    assert created.name == f"{gallery.name}/images/image1"
    assert created.location == gallery.location == "eastus"
    assert created.hyper_v_generation == common_pb2.HYPER_V_GENERATION_V1
    assert created.architecture == common_pb2.ARCHITECTURE_X64
    assert created.provisioning_state == common_pb2.PROVISIONING_STATE_SUCCEEDED
    assert created.etag
    assert created.HasField("create_time")
    assert created.create_time == created.update_time
    assert created.create_time.ToDatetime(tzinfo=UTC) >= before
    assert get(definitions, created.name) == created


def test_create_round_trips_every_field(definitions, gallery):
    sent = full_definition()
    created = create(definitions, gallery, definition=sent)
    sent.location = "eastus"
    assert without(created, *OUTPUT_ONLY[2:], "name") == sent
    assert get(definitions, created.name) == created


def test_get_ignores_letter_case(definitions, gallery):
    created = create(definitions, gallery, "MyImage")
    assert get(definitions, created.name.upper()) == created
    assert get(definitions, created.name.lower()) == created


# List


def test_list_pages_through_every_definition_once(definitions, gallery):
    created = [
        create(definitions, gallery, f"image{i}", identifier=identifier(sku=f"sku{i}")).name
        for i in range(5)
    ]
    seen, token, pages = [], "", 0
    while True:
        request = definition_pb.ListImageDefinitionsRequest(
            parent=gallery.name, page_size=2, page_token=token
        )
        answer = definitions.ListImageDefinitions(request)
        assert len(answer.image_definitions) <= 2
        seen += [d.name for d in answer.image_definitions]
        pages += 1
        token = answer.next_page_token
        if not token:
            break
    assert sorted(seen) == sorted(created)
    assert pages == 3


def test_list_refuses_a_page_token_of_another_gallery(
    definitions, galleries, gallery, resource_group
):
    other = new_gallery(galleries, resource_group, "gallery2")
    for i in range(2):
        create(definitions, gallery, f"image{i}", identifier=identifier(sku=f"sku{i}"))
    first = definitions.ListImageDefinitions(
        definition_pb.ListImageDefinitionsRequest(parent=gallery.name, page_size=1)
    )
    assert first.next_page_token
    request = definition_pb.ListImageDefinitionsRequest(
        parent=other.name, page_token=first.next_page_token
    )
    invalid(definitions.ListImageDefinitions, request, {"page_token": "INVALID_PAGE_TOKEN"})


def test_list_refuses_a_negative_page_size(definitions, gallery):
    request = definition_pb.ListImageDefinitionsRequest(parent=gallery.name, page_size=-1)
    invalid(definitions.ListImageDefinitions, request, {"page_size": "FIELD_INVALID"})


# Required fields and several mistakes at once


@pytest.mark.parametrize(
    ("fields", "violations"),
    [
        ({"os_type": 0}, {"image_definition.os_type": "FIELD_REQUIRED"}),
        ({"os_state": 0}, {"image_definition.os_state": "FIELD_REQUIRED"}),
        (
            {"identifier": identifier(publisher="")},
            {"image_definition.identifier.publisher": "FIELD_REQUIRED"},
        ),
        (
            {"identifier": identifier(offer="")},
            {"image_definition.identifier.offer": "FIELD_REQUIRED"},
        ),
        ({"identifier": identifier(sku="")}, {"image_definition.identifier.sku": "FIELD_REQUIRED"}),
        (
            {"identifier": None},
            {
                "image_definition.identifier.publisher": "FIELD_REQUIRED",
                "image_definition.identifier.offer": "FIELD_REQUIRED",
                "image_definition.identifier.sku": "FIELD_REQUIRED",
            },
        ),
    ],
)
def test_create_requires(definitions, gallery, fields, violations):
    invalid(definitions.CreateImageDefinition, create_request(gallery, **fields), violations)
    assert listed(definitions, gallery) == []


def test_create_requires_an_id(definitions, gallery):
    request = create_request(gallery, "")
    invalid(definitions.CreateImageDefinition, request, {"image_definition_id": "FIELD_REQUIRED"})
    assert listed(definitions, gallery) == []


def test_create_reports_every_mistake_at_once(definitions, gallery):
    request = create_request(
        gallery,
        "-a",
        os_type=0,
        end_of_life_date=days_from_now(-1),
        recommended=recommended(v_cpus=(8, 2)),
    )
    violations = {
        "image_definition_id": "INVALID_NAME",
        "image_definition.os_type": "FIELD_REQUIRED",
        "image_definition.end_of_life_date": "END_OF_LIFE_IN_PAST",
        "image_definition.recommended.v_cpus.min": "RANGE_MIN_ABOVE_MAX",
    }
    invalid(definitions.CreateImageDefinition, request, violations)
    assert listed(definitions, gallery) == []


# Naming


@pytest.mark.parametrize("image_id", ["a", "my-image_1.0", "A" * 80, "9", "x.y-z_0"])
def test_create_accepts_the_id(definitions, gallery, image_id):
    created = create(definitions, gallery, image_id)
    assert created.name == f"{gallery.name}/images/{image_id}"


@pytest.mark.parametrize("image_id", ["-a", "a-", "a.", "_a", "a_", "a" * 81, "ümlaut", "a b"])
def test_create_refuses_the_id(definitions, gallery, image_id):
    request = create_request(gallery, image_id)
    invalid(definitions.CreateImageDefinition, request, {"image_definition_id": "INVALID_NAME"})
    assert listed(definitions, gallery) == []


@pytest.mark.parametrize(
    ("part", "value"),
    [
        ("publisher", "P" * 128),
        ("offer", "O" * 64),
        ("sku", "S" * 64),
        ("publisher", "Contoso.Images-1_a"),
        ("offer", "0ubuntu-server_pro.lts"),
        ("sku", "22.04-LTS_gen2"),
    ],
)
def test_create_accepts_the_identifier_part(definitions, gallery, part, value):
    created = create(definitions, gallery, identifier=identifier(**{part: value}))
    assert getattr(created.identifier, part) == value


@pytest.mark.parametrize(
    ("part", "value"),
    [
        ("publisher", "P" * 129),
        ("offer", "O" * 65),
        ("sku", "S" * 65),
        ("publisher", "Contoso."),
        ("offer", "Ubuntu."),
        ("sku", "22.04."),
        ("offer", "Ubuntu Server"),
        ("sku", "22/04"),
        ("publisher", "Contoso+"),
        ("publisher", "Cöntoso"),
    ],
)
def test_create_refuses_the_identifier_part(definitions, gallery, part, value):
    request = create_request(gallery, identifier=identifier(**{part: value}))
    field = f"image_definition.identifier.{part}"
    invalid(definitions.CreateImageDefinition, request, {field: "FIELD_INVALID"})
    assert listed(definitions, gallery) == []


# Uniqueness


@pytest.mark.parametrize(
    "same",
    [
        identifier(),
        identifier(publisher="CONTOSO", offer="ubuntu", sku="22_04"),
        identifier(publisher="contoso", offer="UBUNTU", sku="22_04"),
    ],
)
def test_identifier_is_unique_within_the_gallery(definitions, gallery, same):
    create(definitions, gallery, "image1")
    request = create_request(gallery, "image2", identifier=same)
    refused = failure(definitions.CreateImageDefinition, request, Code.ALREADY_EXISTS)
    assert refused.reason == "ERROR_REASON_IDENTIFIER_NOT_UNIQUE"
    assert listed(definitions, gallery) == ["image1"]


@pytest.mark.parametrize(
    "other",
    [
        identifier(publisher="Fabrikam"),
        identifier(offer="Debian"),
        identifier(sku="24_04"),
        identifier(publisher="Fabrikam", offer="Debian"),
        identifier(offer="Debian", sku="12"),
    ],
)
def test_identifier_may_share_one_or_two_parts(definitions, gallery, other):
    create(definitions, gallery, "image1")
    create(definitions, gallery, "image2", identifier=other)
    assert listed(definitions, gallery) == ["image1", "image2"]


def test_identifier_may_repeat_in_another_gallery(definitions, galleries, gallery, resource_group):
    other = new_gallery(galleries, resource_group, "gallery2")
    create(definitions, gallery, "image1")
    created = create(definitions, other, "image1")
    assert created.name == f"{other.name}/images/image1"


@pytest.mark.parametrize("again", ["image1", "IMAGE1"])
def test_create_refuses_an_existing_id(definitions, gallery, again):
    first = create(definitions, gallery, "image1")
    request = create_request(gallery, again, identifier=identifier(sku="other"))
    refused = failure(definitions.CreateImageDefinition, request, Code.ALREADY_EXISTS)
    assert refused.reason == "ERROR_REASON_RESOURCE_ALREADY_EXISTS"
    assert listed(definitions, gallery) == ["image1"]
    assert get(definitions, first.name) == first


def test_create_needs_the_gallery(definitions, resource_group):
    missing = gallery_pb.Gallery(
        name=f"{resource_group}/providers/Microsoft.Compute/galleries/missing"
    )
    request = create_request(missing, "image1")
    refused = failure(definitions.CreateImageDefinition, request, Code.NOT_FOUND)
    assert refused.reason == "ERROR_REASON_PARENT_NOT_FOUND"
    assert_not_found(definitions, f"{missing.name}/images/image1")


# Location


@pytest.mark.parametrize("location", ["", "eastus", "East US", "EAST US", "EastUS"])
def test_location_is_the_gallerys(definitions, gallery, location):
    assert create(definitions, gallery, location=location).location == "eastus"


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("westus", "LOCATION_MISMATCH"),
        ("West US 2", "LOCATION_MISMATCH"),
        ("marsnorth", "UNKNOWN_REGION"),
        ("chinaeast2", "REGION_IN_OTHER_CLOUD"),
    ],
)
def test_create_refuses_the_location(definitions, gallery, location, reason):
    request = create_request(gallery, location=location)
    invalid(definitions.CreateImageDefinition, request, {"image_definition.location": reason})
    assert listed(definitions, gallery) == []


# Field rules


@pytest.mark.parametrize(
    ("fields", "violations"),
    [
        (
            {"end_of_life_date": days_from_now(-1)},
            {"image_definition.end_of_life_date": "END_OF_LIFE_IN_PAST"},
        ),
        (
            {"recommended": recommended(v_cpus=(8, 2))},
            {"image_definition.recommended.v_cpus.min": "RANGE_MIN_ABOVE_MAX"},
        ),
        (
            {"recommended": recommended(memory=(64, 16))},
            {"image_definition.recommended.memory.min": "RANGE_MIN_ABOVE_MAX"},
        ),
        (
            {"recommended": recommended(v_cpus=(-1, 4))},
            {"image_definition.recommended.v_cpus.min": "FIELD_INVALID"},
        ),
        (
            {"recommended": recommended(memory=(0, -8))},
            {"image_definition.recommended.memory.max": "FIELD_INVALID"},
        ),
        (
            {"disallowed_disk_types": [common_pb2.DISK_TYPE_PREMIUM_LRS] * 2},
            {"image_definition.disallowed_disk_types[1]": "DUPLICATE_VALUE"},
        ),
        (
            {"disallowed_disk_types": [1, 4, 1]},
            {"image_definition.disallowed_disk_types[2]": "DUPLICATE_VALUE"},
        ),
        ({"os_type": 99}, {"image_definition.os_type": "FIELD_INVALID"}),
        ({"os_state": 3}, {"image_definition.os_state": "FIELD_INVALID"}),
        ({"hyper_v_generation": 7}, {"image_definition.hyper_v_generation": "FIELD_INVALID"}),
        ({"architecture": 42}, {"image_definition.architecture": "FIELD_INVALID"}),
        (
            {"disallowed_disk_types": [1, 99]},
            {"image_definition.disallowed_disk_types[1]": "FIELD_INVALID"},
        ),
        (
            {"purchase_plan": definition_pb.ImagePurchasePlan(name="gen2")},
            {
                "image_definition.purchase_plan.publisher": "FIELD_REQUIRED",
                "image_definition.purchase_plan.product": "FIELD_REQUIRED",
            },
        ),
        (
            {"purchase_plan": definition_pb.ImagePurchasePlan(publisher="contoso", product="p")},
            {"image_definition.purchase_plan.name": "FIELD_REQUIRED"},
        ),
    ],
)
def test_create_refuses(definitions, gallery, fields, violations):
    invalid(definitions.CreateImageDefinition, create_request(gallery, **fields), violations)
    assert listed(definitions, gallery) == []


@pytest.mark.parametrize(
    "value",
    [(4, 4), (4, 0), (0, 4), (0, 0)],
)
def test_create_accepts_the_range(definitions, gallery, value):
    created = create(definitions, gallery, recommended=recommended(v_cpus=value, memory=value))
    assert (created.recommended.v_cpus.min, created.recommended.v_cpus.max) == value
    assert (created.recommended.memory.min, created.recommended.memory.max) == value


@pytest.mark.parametrize("field", ["privacy_statement_uri", "release_note_uri"])
@pytest.mark.parametrize(
    "uri",
    ["contoso.example/privacy", "/privacy", "ftp://contoso.example/p", "https://", "mailto:a@b.c"],
)
def test_create_refuses_the_uri(definitions, gallery, field, uri):
    request = create_request(gallery, **{field: uri})
    invalid(
        definitions.CreateImageDefinition, request, {f"image_definition.{field}": "FIELD_INVALID"}
    )
    assert listed(definitions, gallery) == []


# Update


@pytest.mark.parametrize(
    ("path", "change"),
    [
        ("description", {"description": "Ubuntu for the API tier"}),
        ("description", {"description": ""}),
        ("tags", {"tags": {"owner": "ops"}}),
        ("tags", {}),
        ("end_of_life_date", {"end_of_life_date": days_from_now(30)}),
        ("recommended", {"recommended": recommended(v_cpus=(1, 4), memory=(2, 8))}),
    ],
)
def test_update_changes_the_field_in_the_mask(definitions, gallery, path, change):
    created = create(definitions, gallery, definition=full_definition())
    sent = definition_pb.ImageDefinition(name=created.name, **change)
    updated = update(definitions, sent, path)
    expected = without(created, path)
    expected.MergeFrom(sent)
    assert without(updated, "etag", "update_time") == without(expected, "etag", "update_time")
    assert updated.etag != created.etag
    assert updated.update_time.ToDatetime() >= created.update_time.ToDatetime()
    assert get(definitions, created.name) == updated


IMMUTABLE_CHANGES = [
    ("os_type", {"os_type": common_pb2.OS_TYPE_WINDOWS}),
    ("os_state", {"os_state": common_pb2.OS_STATE_SPECIALIZED}),
    ("hyper_v_generation", {"hyper_v_generation": common_pb2.HYPER_V_GENERATION_V1}),
    ("architecture", {"architecture": common_pb2.ARCHITECTURE_X64}),
    ("identifier", {"identifier": identifier(sku="24_04")}),
    ("identifier.publisher", {"identifier": identifier(publisher="Fabrikam")}),
    ("location", {"location": "westus"}),
    ("eula", {"eula": "New terms."}),
    ("privacy_statement_uri", {"privacy_statement_uri": "https://fabrikam.example/p"}),
    ("release_note_uri", {"release_note_uri": ""}),
    ("disallowed_disk_types", {"disallowed_disk_types": [common_pb2.DISK_TYPE_PREMIUM_LRS]}),
    (
        "purchase_plan",
        {"purchase_plan": definition_pb.ImagePurchasePlan(name="a", publisher="b", product="c")},
    ),
]


@pytest.mark.parametrize(("path", "change"), IMMUTABLE_CHANGES)
def test_update_refuses_a_new_value_of_an_immutable_field(definitions, gallery, path, change):
    created = create(definitions, gallery, definition=full_definition())
    sent = definition_pb.ImageDefinition(name=created.name, **change)
    request = update_request(sent, path)
    invalid(
        definitions.UpdateImageDefinition, request, {f"image_definition.{path}": "IMMUTABLE_FIELD"}
    )
    assert get(definitions, created.name) == created


@pytest.mark.parametrize("path", [path for path, _ in IMMUTABLE_CHANGES])
def test_update_accepts_the_same_value_of_an_immutable_field(definitions, gallery, path):
    created = create(definitions, gallery, definition=full_definition())
    updated = update(definitions, created, path)
    assert without(updated, "etag", "update_time") == without(created, "etag", "update_time")


def test_update_accepts_the_location_in_another_spelling(definitions, gallery):
    created = create(definitions, gallery)
    sent = definition_pb.ImageDefinition(name=created.name, location="East US")
    assert update(definitions, sent, "location").location == "eastus"


@pytest.mark.parametrize(
    ("paths", "violations"),
    [
        (["colour"], {"update_mask.paths[0]": "INVALID_UPDATE_MASK"}),
        (["description", "identifier.colour"], {"update_mask.paths[1]": "INVALID_UPDATE_MASK"}),
    ],
)
def test_update_refuses_an_unknown_mask_path(definitions, gallery, paths, violations):
    created = create(definitions, gallery)
    sent = definition_pb.ImageDefinition(name=created.name, description="changed")
    invalid(definitions.UpdateImageDefinition, update_request(sent, *paths), violations)
    assert get(definitions, created.name) == created


def test_update_without_mask_applies_every_populated_field(definitions, gallery):
    created = create(definitions, gallery, definition=full_definition())
    sent = definition_pb.ImageDefinition(
        name=created.name, description="changed", tags={"owner": "ops"}
    )
    updated = update(definitions, sent)
    assert updated.description == "changed"
    assert dict(updated.tags) == {"owner": "ops"}
    assert updated.recommended == created.recommended
    assert updated.end_of_life_date == created.end_of_life_date


def test_update_without_mask_accepts_the_definition_as_read(definitions, gallery):
    created = create(definitions, gallery, definition=full_definition())
    sent = without(created)
    sent.description = "changed"
    updated = update(definitions, sent)
    assert updated.description == "changed"
    assert updated.etag != created.etag


def test_update_without_mask_refuses_a_new_immutable_value(definitions, gallery):
    created = create(definitions, gallery)
    sent = definition_pb.ImageDefinition(
        name=created.name, description="changed", os_type=common_pb2.OS_TYPE_WINDOWS
    )
    request = update_request(sent)
    invalid(
        definitions.UpdateImageDefinition, request, {"image_definition.os_type": "IMMUTABLE_FIELD"}
    )
    assert get(definitions, created.name) == created


@pytest.mark.parametrize(
    ("path", "change", "violations"),
    [
        (
            "end_of_life_date",
            {"end_of_life_date": days_from_now(-1)},
            {"image_definition.end_of_life_date": "END_OF_LIFE_IN_PAST"},
        ),
        (
            "recommended",
            {"recommended": recommended(memory=(64, 16))},
            {"image_definition.recommended.memory.min": "RANGE_MIN_ABOVE_MAX"},
        ),
        (
            "recommended",
            {"recommended": recommended(v_cpus=(-2, 0))},
            {"image_definition.recommended.v_cpus.min": "FIELD_INVALID"},
        ),
        (
            "recommended.v_cpus.max",
            {"recommended": recommended(v_cpus=(0, 1))},
            {"image_definition.recommended.v_cpus.min": "RANGE_MIN_ABOVE_MAX"},
        ),
    ],
)
def test_update_refuses(definitions, gallery, path, change, violations):
    created = create(definitions, gallery, definition=full_definition())
    sent = definition_pb.ImageDefinition(name=created.name, **change)
    invalid(definitions.UpdateImageDefinition, update_request(sent, path), violations)
    assert get(definitions, created.name) == created


def test_update_changes_only_the_nested_path_in_the_mask(definitions, gallery):
    created = create(definitions, gallery, definition=full_definition())
    sent = definition_pb.ImageDefinition(
        name=created.name, recommended=recommended(memory=(1, 128))
    )
    updated = update(definitions, sent, "recommended.memory.max")
    assert updated.recommended == recommended(v_cpus=(2, 16), memory=(4, 128))


def test_update_refuses_a_stale_etag(definitions, gallery):
    created = create(definitions, gallery)
    first = update(definitions, definition_pb.ImageDefinition(name=created.name, description="1"))
    stale = definition_pb.ImageDefinition(name=created.name, description="2", etag=created.etag)
    request = update_request(stale, "description")
    refused = failure(definitions.UpdateImageDefinition, request, Code.ABORTED)
    assert refused.reason == "ERROR_REASON_ETAG_MISMATCH"
    assert get(definitions, created.name) == first


def test_update_with_the_current_etag(definitions, gallery):
    created = create(definitions, gallery)
    sent = definition_pb.ImageDefinition(name=created.name, description="1", etag=created.etag)
    assert update(definitions, sent, "description").description == "1"


def test_update_of_a_missing_definition(definitions, gallery):
    sent = definition_pb.ImageDefinition(name=f"{gallery.name}/images/missing", description="x")
    refused = failure(definitions.UpdateImageDefinition, update_request(sent), Code.NOT_FOUND)
    assert refused.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"
    assert listed(definitions, gallery) == []


@pytest.mark.parametrize(
    ("path", "change"),
    [
        ("provisioning_state", {"provisioning_state": common_pb2.PROVISIONING_STATE_FAILED}),
        ("create_time", {"create_time": Timestamp(seconds=1)}),
        ("name", {}),
    ],
)
def test_update_ignores_output_only_fields_in_the_mask(definitions, gallery, path, change):
    created = create(definitions, gallery)
    sent = definition_pb.ImageDefinition(name=created.name, **change)
    updated = update(definitions, sent, path)
    assert without(updated, "etag", "update_time") == without(created, "etag", "update_time")


# Delete


def test_delete(definitions, gallery):
    created = create(definitions, gallery)
    delete(definitions, created.name)
    assert_not_found(definitions, created.name)
    assert listed(definitions, gallery) == []


def test_delete_refuses_a_stale_etag(definitions, gallery):
    created = create(definitions, gallery)
    updated = update(definitions, definition_pb.ImageDefinition(name=created.name, description="x"))
    request = definition_pb.DeleteImageDefinitionRequest(name=created.name, etag=created.etag)
    refused = failure(definitions.DeleteImageDefinition, request, Code.ABORTED)
    assert refused.reason == "ERROR_REASON_ETAG_MISMATCH"
    assert get(definitions, created.name) == updated
    delete(definitions, created.name, etag=updated.etag)
    assert_not_found(definitions, created.name)


def test_delete_of_a_missing_definition(definitions, gallery):
    request = definition_pb.DeleteImageDefinitionRequest(name=f"{gallery.name}/images/missing")
    refused = failure(definitions.DeleteImageDefinition, request, Code.NOT_FOUND)
    assert refused.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"


def test_gallery_with_definitions_is_deleted_only_with_force(definitions, galleries, gallery):
    created = create(definitions, gallery)
    request = gallery_pb.DeleteGalleryRequest(name=gallery.name)
    refused = failure(galleries.DeleteGallery, request, Code.FAILED_PRECONDITION)
    assert refused.reason == "ERROR_REASON_RESOURCE_HAS_CHILDREN"
    assert galleries.GetGallery(gallery_pb.GetGalleryRequest(name=gallery.name)) == gallery
    assert get(definitions, created.name) == created

    galleries.DeleteGallery(gallery_pb.DeleteGalleryRequest(name=gallery.name, force=True))
    gone = failure(
        galleries.GetGallery, gallery_pb.GetGalleryRequest(name=gallery.name), Code.NOT_FOUND
    )
    assert gone.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"
    assert_not_found(definitions, created.name)


# Limits


def test_definitions_per_subscription_and_region_are_limited(tmp_path, resource_group):
    limited = ServerProcess(tmp_path, env={"IMAGEGALLERY_LIMIT_IMAGE_DEFINITIONS": "2"}).start()
    try:
        with grpc.insecure_channel(limited.address) as channel:
            galleries = gallery_service_pb2_grpc.GalleryServiceStub(channel)
            definitions = image_definition_service_pb2_grpc.ImageDefinitionServiceStub(channel)
            east = new_gallery(galleries, resource_group, "east")
            other_group = resource_group.rsplit("/", 1)[0] + "/other"
            east2 = new_gallery(galleries, other_group, "east2")
            west = new_gallery(galleries, resource_group, "west", location="westus")
            first = create(definitions, east, "image1", identifier=identifier(sku="1"))
            create(definitions, east, "image2", identifier=identifier(sku="2"))

            for target in (east, east2):
                request = create_request(target, "image3", identifier=identifier(sku="3"))
                refused = failure(
                    definitions.CreateImageDefinition, request, Code.RESOURCE_EXHAUSTED
                )
                assert refused.reason == "ERROR_REASON_QUOTA_EXCEEDED"
                subjects = [v.subject for v in refused.quota_failure.violations]
                assert subjects == [resource_group.rsplit("/resourceGroups/", 1)[0]]
                assert_not_found(definitions, f"{target.name}/images/image3")

            create(definitions, west, "image3", identifier=identifier(sku="3"))
            delete(definitions, first.name)
            create(definitions, east2, "image3", identifier=identifier(sku="3"))
            assert listed(definitions, east) == ["image2"]
            assert listed(definitions, east2) == ["image3"]
    finally:
        assert limited.stop() == 0


# Request ids


def test_create_retried_with_its_request_id_answers_the_first_result(definitions, gallery):
    request = create_request(gallery, request_id=str(uuid.uuid4()))
    first = definitions.CreateImageDefinition(request)
    again = definitions.CreateImageDefinition(request)
    assert again == first
    assert listed(definitions, gallery) == ["image1"]


def test_request_id_reused_for_another_create(definitions, gallery):
    request_id = str(uuid.uuid4())
    first = definitions.CreateImageDefinition(create_request(gallery, request_id=request_id))
    other = create_request(gallery, "image2", request_id=request_id, identifier=identifier(sku="2"))
    invalid(definitions.CreateImageDefinition, other, {"request_id": "REQUEST_ID_REUSED"})
    assert listed(definitions, gallery) == ["image1"]
    assert get(definitions, first.name) == first


def test_an_end_of_life_beyond_the_calendar_is_refused(definitions, gallery):
    request = create_request(gallery, "i", end_of_life_date=Timestamp(seconds=2**62))

    invalid(
        definitions.CreateImageDefinition,
        request,
        {"image_definition.end_of_life_date": "FIELD_INVALID"},
    )

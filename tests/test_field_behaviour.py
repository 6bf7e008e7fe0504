"""What an update may change and what the server alone sets are read from the
contract's google.api.field_behavior annotations: every kind's sets follow its
message's annotations, and a field added to a message is handled by its annotation."""

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from google.api.field_behavior_pb2 import FieldBehavior, field_behavior
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from imagegallery_server.api.convert import to_domain
from imagegallery_server.domain import field_behaviour
from imagegallery_server.domain.errors import Violations
from imagegallery_server.domain.galleries import GALLERY
from imagegallery_server.domain.identity import PRINCIPAL, SUBSCRIPTION, TENANT
from imagegallery_server.domain.image_definitions import IMAGE_DEFINITION
from imagegallery_server.domain.image_sources import IMAGE_SOURCE
from imagegallery_server.domain.image_versions import IMAGE_VERSION
from imagegallery_server.domain.operations import OPERATION
from imagegallery_server.domain.resources import Kind, apply_update
from imagegallery_server.domain.role_assignments import ROLE_ASSIGNMENT
from imagegallery_server.domain.tokens import TOKEN

KINDS = [
    GALLERY,
    IMAGE_DEFINITION,
    IMAGE_VERSION,
    IMAGE_SOURCE,
    TENANT,
    SUBSCRIPTION,
    PRINCIPAL,
    TOKEN,
    ROLE_ASSIGNMENT,
]
FIXED = {FieldBehavior.OUTPUT_ONLY, FieldBehavior.IMMUTABLE, FieldBehavior.IDENTIFIER}


def covered(path: str, prefixes: frozenset[str]) -> bool:
    return any(path == p or path.startswith(p + ".") for p in prefixes)


def every_field(
    descriptor: Descriptor, prefix: str = "", above: frozenset[int] = frozenset()
) -> Iterator[tuple[str, frozenset[int], frozenset[int]]]:
    """Each field's path, its behaviours and those of the fields holding it,
    inside lists too; not inside maps or well-known types."""
    for field in descriptor.fields:
        path, own = prefix + field.name, field_behaviour.behaviours(field)
        yield path, own, above
        message = field.message_type
        if (
            message
            and not message.GetOptions().map_entry
            and message.file.package != "google.protobuf"
        ):
            yield from every_field(message, path + ".", above | own)


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.name)
def test_every_field_is_where_its_annotations_put_it(kind: Kind) -> None:
    assert kind.message is not None
    fields = kind.fields
    for path, own, above in every_field(kind.message.DESCRIPTOR):
        if FieldBehavior.OUTPUT_ONLY in own:
            assert covered(path, fields.output_only), path
        if FieldBehavior.IDENTIFIER in own or path == "etag":
            assert path in fields.identifying, path
        if FieldBehavior.IMMUTABLE in own:
            assert covered(path, fields.immutable), path
        if own & FIXED or above & FIXED or path == "etag" or FieldBehavior.INPUT_ONLY in own:
            assert not covered(path, fields.updatable), path
        else:
            assert covered(path, fields.updatable) or any(
                p.startswith(path + ".") for p in fields.updatable
            ), path
    behaviours = {path: own for path, own, _ in every_field(kind.message.DESCRIPTOR)}
    for path in fields.output_only:
        assert FieldBehavior.OUTPUT_ONLY in behaviours[path], path
    for path in fields.immutable:
        assert FieldBehavior.IMMUTABLE in behaviours[path], path
    for path in fields.updatable:
        assert not behaviours[path] & FIXED, path


# What users rely on an update to change (tests/test_galleries.py and the others),
# as the kinds listed it by hand before it was read from the contract.
UPDATABLE = {
    GALLERY: {"description", "tags", "soft_delete_policy.is_soft_delete_enabled"},
    # features: only with allow_update_image (tests/test_features.py)
    IMAGE_DEFINITION: {"recommended", "description", "end_of_life_date", "tags", "features"},
    IMAGE_VERSION: {
        "publishing_profile.target_regions",
        "publishing_profile.replica_count",
        "publishing_profile.exclude_from_latest",
        "publishing_profile.end_of_life_date",
        "safety_profile",
        "tags",
    },
    PRINCIPAL: {"display_name", "administrator"},
    TOKEN: set(),
    ROLE_ASSIGNMENT: set(),
}


@pytest.mark.parametrize("kind", list(UPDATABLE), ids=lambda kind: kind.name)
def test_updates_change_what_they_always_did(kind: Kind) -> None:
    assert kind.fields.updatable == UPDATABLE[kind]


def test_the_server_alone_sets_the_disks_of_a_version() -> None:
    assert IMAGE_VERSION.fields.output_only == {
        "provisioning_state",
        "replication_status",
        "create_time",
        "update_time",
        "publishing_profile.published_date",
        "storage_profile.os_disk_image.disk",
        "storage_profile.os_disk_image.size_in_gb",
        "storage_profile.data_disk_images.disk",
        "storage_profile.data_disk_images.size_in_gb",
    }
    assert IMAGE_SOURCE.fields.output_only == {
        "provisioning_state",
        "create_time",
        "os_disk.disk",
        "data_disks.disk",
    }


def test_a_kind_without_a_message_has_no_fields_to_update() -> None:
    assert OPERATION.fields == field_behaviour.FieldBehaviour()


# A message as a resource of tomorrow might declare it, with a field added as
# OUTPUT_ONLY (colour) and one as IMMUTABLE (shape).
def _widget_message() -> type:
    file = descriptor_pb2.FileDescriptorProto(
        name="imagegallery/testing/widget.proto",
        package="imagegallery.testing",
        syntax="proto3",
        dependency=["google/api/field_behavior.proto"],
    )
    message = file.message_type.add(name="Widget")
    fields = [
        ("name", FieldBehavior.IDENTIFIER),
        ("size", FieldBehavior.OPTIONAL),
        ("colour", FieldBehavior.OUTPUT_ONLY),
        ("shape", FieldBehavior.IMMUTABLE),
        ("etag", FieldBehavior.OPTIONAL),
    ]
    for number, (name, behaviour) in enumerate(fields, 1):
        added = message.field.add(
            name=name,
            number=number,
            type=FieldDescriptor.TYPE_STRING,
            label=FieldDescriptor.LABEL_OPTIONAL,
        )
        added.options.Extensions[field_behavior].append(behaviour)
    pool = descriptor_pool.Default()
    pool.Add(file)
    return message_factory.GetMessageClass(
        pool.FindMessageTypeByName("imagegallery.testing.Widget")
    )


WidgetMessage = _widget_message()


@dataclass
class Widget:
    name: str = ""
    size: str = ""
    colour: str = ""
    shape: str = ""
    etag: str = ""


WIDGET = Kind(name="widget", label="widget", field="widget", model=Widget, message=WidgetMessage)
CURRENT = Widget(name="widgets/w", size="S", colour="red", shape="round", etag='"1"')


def test_a_field_added_as_output_only_is_the_servers_alone() -> None:
    assert WIDGET.fields == field_behaviour.FieldBehaviour(
        output_only=frozenset({"colour"}),
        identifying=frozenset({"name", "etag"}),
        immutable=frozenset({"shape"}),
        updatable=frozenset({"size"}),
    )
    v = Violations()
    sent = to_domain(WidgetMessage(name="widgets/w", size="L", colour="blue"), Widget, "widget", v)
    assert sent.colour == ""  # unread

    updated, applied = apply_update(
        WIDGET,
        CURRENT,
        Widget(size="L", colour="blue", shape="round"),
        ["size", "colour", "shape"],
        v,
    )
    assert not v.items
    assert applied == {"size"}
    assert updated == Widget(name="widgets/w", size="L", colour="red", shape="round", etag='"1"')


def test_a_field_added_as_immutable_may_only_repeat_its_value() -> None:
    v = Violations()
    _, applied = apply_update(WIDGET, CURRENT, Widget(shape="square"), ["shape"], v)
    assert [(item.field, item.reason) for item in v.items] == [("widget.shape", "IMMUTABLE_FIELD")]
    assert not applied

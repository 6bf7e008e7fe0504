"""Resources as Azure Resource Manager's JSON shows them, and back:
``{"id", "name", "type", "location", "tags", "properties": {…}}``, camelCase keys,
enums and field names in Azure's spelling (imagegallery.azure_spelling). Each kind's
layout says only where its JSON differs from its proto message's."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from google.protobuf.descriptor import EnumDescriptor, FieldDescriptor
from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp
from imagegallery.azure_spelling import enum_label, enum_labels, enum_number, field_name
from imagegallery.v1 import gallery_service_pb2 as gallery_pb
from imagegallery.v1 import image_definition_service_pb2 as definition_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery_server.arm.errors import ArmError, bad_request
from imagegallery_server.domain.contract import descriptor_of

TOP = ("location", "tags")  # beside "properties"; the rest of a message lives in it
UNSHOWN = ("name", "etag", "createTime", "updateTime")  # shown as id, name, systemData


@dataclass(frozen=True)
class Kind:
    arm_type: str  # e.g. "Microsoft.Compute/galleries"
    message: type[Message]
    # A proto field's JSON key → where the properties hold it ("a.b"): Azure nests it.
    moved: dict[str, str] = field(default_factory=dict)
    # Paths ("a.b") of names Azure shows as {"id": name}.
    ids: frozenset[str] = frozenset()
    # A message field Azure shows as a list of {"name", "value"} strings (JSON key).
    named_values: str = ""


GALLERY = Kind(
    "Microsoft.Compute/galleries", gallery_pb.Gallery, {"uniqueName": "identifier.uniqueName"}
)
IMAGE = Kind(
    "Microsoft.Compute/galleries/images",
    definition_pb.ImageDefinition,
    {"disallowedDiskTypes": "disallowed.diskTypes"},
    named_values="features",
)
VERSION = Kind(
    "Microsoft.Compute/galleries/images/versions",
    version_pb.ImageVersion,
    ids=frozenset(
        {
            "storage_profile.source",
            "storage_profile.os_disk_image.source",
            "storage_profile.data_disk_images.source",
        }
    ),
)


def to_arm(kind: Kind, message: Message) -> dict[str, Any]:
    body = _to_json(message, kind.ids)
    name = getattr(message, "name")  # noqa: B009 (every resource message has one)
    shown: dict[str, Any] = {
        "id": name,
        "name": name.rsplit("/", 1)[-1],
        "type": kind.arm_type,
        "location": body.pop("location", ""),
        "tags": body.pop("tags", {}),
    }
    times = {"createdAt": body.get("createTime"), "lastModifiedAt": body.get("updateTime")}
    for key in UNSHOWN:
        body.pop(key, None)
    for key, path in kind.moved.items():
        if key in body:
            _put(body, path, body.pop(key))
    if kind.named_values in body:
        body[kind.named_values] = _as_named_values(body[kind.named_values])
    shown["properties"] = body
    shown["systemData"] = {k: v for k, v in times.items() if v}
    return shown


def soft_deleted_to_arm(gallery: str, resource: version_pb.SoftDeletedResource) -> dict[str, Any]:
    """A GallerySoftDeletedResource: the version's id and when it was deleted."""
    version = resource.image_version
    definition, _, name = resource.resource_arm_id.rpartition("/versions/")
    image = definition.rsplit("/", 1)[-1]
    properties = _to_json(resource, frozenset())
    properties.pop("imageVersion", None)
    return {
        "id": f"{gallery}/softDeletedArtifactTypes/Images/artifacts/{image}/versions/{name}",
        "name": name,
        "type": "Microsoft.Compute/galleries/softDeletedArtifactTypes/artifacts/versions",
        "location": version.location,
        "properties": properties,
    }


def restores(sent: Any) -> bool:
    """Whether a PATCH body asks to restore a soft-deleted version (Azure's
    ``properties.restore``)."""
    properties = sent.get("properties") if isinstance(sent, dict) else None
    return isinstance(properties, dict) and properties.get("restore") is True


def from_arm(kind: Kind, sent: Any) -> Message:
    """The message of a PUT or PATCH body; keys it does not know (read-only ones an
    SDK sends back among them) are left unread, as ARM does."""
    if not isinstance(sent, dict):
        raise bad_request("InvalidRequestContent", "The request body must be a JSON object.")
    properties = sent.get("properties") or {}
    if not isinstance(properties, dict):
        raise bad_request("InvalidRequestContent", "'properties' must be an object.", "properties")
    flat = dict(properties)
    for key, path in kind.moved.items():
        value = _take(flat, path)
        if value is not None:
            flat[key] = value
    for key in TOP:
        if key in sent:
            flat[key] = sent[key]
    if kind.named_values in flat:
        flat[kind.named_values] = _from_named_values(kind, flat[kind.named_values])
    message: Message = kind.message()
    _from_json(flat, message, "", kind.ids)
    return message


def _as_named_values(values: dict[str, Any]) -> list[dict[str, str]]:
    """{"securityType": "TrustedLaunch", "isHibernateSupported": True} as Azure's
    [{"name": "SecurityType", "value": "TrustedLaunch"}, {"name": …, "value": "True"}]."""
    return [
        {"name": key[0].upper() + key[1:], "value": _named_value(v)} for key, v in values.items()
    ]


def _named_value(value: Any) -> str:
    if isinstance(value, bool):
        return str(value)
    return ", ".join(value) if isinstance(value, list) else str(value)


def _from_named_values(kind: Kind, sent: Any) -> dict[str, Any]:
    """Azure's list of {"name", "value"} strings as the JSON of the message it
    stands for: "True"/"False" for a bool, "SCSI, NVMe" for a list; a name the
    message does not have is left unread."""
    path = kind.named_values
    holder = next(f for f in descriptor_of(kind.message()).fields if f.json_name == path)
    assert holder.message_type is not None
    fields = {f.json_name.lower(): f for f in holder.message_type.fields}
    values: dict[str, Any] = {}
    for item in _typed(sent, list, path):
        name, value = _typed(item, dict, path).get("name"), item.get("value")
        if not isinstance(name, str) or not isinstance(value, str):
            raise _invalid(path, f"{item!r} is not a {{name, value}} pair of strings")
        fd = fields.get(name.lower())
        if fd is not None:
            values[fd.json_name] = _named_value_of(fd, value, f"{path}.{name}")
    return values


def _named_value_of(fd: FieldDescriptor, value: str, path: str) -> Any:
    if fd.is_repeated:
        return [part.strip() for part in value.split(",") if part.strip()]
    if fd.type == FieldDescriptor.TYPE_BOOL:
        if value.lower() not in ("true", "false"):
            raise _invalid(path, f"{value!r} is not True or False")
        return value.lower() == "true"
    return value


def _to_json(message: Message, ids: frozenset[str], path: str = "") -> dict[str, Any]:
    shown: dict[str, Any] = {}
    for fd, value in message.ListFields():
        at = f"{path}.{fd.name}" if path else fd.name
        if _is_map(fd):
            shown[field_name(fd)] = dict(value)
        elif fd.is_repeated:
            shown[field_name(fd)] = [_value_to_json(fd, item, ids, at) for item in value]
        else:
            shown[field_name(fd)] = _value_to_json(fd, value, ids, at)
    return shown


def _value_to_json(fd: FieldDescriptor, value: Any, ids: frozenset[str], path: str) -> Any:
    if fd.type == FieldDescriptor.TYPE_ENUM:
        return enum_label(_enum(fd), value)
    if isinstance(value, Timestamp):
        return value.ToDatetime().isoformat() + "Z"
    if isinstance(value, Message):
        return _to_json(value, ids, path)
    if path in ids:
        return {"id": value}
    return value


def _from_json(sent: dict[str, Any], message: Message, path: str, ids: frozenset[str]) -> None:
    descriptor = descriptor_of(message)
    fields = {field_name(fd).lower(): fd for fd in descriptor.fields}
    for key, value in sent.items():
        fd = fields.get(key.lower())
        if fd is None or value is None:
            continue
        at = f"{path}.{fd.name}" if path else fd.name
        target = getattr(message, fd.name)
        if _is_map(fd):
            target.update({str(k): str(v) for k, v in _typed(value, dict, at).items()})
        elif fd.is_repeated:
            for item in _typed(value, list, at):
                if fd.message_type is not None:
                    _from_json(_typed(item, dict, at), target.add(), at, ids)
                else:
                    target.append(_scalar(fd, item, ids, at))
        elif (
            fd.message_type is not None
            and fd.message_type.full_name != Timestamp.DESCRIPTOR.full_name
        ):
            _from_json(_typed(value, dict, at), target, at, ids)
        elif fd.message_type is not None:
            target.CopyFrom(_timestamp(value, at))
        else:
            setattr(message, fd.name, _scalar(fd, value, ids, at))


def _scalar(fd: FieldDescriptor, value: Any, ids: frozenset[str], path: str) -> Any:
    if path in ids and isinstance(value, dict):
        if "id" not in value and value.keys() & {"uri", "storageAccountId"}:
            raise bad_request(
                "InvalidParameter",
                f"A VHD in a storage account ({path}.uri) is not served here: upload the disk "
                "over gRPC (ImageSourceService) and name its image source by id.",
                path,
            )
        value = value.get("id", "")
    if fd.type == FieldDescriptor.TYPE_ENUM:
        number = enum_number(_enum(fd), str(value))
        if number is None:
            allowed = ", ".join(enum_labels(_enum(fd)))
            raise _invalid(path, f"{value!r} is not one of {allowed}")
        return number
    if fd.type == FieldDescriptor.TYPE_BOOL:
        return _typed(value, bool, path)
    if fd.type == FieldDescriptor.TYPE_STRING:
        return _typed(value, str, path)
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise _invalid(path, f"{value!r} is not a whole number")
    return int(value)


def _timestamp(value: Any, path: str) -> Timestamp:
    try:
        moment = datetime.fromisoformat(_typed(value, str, path).replace("Z", "+00:00"))
    except ValueError:
        raise _invalid(path, f"{value!r} is not a date-time (2030-12-31T00:00:00Z)") from None
    stamp = Timestamp()
    stamp.FromDatetime(moment)
    return stamp


def _typed(value: Any, kind: type, path: str) -> Any:
    if not isinstance(value, kind):
        raise _invalid(path, f"{value!r} is not a {kind.__name__}")
    return value


def _invalid(path: str, why: str) -> ArmError:
    return bad_request("InvalidParameter", f"The value of {path} is not valid: {why}.", path)


def _enum(fd: FieldDescriptor) -> EnumDescriptor:
    assert fd.enum_type is not None
    return fd.enum_type


def _is_map(fd: FieldDescriptor) -> bool:
    return fd.message_type is not None and fd.message_type.GetOptions().map_entry


def _put(body: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        body = body.setdefault(part, {})
    body[last] = value


def _take(body: dict[str, Any], path: str) -> Any:
    *parents, last = path.split(".")
    for part in parents:
        inner = body.get(part)
        if not isinstance(inner, dict):
            return None
        body = inner
    return body.pop(last, None)

"""Messages as `az` prints resources, and back: camelCase keys, enums in
Azure's spelling, 64-bit numbers as numbers, and for a resource its full ID as
`id`, its last segment as `name`, its `type` and `resourceGroup`."""

import json
from typing import Any, TypeVar

from google.protobuf import json_format
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from imagegallery_server.cli.values import EnumType, enum_label

M = TypeVar("M", bound=Message)
PROVIDERS = "/providers/"
# Keys az adds to a resource that the message has no field for.
DERIVED = ("id", "type", "resourceGroup")
# Messages printed as their JSON string, as Azure's REST API does.
_AS_JSON = {"google.protobuf.Timestamp", "google.protobuf.Duration", "google.protobuf.FieldMask"}


def to_azure(message: Message) -> dict[str, Any]:
    return _message(message)


def resource_keys(resource_id: str) -> dict[str, str]:
    """`id`, `name`, `type` and `resourceGroup` of an Azure resource ID."""
    parts = resource_id.strip("/").split("/")
    lowered = [p.lower() for p in parts]
    group = parts[lowered.index("resourcegroups") + 1] if "resourcegroups" in lowered else ""
    # The last provider names the type: a role assignment on a gallery is one.
    provider = len(parts) - 1 - lowered[::-1].index("providers")
    kinds = parts[provider + 1 : provider + 2] + parts[provider + 2 :: 2]
    return {"id": resource_id, "name": parts[-1], "type": "/".join(kinds), "resourceGroup": group}


def _message(message: Message) -> dict[str, Any]:
    """Keys sorted at every level, as az prints them; a resource (a name that is
    an Azure resource ID) with az's keys for it."""
    descriptor: Any = message.DESCRIPTOR
    data = {
        field.json_name: _field(field, getattr(message, field.name), message)
        for field in descriptor.fields
    }
    name = data.get("name")
    if isinstance(name, str) and PROVIDERS in name:
        data.update(resource_keys(name))
    return dict(sorted(data.items()))


def _field(field: FieldDescriptor, value: Any, parent: Message) -> Any:
    if field.message_type is not None and field.message_type.GetOptions().map_entry:
        value_field = field.message_type.fields_by_name["value"]
        return {key: _single(value_field, item) for key, item in value.items()}
    if field.is_repeated:
        return [_single(field, item) for item in value]
    if field.message_type is not None and not parent.HasField(field.name):
        return None
    return _single(field, value)


def _single(field: FieldDescriptor, value: Any) -> Any:
    if field.enum_type is not None:
        return enum_label(field.enum_type, value) or None
    if field.message_type is None:
        return value
    if field.message_type.full_name in _AS_JSON:
        return json_format.MessageToDict(value)
    if field.message_type.full_name == "google.protobuf.Any":
        return json_format.MessageToDict(value, preserving_proto_field_name=False)
    return _message(value)


def from_azure(data: dict[str, Any], message: M) -> M:
    """Fills `message` from `data` as `to_azure` printed it (the derived keys
    dropped, the ID back as `name`); raises ValueError naming a key at fault."""
    try:
        descriptor: Any = message.DESCRIPTOR
        json_format.ParseDict(_to_proto_json(data, descriptor, ""), message)
    except json_format.ParseError as error:
        raise ValueError(str(error)) from None
    return message


def _to_proto_json(data: Any, descriptor: Descriptor, path: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ValueError(f"{path or 'the resource'} must be an object")
    by_key = {f.json_name: f for f in descriptor.fields}
    result: dict[str, Any] = {}
    if data.get("id"):  # a resource: its ID is the message's name
        data = {**{k: v for k, v in data.items() if k not in DERIVED}, "name": data["id"]}
    for key, value in data.items():
        field = by_key.get(key)
        where = f"{path}.{key}" if path else key
        if field is None:
            raise ValueError(f"{where} is no property of {descriptor.name}")
        if value is not None:
            result[key] = _value_to_proto_json(field, value, where)
    return result


def _value_to_proto_json(field: FieldDescriptor, value: Any, where: str) -> Any:
    if field.message_type is not None and field.message_type.GetOptions().map_entry:
        if not isinstance(value, dict):
            raise ValueError(f"{where} must be an object")
        if field.message_type.fields_by_name["value"].type != FieldDescriptor.TYPE_STRING:
            return value
        # Tags are strings: --set tags.build=7 means "7", as Azure keeps it.
        return {k: v if isinstance(v, str) else json.dumps(v) for k, v in value.items()}
    if field.is_repeated:
        if not isinstance(value, list):
            raise ValueError(f"{where} must be a list")
        return [_item_to_proto_json(field, item, f"{where}[{i}]") for i, item in enumerate(value)]
    return _item_to_proto_json(field, value, where)


def _item_to_proto_json(field: FieldDescriptor, value: Any, where: str) -> Any:
    if field.enum_type is not None and isinstance(value, str):
        try:
            return EnumType(field.enum_type)(value)
        except Exception as error:
            raise ValueError(f"{where}: {error}") from None
    if field.message_type is not None and field.message_type.full_name not in _AS_JSON:
        if field.message_type.full_name == "google.protobuf.Any":
            return value
        return _to_proto_json(value, field.message_type, where)
    return value

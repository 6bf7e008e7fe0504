"""What a command answers, on stdout: json (the default, as az), yaml, or a
compact table for people."""

import json
from collections.abc import Callable, Sequence
from typing import Any

import yaml
from google.protobuf import json_format
from google.protobuf.message import Message
from imagegallery.v1 import (
    common_pb2,
    gallery_service_pb2,
    image_definition_service_pb2,
    image_source_service_pb2,
    image_version_service_pb2,
    operation_metadata_pb2,
    replication_service_pb2,
)

from imagegallery_server.cli.values import enum_label

FORMATS = ("json", "table", "yaml")

Row = Callable[[Any], str]


def to_dict(message: Message) -> dict[str, Any]:
    return json_format.MessageToDict(message, preserving_proto_field_name=True)


def render(result: Message | Sequence[Message], form: str) -> str:
    if form == "table":
        return table(result)
    data: Any = (
        to_dict(result) if isinstance(result, Message) else [to_dict(item) for item in result]
    )
    if form == "yaml":
        return yaml.safe_dump(data, sort_keys=False, default_flow_style=False, allow_unicode=True)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _last(name: str) -> str:
    return name.rsplit("/", 1)[-1]


def _resource_group(name: str) -> str:
    parts = name.split("/")
    lowered = [p.lower() for p in parts]
    if "resourcegroups" in lowered:
        index = lowered.index("resourcegroups")
        if index + 1 < len(parts):
            return parts[index + 1]
    return ""


def _label(enum: Any, number: int) -> str:
    return enum_label(enum.DESCRIPTOR, number)


def _time(message: Message, field: str) -> str:
    if not message.HasField(field):
        return ""
    return getattr(message, field).ToDatetime().strftime("%Y-%m-%d %H:%M")


def _size(count: int) -> str:
    value = float(count)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return str(count)


def _state(message: Any) -> str:  # any resource message
    return _label(common_pb2.ProvisioningState, message.provisioning_state)


def _targets(version: image_version_service_pb2.ImageVersion) -> str:
    profile = version.publishing_profile
    shown = []
    for target in profile.target_regions:
        count = target.regional_replica_count or profile.replica_count or 1
        storage = _label(common_pb2.StorageAccountType, target.storage_account_type)
        shown.append(f"{target.name}={count}" + (f"={storage}" if storage else ""))
    return " ".join(shown)


_GALLERY: list[tuple[str, Row]] = [
    ("Name", lambda g: _last(g.name)),
    ("ResourceGroup", lambda g: _resource_group(g.name)),
    ("Location", lambda g: g.location),
    ("ProvisioningState", _state),
    ("Description", lambda g: g.description),
]

_DEFINITION: list[tuple[str, Row]] = [
    ("Name", lambda d: _last(d.name)),
    ("ResourceGroup", lambda d: _resource_group(d.name)),
    ("Location", lambda d: d.location),
    ("OsType", lambda d: _label(common_pb2.OsType, d.os_type)),
    ("OsState", lambda d: _label(common_pb2.OsState, d.os_state)),
    ("HyperVGeneration", lambda d: _label(common_pb2.HyperVGeneration, d.hyper_v_generation)),
    ("Publisher", lambda d: d.identifier.publisher),
    ("Offer", lambda d: d.identifier.offer),
    ("Sku", lambda d: d.identifier.sku),
    ("ProvisioningState", _state),
]

_VERSION: list[tuple[str, Row]] = [
    ("Name", lambda v: _last(v.name)),
    ("ResourceGroup", lambda v: _resource_group(v.name)),
    ("Location", lambda v: v.location),
    ("TargetRegions", _targets),
    ("ExcludeFromLatest", lambda v: str(v.publishing_profile.exclude_from_latest).lower()),
    ("EndOfLife", lambda v: _time(v.publishing_profile, "end_of_life_date")),
    ("ProvisioningState", _state),
    (
        "Replication",
        lambda v: _label(
            image_version_service_pb2.AggregatedReplicationState,
            v.replication_status.aggregated_state,
        ),
    ),
]

_SOURCE: list[tuple[str, Row]] = [
    ("Name", lambda s: _last(s.name)),
    ("ResourceGroup", lambda s: _resource_group(s.name)),
    ("Kind", lambda s: _label(image_source_service_pb2.ImageSourceKind, s.kind)),
    ("Location", lambda s: s.location),
    ("OsType", lambda s: _label(common_pb2.OsType, s.os_type)),
    ("OsDiskSize", lambda s: _size(s.os_disk.disk.size_bytes)),
    ("DataDisks", lambda s: str(len(s.data_disks))),
    ("ProvisioningState", _state),
]

_REGION: list[tuple[str, Row]] = [
    ("Region", lambda r: r.region),
    ("State", lambda r: _label(image_version_service_pb2.ReplicationState, r.state)),
    ("Progress", lambda r: f"{r.progress}%"),
    ("Replicas", lambda r: f"{r.replicas_completed}/{r.replica_count}"),
    ("Copied", lambda r: f"{_size(r.bytes_copied)} of {_size(r.bytes_total)}"),
    ("Details", lambda r: r.details),
]


def _operation_row(operation: Any) -> dict[str, str]:
    metadata = operation_metadata_pb2.OperationMetadata()
    operation.metadata.Unpack(metadata)
    state = "Running"
    if operation.done:
        state = "Failed" if operation.HasField("error") else "Succeeded"
    return {
        "Name": operation.name,
        "Verb": metadata.verb,
        "Target": _last(metadata.target),
        "State": state,
        "Progress": f"{metadata.progress_percent}%",
        "Status": metadata.status_message,
    }


_COLUMNS: dict[str, list[tuple[str, Row]]] = {
    gallery_service_pb2.Gallery.DESCRIPTOR.full_name: _GALLERY,
    image_definition_service_pb2.ImageDefinition.DESCRIPTOR.full_name: _DEFINITION,
    image_version_service_pb2.ImageVersion.DESCRIPTOR.full_name: _VERSION,
    image_source_service_pb2.ImageSource.DESCRIPTOR.full_name: _SOURCE,
}


def _rows(items: Sequence[Message]) -> list[dict[str, str]]:
    if not items:
        return []
    name = items[0].DESCRIPTOR.full_name
    if name == "google.longrunning.Operation":
        return [_operation_row(item) for item in items]
    columns = _COLUMNS.get(name)
    if columns is None:
        return [_flat(to_dict(item)) for item in items]
    return [{header: value(item) for header, value in columns} for item in items]


def _flat(data: dict[str, Any]) -> dict[str, str]:
    return {key: str(value) for key, value in data.items() if not isinstance(value, dict | list)}


def table(result: Message | Sequence[Message]) -> str:
    """Rows with aligned columns; a version with its replication status gets a
    second table, one row per region; a watched status is that table alone."""
    items = [result] if isinstance(result, Message) else list(result)
    if items and isinstance(items[0], replication_service_pb2.VersionReplicationStatus):
        regions = [
            r
            for item in items
            if isinstance(item, replication_service_pb2.VersionReplicationStatus)
            for r in item.status.summary
        ]
        return _format([{h: f(r) for h, f in _REGION} for r in regions])
    text = _format(_rows(items))
    regions = [
        r
        for item in items
        if isinstance(item, image_version_service_pb2.ImageVersion)
        for r in item.replication_status.summary
    ]
    if regions and len(items) == 1:
        text += "\n" + _format([{h: f(r) for h, f in _REGION} for r in regions])
    return text


def _format(rows: list[dict[str, str]]) -> str:
    if not rows:
        return ""
    headers = list(rows[0])
    # Columns empty in every row are left out, as az's table does with nulls.
    headers = [h for h in headers if any(row.get(h) for row in rows)] or headers
    widths = {h: max(len(h), *(len(row.get(h, "")) for row in rows)) for h in headers}
    lines = [
        "  ".join(h.ljust(widths[h]) for h in headers).rstrip(),
        "  ".join("-" * widths[h] for h in headers),
    ]
    for row in rows:
        lines.append("  ".join(row.get(h, "").ljust(widths[h]) for h in headers).rstrip())
    return "\n".join(lines) + "\n"

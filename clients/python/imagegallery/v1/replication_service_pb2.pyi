from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.api import resource_pb2 as _resource_pb2
from imagegallery.v1 import common_pb2 as _common_pb2
from imagegallery.v1 import image_version_service_pb2 as _image_version_service_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class VersionReplicationStatus(_message.Message):
    __slots__ = ("image_version", "provisioning_state", "status", "deleted", "soft_deleted")
    IMAGE_VERSION_FIELD_NUMBER: _ClassVar[int]
    PROVISIONING_STATE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    SOFT_DELETED_FIELD_NUMBER: _ClassVar[int]
    image_version: str
    provisioning_state: _common_pb2.ProvisioningState
    status: _image_version_service_pb2.ReplicationStatus
    deleted: bool
    soft_deleted: bool
    def __init__(self, image_version: _Optional[str] = ..., provisioning_state: _Optional[_Union[_common_pb2.ProvisioningState, str]] = ..., status: _Optional[_Union[_image_version_service_pb2.ReplicationStatus, _Mapping]] = ..., deleted: _Optional[bool] = ..., soft_deleted: _Optional[bool] = ...) -> None: ...

class GetReplicationStatusRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetReplicationStatusResponse(_message.Message):
    __slots__ = ("replication", "cursor")
    REPLICATION_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    replication: VersionReplicationStatus
    cursor: str
    def __init__(self, replication: _Optional[_Union[VersionReplicationStatus, _Mapping]] = ..., cursor: _Optional[str] = ...) -> None: ...

class WatchReplicationStatusRequest(_message.Message):
    __slots__ = ("scope", "start_cursor", "send_initial_state")
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    START_CURSOR_FIELD_NUMBER: _ClassVar[int]
    SEND_INITIAL_STATE_FIELD_NUMBER: _ClassVar[int]
    scope: str
    start_cursor: str
    send_initial_state: bool
    def __init__(self, scope: _Optional[str] = ..., start_cursor: _Optional[str] = ..., send_initial_state: _Optional[bool] = ...) -> None: ...

class Checkpoint(_message.Message):
    __slots__ = ("initial_state_done",)
    INITIAL_STATE_DONE_FIELD_NUMBER: _ClassVar[int]
    initial_state_done: bool
    def __init__(self, initial_state_done: _Optional[bool] = ...) -> None: ...

class WatchReplicationStatusResponse(_message.Message):
    __slots__ = ("change", "checkpoint", "cursor")
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    CHECKPOINT_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    change: VersionReplicationStatus
    checkpoint: Checkpoint
    cursor: str
    def __init__(self, change: _Optional[_Union[VersionReplicationStatus, _Mapping]] = ..., checkpoint: _Optional[_Union[Checkpoint, _Mapping]] = ..., cursor: _Optional[str] = ...) -> None: ...

class ReadImageVersionDiskRequest(_message.Message):
    __slots__ = ("name", "region", "disk")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    DISK_FIELD_NUMBER: _ClassVar[int]
    name: str
    region: str
    disk: str
    def __init__(self, name: _Optional[str] = ..., region: _Optional[str] = ..., disk: _Optional[str] = ...) -> None: ...

class ReadImageVersionDiskResponse(_message.Message):
    __slots__ = ("header", "chunk")
    HEADER_FIELD_NUMBER: _ClassVar[int]
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    header: ReplicaDiskHeader
    chunk: ReplicaDiskChunk
    def __init__(self, header: _Optional[_Union[ReplicaDiskHeader, _Mapping]] = ..., chunk: _Optional[_Union[ReplicaDiskChunk, _Mapping]] = ...) -> None: ...

class ReplicaDiskHeader(_message.Message):
    __slots__ = ("image_version", "disk", "region", "zone", "replica", "size_bytes", "sha256", "replication_mode")
    IMAGE_VERSION_FIELD_NUMBER: _ClassVar[int]
    DISK_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    ZONE_FIELD_NUMBER: _ClassVar[int]
    REPLICA_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    REPLICATION_MODE_FIELD_NUMBER: _ClassVar[int]
    image_version: str
    disk: str
    region: str
    zone: str
    replica: int
    size_bytes: int
    sha256: str
    replication_mode: _image_version_service_pb2.ReplicationMode
    def __init__(self, image_version: _Optional[str] = ..., disk: _Optional[str] = ..., region: _Optional[str] = ..., zone: _Optional[str] = ..., replica: _Optional[int] = ..., size_bytes: _Optional[int] = ..., sha256: _Optional[str] = ..., replication_mode: _Optional[_Union[_image_version_service_pb2.ReplicationMode, str]] = ...) -> None: ...

class ReplicaDiskChunk(_message.Message):
    __slots__ = ("offset", "data")
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    offset: int
    data: bytes
    def __init__(self, offset: _Optional[int] = ..., data: _Optional[bytes] = ...) -> None: ...

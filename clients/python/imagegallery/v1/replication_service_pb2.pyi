from google.api import field_behavior_pb2 as _field_behavior_pb2
from imagegallery.v1 import common_pb2 as _common_pb2
from imagegallery.v1 import image_version_service_pb2 as _image_version_service_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class VersionReplicationStatus(_message.Message):
    __slots__ = ("image_version", "provisioning_state", "status", "deleted")
    IMAGE_VERSION_FIELD_NUMBER: _ClassVar[int]
    PROVISIONING_STATE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    image_version: str
    provisioning_state: _common_pb2.ProvisioningState
    status: _image_version_service_pb2.ReplicationStatus
    deleted: bool
    def __init__(self, image_version: _Optional[str] = ..., provisioning_state: _Optional[_Union[_common_pb2.ProvisioningState, str]] = ..., status: _Optional[_Union[_image_version_service_pb2.ReplicationStatus, _Mapping]] = ..., deleted: _Optional[bool] = ...) -> None: ...

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

from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ScrubReplicasRequest(_message.Message):
    __slots__ = ("scope",)
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    scope: str
    def __init__(self, scope: _Optional[str] = ...) -> None: ...

class ScrubReplicasResponse(_message.Message):
    __slots__ = ("replicas_checked", "damaged")
    REPLICAS_CHECKED_FIELD_NUMBER: _ClassVar[int]
    DAMAGED_FIELD_NUMBER: _ClassVar[int]
    replicas_checked: int
    damaged: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, replicas_checked: _Optional[int] = ..., damaged: _Optional[_Iterable[str]] = ...) -> None: ...

class RegionConditions(_message.Message):
    __slots__ = ("region", "throttle_bytes_per_second", "down", "zones_down")
    REGION_FIELD_NUMBER: _ClassVar[int]
    THROTTLE_BYTES_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
    DOWN_FIELD_NUMBER: _ClassVar[int]
    ZONES_DOWN_FIELD_NUMBER: _ClassVar[int]
    region: str
    throttle_bytes_per_second: int
    down: bool
    zones_down: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, region: _Optional[str] = ..., throttle_bytes_per_second: _Optional[int] = ..., down: _Optional[bool] = ..., zones_down: _Optional[_Iterable[str]] = ...) -> None: ...

class GetRegionConditionsRequest(_message.Message):
    __slots__ = ("region",)
    REGION_FIELD_NUMBER: _ClassVar[int]
    region: str
    def __init__(self, region: _Optional[str] = ...) -> None: ...

class UpdateRegionConditionsRequest(_message.Message):
    __slots__ = ("conditions",)
    CONDITIONS_FIELD_NUMBER: _ClassVar[int]
    conditions: RegionConditions
    def __init__(self, conditions: _Optional[_Union[RegionConditions, _Mapping]] = ...) -> None: ...

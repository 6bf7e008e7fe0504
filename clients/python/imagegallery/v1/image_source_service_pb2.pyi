import datetime

from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.api import resource_pb2 as _resource_pb2
from google.protobuf import empty_pb2 as _empty_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from imagegallery.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ImageSourceKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    IMAGE_SOURCE_KIND_UNSPECIFIED: _ClassVar[ImageSourceKind]
    IMAGE_SOURCE_KIND_VHD: _ClassVar[ImageSourceKind]
    IMAGE_SOURCE_KIND_SNAPSHOT: _ClassVar[ImageSourceKind]
    IMAGE_SOURCE_KIND_MANAGED_DISK: _ClassVar[ImageSourceKind]
    IMAGE_SOURCE_KIND_MANAGED_IMAGE: _ClassVar[ImageSourceKind]
    IMAGE_SOURCE_KIND_VIRTUAL_MACHINE: _ClassVar[ImageSourceKind]

class UploadState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    UPLOAD_STATE_UNSPECIFIED: _ClassVar[UploadState]
    UPLOAD_STATE_RECEIVING: _ClassVar[UploadState]
    UPLOAD_STATE_COMMITTED: _ClassVar[UploadState]
IMAGE_SOURCE_KIND_UNSPECIFIED: ImageSourceKind
IMAGE_SOURCE_KIND_VHD: ImageSourceKind
IMAGE_SOURCE_KIND_SNAPSHOT: ImageSourceKind
IMAGE_SOURCE_KIND_MANAGED_DISK: ImageSourceKind
IMAGE_SOURCE_KIND_MANAGED_IMAGE: ImageSourceKind
IMAGE_SOURCE_KIND_VIRTUAL_MACHINE: ImageSourceKind
UPLOAD_STATE_UNSPECIFIED: UploadState
UPLOAD_STATE_RECEIVING: UploadState
UPLOAD_STATE_COMMITTED: UploadState

class Upload(_message.Message):
    __slots__ = ("name", "location", "size_bytes", "received_bytes", "state", "disk", "expire_time", "create_time")
    NAME_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_BYTES_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    DISK_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    location: str
    size_bytes: int
    received_bytes: int
    state: UploadState
    disk: _common_pb2.Disk
    expire_time: _timestamp_pb2.Timestamp
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., location: _Optional[str] = ..., size_bytes: _Optional[int] = ..., received_bytes: _Optional[int] = ..., state: _Optional[_Union[UploadState, str]] = ..., disk: _Optional[_Union[_common_pb2.Disk, _Mapping]] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateUploadRequest(_message.Message):
    __slots__ = ("parent", "upload", "request_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    UPLOAD_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    upload: Upload
    request_id: str
    def __init__(self, parent: _Optional[str] = ..., upload: _Optional[_Union[Upload, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class GetUploadRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class WriteUploadRequest(_message.Message):
    __slots__ = ("name", "offset", "data")
    NAME_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    name: str
    offset: int
    data: bytes
    def __init__(self, name: _Optional[str] = ..., offset: _Optional[int] = ..., data: _Optional[bytes] = ...) -> None: ...

class CommitUploadRequest(_message.Message):
    __slots__ = ("name", "size_bytes", "sha256", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    size_bytes: int
    sha256: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., size_bytes: _Optional[int] = ..., sha256: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class DeleteUploadRequest(_message.Message):
    __slots__ = ("name", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class ImageSource(_message.Message):
    __slots__ = ("name", "location", "kind", "os_type", "os_state", "hyper_v_generation", "os_disk", "data_disks", "tags", "provisioning_state", "etag", "create_time")
    class TagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    OS_TYPE_FIELD_NUMBER: _ClassVar[int]
    OS_STATE_FIELD_NUMBER: _ClassVar[int]
    HYPER_V_GENERATION_FIELD_NUMBER: _ClassVar[int]
    OS_DISK_FIELD_NUMBER: _ClassVar[int]
    DATA_DISKS_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    PROVISIONING_STATE_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    location: str
    kind: ImageSourceKind
    os_type: _common_pb2.OsType
    os_state: _common_pb2.OsState
    hyper_v_generation: _common_pb2.HyperVGeneration
    os_disk: SourceDisk
    data_disks: _containers.RepeatedCompositeFieldContainer[SourceDisk]
    tags: _containers.ScalarMap[str, str]
    provisioning_state: _common_pb2.ProvisioningState
    etag: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., location: _Optional[str] = ..., kind: _Optional[_Union[ImageSourceKind, str]] = ..., os_type: _Optional[_Union[_common_pb2.OsType, str]] = ..., os_state: _Optional[_Union[_common_pb2.OsState, str]] = ..., hyper_v_generation: _Optional[_Union[_common_pb2.HyperVGeneration, str]] = ..., os_disk: _Optional[_Union[SourceDisk, _Mapping]] = ..., data_disks: _Optional[_Iterable[_Union[SourceDisk, _Mapping]]] = ..., tags: _Optional[_Mapping[str, str]] = ..., provisioning_state: _Optional[_Union[_common_pb2.ProvisioningState, str]] = ..., etag: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SourceDisk(_message.Message):
    __slots__ = ("upload", "lun", "disk")
    UPLOAD_FIELD_NUMBER: _ClassVar[int]
    LUN_FIELD_NUMBER: _ClassVar[int]
    DISK_FIELD_NUMBER: _ClassVar[int]
    upload: str
    lun: int
    disk: _common_pb2.Disk
    def __init__(self, upload: _Optional[str] = ..., lun: _Optional[int] = ..., disk: _Optional[_Union[_common_pb2.Disk, _Mapping]] = ...) -> None: ...

class GetImageSourceRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class ListImageSourcesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListImageSourcesResponse(_message.Message):
    __slots__ = ("image_sources", "next_page_token")
    IMAGE_SOURCES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    image_sources: _containers.RepeatedCompositeFieldContainer[ImageSource]
    next_page_token: str
    def __init__(self, image_sources: _Optional[_Iterable[_Union[ImageSource, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CreateImageSourceRequest(_message.Message):
    __slots__ = ("parent", "image_source_id", "image_source", "request_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    IMAGE_SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_SOURCE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    image_source_id: str
    image_source: ImageSource
    request_id: str
    def __init__(self, parent: _Optional[str] = ..., image_source_id: _Optional[str] = ..., image_source: _Optional[_Union[ImageSource, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class DeleteImageSourceRequest(_message.Message):
    __slots__ = ("name", "etag", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    etag: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., etag: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

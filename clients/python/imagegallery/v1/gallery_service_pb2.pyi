import datetime

from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.api import resource_pb2 as _resource_pb2
from google.protobuf import empty_pb2 as _empty_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from imagegallery.v1 import common_pb2 as _common_pb2
from imagegallery.v1 import gallery_sharing_pb2 as _gallery_sharing_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Gallery(_message.Message):
    __slots__ = ("name", "location", "description", "tags", "unique_name", "provisioning_state", "etag", "create_time", "update_time", "sharing_profile", "soft_delete_policy")
    class TagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    UNIQUE_NAME_FIELD_NUMBER: _ClassVar[int]
    PROVISIONING_STATE_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    SHARING_PROFILE_FIELD_NUMBER: _ClassVar[int]
    SOFT_DELETE_POLICY_FIELD_NUMBER: _ClassVar[int]
    name: str
    location: str
    description: str
    tags: _containers.ScalarMap[str, str]
    unique_name: str
    provisioning_state: _common_pb2.ProvisioningState
    etag: str
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    sharing_profile: _gallery_sharing_pb2.SharingProfile
    soft_delete_policy: SoftDeletePolicy
    def __init__(self, name: _Optional[str] = ..., location: _Optional[str] = ..., description: _Optional[str] = ..., tags: _Optional[_Mapping[str, str]] = ..., unique_name: _Optional[str] = ..., provisioning_state: _Optional[_Union[_common_pb2.ProvisioningState, str]] = ..., etag: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., sharing_profile: _Optional[_Union[_gallery_sharing_pb2.SharingProfile, _Mapping]] = ..., soft_delete_policy: _Optional[_Union[SoftDeletePolicy, _Mapping]] = ...) -> None: ...

class SoftDeletePolicy(_message.Message):
    __slots__ = ("is_soft_delete_enabled", "retention_period_in_days")
    IS_SOFT_DELETE_ENABLED_FIELD_NUMBER: _ClassVar[int]
    RETENTION_PERIOD_IN_DAYS_FIELD_NUMBER: _ClassVar[int]
    is_soft_delete_enabled: bool
    retention_period_in_days: int
    def __init__(self, is_soft_delete_enabled: _Optional[bool] = ..., retention_period_in_days: _Optional[int] = ...) -> None: ...

class GetGalleryRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class ListGalleriesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListGalleriesResponse(_message.Message):
    __slots__ = ("galleries", "next_page_token")
    GALLERIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    galleries: _containers.RepeatedCompositeFieldContainer[Gallery]
    next_page_token: str
    def __init__(self, galleries: _Optional[_Iterable[_Union[Gallery, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CreateGalleryRequest(_message.Message):
    __slots__ = ("parent", "gallery_id", "gallery", "request_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    GALLERY_ID_FIELD_NUMBER: _ClassVar[int]
    GALLERY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    gallery_id: str
    gallery: Gallery
    request_id: str
    def __init__(self, parent: _Optional[str] = ..., gallery_id: _Optional[str] = ..., gallery: _Optional[_Union[Gallery, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class UpdateGalleryRequest(_message.Message):
    __slots__ = ("gallery", "update_mask", "request_id")
    GALLERY_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    gallery: Gallery
    update_mask: _field_mask_pb2.FieldMask
    request_id: str
    def __init__(self, gallery: _Optional[_Union[Gallery, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class DeleteGalleryRequest(_message.Message):
    __slots__ = ("name", "etag", "force", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    FORCE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    etag: str
    force: bool
    request_id: str
    def __init__(self, name: _Optional[str] = ..., etag: _Optional[str] = ..., force: _Optional[bool] = ..., request_id: _Optional[str] = ...) -> None: ...

import datetime

from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.api import resource_pb2 as _resource_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from imagegallery.v1 import common_pb2 as _common_pb2
from imagegallery.v1 import gallery_service_pb2 as _gallery_service_pb2
from imagegallery.v1 import gallery_sharing_pb2 as _gallery_sharing_pb2
from imagegallery.v1 import image_definition_service_pb2 as _image_definition_service_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SharingOperation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SHARING_OPERATION_UNSPECIFIED: _ClassVar[SharingOperation]
    SHARING_OPERATION_ADD: _ClassVar[SharingOperation]
    SHARING_OPERATION_REMOVE: _ClassVar[SharingOperation]
    SHARING_OPERATION_RESET: _ClassVar[SharingOperation]
    SHARING_OPERATION_ENABLE_COMMUNITY: _ClassVar[SharingOperation]
SHARING_OPERATION_UNSPECIFIED: SharingOperation
SHARING_OPERATION_ADD: SharingOperation
SHARING_OPERATION_REMOVE: SharingOperation
SHARING_OPERATION_RESET: SharingOperation
SHARING_OPERATION_ENABLE_COMMUNITY: SharingOperation

class ShareGalleryRequest(_message.Message):
    __slots__ = ("gallery", "operation_type", "groups", "request_id")
    GALLERY_FIELD_NUMBER: _ClassVar[int]
    OPERATION_TYPE_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    gallery: str
    operation_type: SharingOperation
    groups: _containers.RepeatedCompositeFieldContainer[_gallery_sharing_pb2.SharingProfileGroup]
    request_id: str
    def __init__(self, gallery: _Optional[str] = ..., operation_type: _Optional[_Union[SharingOperation, str]] = ..., groups: _Optional[_Iterable[_Union[_gallery_sharing_pb2.SharingProfileGroup, _Mapping]]] = ..., request_id: _Optional[str] = ...) -> None: ...

class SharedGallery(_message.Message):
    __slots__ = ("name", "location", "unique_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    UNIQUE_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    location: str
    unique_id: str
    def __init__(self, name: _Optional[str] = ..., location: _Optional[str] = ..., unique_id: _Optional[str] = ...) -> None: ...

class SharedGalleryImage(_message.Message):
    __slots__ = ("name", "location", "os_type", "os_state", "hyper_v_generation", "architecture", "identifier", "eula", "privacy_statement_uri", "end_of_life_date")
    NAME_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    OS_TYPE_FIELD_NUMBER: _ClassVar[int]
    OS_STATE_FIELD_NUMBER: _ClassVar[int]
    HYPER_V_GENERATION_FIELD_NUMBER: _ClassVar[int]
    ARCHITECTURE_FIELD_NUMBER: _ClassVar[int]
    IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    EULA_FIELD_NUMBER: _ClassVar[int]
    PRIVACY_STATEMENT_URI_FIELD_NUMBER: _ClassVar[int]
    END_OF_LIFE_DATE_FIELD_NUMBER: _ClassVar[int]
    name: str
    location: str
    os_type: _common_pb2.OsType
    os_state: _common_pb2.OsState
    hyper_v_generation: _common_pb2.HyperVGeneration
    architecture: _common_pb2.Architecture
    identifier: _image_definition_service_pb2.ImageIdentifier
    eula: str
    privacy_statement_uri: str
    end_of_life_date: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., location: _Optional[str] = ..., os_type: _Optional[_Union[_common_pb2.OsType, str]] = ..., os_state: _Optional[_Union[_common_pb2.OsState, str]] = ..., hyper_v_generation: _Optional[_Union[_common_pb2.HyperVGeneration, str]] = ..., architecture: _Optional[_Union[_common_pb2.Architecture, str]] = ..., identifier: _Optional[_Union[_image_definition_service_pb2.ImageIdentifier, _Mapping]] = ..., eula: _Optional[str] = ..., privacy_statement_uri: _Optional[str] = ..., end_of_life_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SharedGalleryImageVersion(_message.Message):
    __slots__ = ("name", "location", "published_date", "end_of_life_date", "exclude_from_latest")
    NAME_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    PUBLISHED_DATE_FIELD_NUMBER: _ClassVar[int]
    END_OF_LIFE_DATE_FIELD_NUMBER: _ClassVar[int]
    EXCLUDE_FROM_LATEST_FIELD_NUMBER: _ClassVar[int]
    name: str
    location: str
    published_date: _timestamp_pb2.Timestamp
    end_of_life_date: _timestamp_pb2.Timestamp
    exclude_from_latest: bool
    def __init__(self, name: _Optional[str] = ..., location: _Optional[str] = ..., published_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_of_life_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., exclude_from_latest: _Optional[bool] = ...) -> None: ...

class ListSharedGalleriesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListSharedGalleriesResponse(_message.Message):
    __slots__ = ("shared_galleries", "next_page_token")
    SHARED_GALLERIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    shared_galleries: _containers.RepeatedCompositeFieldContainer[SharedGallery]
    next_page_token: str
    def __init__(self, shared_galleries: _Optional[_Iterable[_Union[SharedGallery, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetSharedGalleryRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class ListSharedGalleryImagesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListSharedGalleryImagesResponse(_message.Message):
    __slots__ = ("shared_gallery_images", "next_page_token")
    SHARED_GALLERY_IMAGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    shared_gallery_images: _containers.RepeatedCompositeFieldContainer[SharedGalleryImage]
    next_page_token: str
    def __init__(self, shared_gallery_images: _Optional[_Iterable[_Union[SharedGalleryImage, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetSharedGalleryImageRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class ListSharedGalleryImageVersionsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListSharedGalleryImageVersionsResponse(_message.Message):
    __slots__ = ("shared_gallery_image_versions", "next_page_token")
    SHARED_GALLERY_IMAGE_VERSIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    shared_gallery_image_versions: _containers.RepeatedCompositeFieldContainer[SharedGalleryImageVersion]
    next_page_token: str
    def __init__(self, shared_gallery_image_versions: _Optional[_Iterable[_Union[SharedGalleryImageVersion, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetSharedGalleryImageVersionRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GallerySharingPermission(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GALLERY_SHARING_PERMISSION_UNSPECIFIED: _ClassVar[GallerySharingPermission]
    GALLERY_SHARING_PERMISSION_PRIVATE: _ClassVar[GallerySharingPermission]
    GALLERY_SHARING_PERMISSION_GROUPS: _ClassVar[GallerySharingPermission]
    GALLERY_SHARING_PERMISSION_COMMUNITY: _ClassVar[GallerySharingPermission]

class SharingGroupType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SHARING_GROUP_TYPE_UNSPECIFIED: _ClassVar[SharingGroupType]
    SHARING_GROUP_TYPE_SUBSCRIPTIONS: _ClassVar[SharingGroupType]
    SHARING_GROUP_TYPE_AAD_TENANTS: _ClassVar[SharingGroupType]
GALLERY_SHARING_PERMISSION_UNSPECIFIED: GallerySharingPermission
GALLERY_SHARING_PERMISSION_PRIVATE: GallerySharingPermission
GALLERY_SHARING_PERMISSION_GROUPS: GallerySharingPermission
GALLERY_SHARING_PERMISSION_COMMUNITY: GallerySharingPermission
SHARING_GROUP_TYPE_UNSPECIFIED: SharingGroupType
SHARING_GROUP_TYPE_SUBSCRIPTIONS: SharingGroupType
SHARING_GROUP_TYPE_AAD_TENANTS: SharingGroupType

class SharingProfileGroup(_message.Message):
    __slots__ = ("type", "ids")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    IDS_FIELD_NUMBER: _ClassVar[int]
    type: SharingGroupType
    ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, type: _Optional[_Union[SharingGroupType, str]] = ..., ids: _Optional[_Iterable[str]] = ...) -> None: ...

class CommunityGalleryInfo(_message.Message):
    __slots__ = ("publisher_uri", "publisher_contact", "eula", "public_name_prefix", "community_gallery_enabled", "public_names")
    PUBLISHER_URI_FIELD_NUMBER: _ClassVar[int]
    PUBLISHER_CONTACT_FIELD_NUMBER: _ClassVar[int]
    EULA_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_NAME_PREFIX_FIELD_NUMBER: _ClassVar[int]
    COMMUNITY_GALLERY_ENABLED_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_NAMES_FIELD_NUMBER: _ClassVar[int]
    publisher_uri: str
    publisher_contact: str
    eula: str
    public_name_prefix: str
    community_gallery_enabled: bool
    public_names: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, publisher_uri: _Optional[str] = ..., publisher_contact: _Optional[str] = ..., eula: _Optional[str] = ..., public_name_prefix: _Optional[str] = ..., community_gallery_enabled: _Optional[bool] = ..., public_names: _Optional[_Iterable[str]] = ...) -> None: ...

class SharingProfile(_message.Message):
    __slots__ = ("permissions", "groups", "community_gallery_info")
    PERMISSIONS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    COMMUNITY_GALLERY_INFO_FIELD_NUMBER: _ClassVar[int]
    permissions: GallerySharingPermission
    groups: _containers.RepeatedCompositeFieldContainer[SharingProfileGroup]
    community_gallery_info: CommunityGalleryInfo
    def __init__(self, permissions: _Optional[_Union[GallerySharingPermission, str]] = ..., groups: _Optional[_Iterable[_Union[SharingProfileGroup, _Mapping]]] = ..., community_gallery_info: _Optional[_Union[CommunityGalleryInfo, _Mapping]] = ...) -> None: ...

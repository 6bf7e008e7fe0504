import datetime

from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.api import resource_pb2 as _resource_pb2
from google.protobuf import empty_pb2 as _empty_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from imagegallery.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SecurityType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SECURITY_TYPE_UNSPECIFIED: _ClassVar[SecurityType]
    SECURITY_TYPE_STANDARD: _ClassVar[SecurityType]
    SECURITY_TYPE_TRUSTED_LAUNCH: _ClassVar[SecurityType]
    SECURITY_TYPE_TRUSTED_LAUNCH_SUPPORTED: _ClassVar[SecurityType]
    SECURITY_TYPE_CONFIDENTIAL_VM: _ClassVar[SecurityType]
    SECURITY_TYPE_CONFIDENTIAL_VM_SUPPORTED: _ClassVar[SecurityType]
    SECURITY_TYPE_TRUSTED_LAUNCH_AND_CONFIDENTIAL_VM_SUPPORTED: _ClassVar[SecurityType]

class DiskControllerType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DISK_CONTROLLER_TYPE_UNSPECIFIED: _ClassVar[DiskControllerType]
    DISK_CONTROLLER_TYPE_SCSI: _ClassVar[DiskControllerType]
    DISK_CONTROLLER_TYPE_NVME: _ClassVar[DiskControllerType]
SECURITY_TYPE_UNSPECIFIED: SecurityType
SECURITY_TYPE_STANDARD: SecurityType
SECURITY_TYPE_TRUSTED_LAUNCH: SecurityType
SECURITY_TYPE_TRUSTED_LAUNCH_SUPPORTED: SecurityType
SECURITY_TYPE_CONFIDENTIAL_VM: SecurityType
SECURITY_TYPE_CONFIDENTIAL_VM_SUPPORTED: SecurityType
SECURITY_TYPE_TRUSTED_LAUNCH_AND_CONFIDENTIAL_VM_SUPPORTED: SecurityType
DISK_CONTROLLER_TYPE_UNSPECIFIED: DiskControllerType
DISK_CONTROLLER_TYPE_SCSI: DiskControllerType
DISK_CONTROLLER_TYPE_NVME: DiskControllerType

class ImageDefinition(_message.Message):
    __slots__ = ("name", "location", "os_type", "os_state", "hyper_v_generation", "architecture", "identifier", "description", "eula", "privacy_statement_uri", "release_note_uri", "end_of_life_date", "recommended", "disallowed_disk_types", "purchase_plan", "tags", "provisioning_state", "etag", "create_time", "update_time", "features", "allow_update_image")
    class TagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    OS_TYPE_FIELD_NUMBER: _ClassVar[int]
    OS_STATE_FIELD_NUMBER: _ClassVar[int]
    HYPER_V_GENERATION_FIELD_NUMBER: _ClassVar[int]
    ARCHITECTURE_FIELD_NUMBER: _ClassVar[int]
    IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    EULA_FIELD_NUMBER: _ClassVar[int]
    PRIVACY_STATEMENT_URI_FIELD_NUMBER: _ClassVar[int]
    RELEASE_NOTE_URI_FIELD_NUMBER: _ClassVar[int]
    END_OF_LIFE_DATE_FIELD_NUMBER: _ClassVar[int]
    RECOMMENDED_FIELD_NUMBER: _ClassVar[int]
    DISALLOWED_DISK_TYPES_FIELD_NUMBER: _ClassVar[int]
    PURCHASE_PLAN_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    PROVISIONING_STATE_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    FEATURES_FIELD_NUMBER: _ClassVar[int]
    ALLOW_UPDATE_IMAGE_FIELD_NUMBER: _ClassVar[int]
    name: str
    location: str
    os_type: _common_pb2.OsType
    os_state: _common_pb2.OsState
    hyper_v_generation: _common_pb2.HyperVGeneration
    architecture: _common_pb2.Architecture
    identifier: ImageIdentifier
    description: str
    eula: str
    privacy_statement_uri: str
    release_note_uri: str
    end_of_life_date: _timestamp_pb2.Timestamp
    recommended: RecommendedMachineConfiguration
    disallowed_disk_types: _containers.RepeatedScalarFieldContainer[_common_pb2.DiskType]
    purchase_plan: ImagePurchasePlan
    tags: _containers.ScalarMap[str, str]
    provisioning_state: _common_pb2.ProvisioningState
    etag: str
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    features: ImageFeatures
    allow_update_image: bool
    def __init__(self, name: _Optional[str] = ..., location: _Optional[str] = ..., os_type: _Optional[_Union[_common_pb2.OsType, str]] = ..., os_state: _Optional[_Union[_common_pb2.OsState, str]] = ..., hyper_v_generation: _Optional[_Union[_common_pb2.HyperVGeneration, str]] = ..., architecture: _Optional[_Union[_common_pb2.Architecture, str]] = ..., identifier: _Optional[_Union[ImageIdentifier, _Mapping]] = ..., description: _Optional[str] = ..., eula: _Optional[str] = ..., privacy_statement_uri: _Optional[str] = ..., release_note_uri: _Optional[str] = ..., end_of_life_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., recommended: _Optional[_Union[RecommendedMachineConfiguration, _Mapping]] = ..., disallowed_disk_types: _Optional[_Iterable[_Union[_common_pb2.DiskType, str]]] = ..., purchase_plan: _Optional[_Union[ImagePurchasePlan, _Mapping]] = ..., tags: _Optional[_Mapping[str, str]] = ..., provisioning_state: _Optional[_Union[_common_pb2.ProvisioningState, str]] = ..., etag: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., features: _Optional[_Union[ImageFeatures, _Mapping]] = ..., allow_update_image: _Optional[bool] = ...) -> None: ...

class ImageFeatures(_message.Message):
    __slots__ = ("security_type", "is_accelerated_network_supported", "disk_controller_types", "is_hibernate_supported")
    SECURITY_TYPE_FIELD_NUMBER: _ClassVar[int]
    IS_ACCELERATED_NETWORK_SUPPORTED_FIELD_NUMBER: _ClassVar[int]
    DISK_CONTROLLER_TYPES_FIELD_NUMBER: _ClassVar[int]
    IS_HIBERNATE_SUPPORTED_FIELD_NUMBER: _ClassVar[int]
    security_type: SecurityType
    is_accelerated_network_supported: bool
    disk_controller_types: _containers.RepeatedScalarFieldContainer[DiskControllerType]
    is_hibernate_supported: bool
    def __init__(self, security_type: _Optional[_Union[SecurityType, str]] = ..., is_accelerated_network_supported: _Optional[bool] = ..., disk_controller_types: _Optional[_Iterable[_Union[DiskControllerType, str]]] = ..., is_hibernate_supported: _Optional[bool] = ...) -> None: ...

class ImageIdentifier(_message.Message):
    __slots__ = ("publisher", "offer", "sku")
    PUBLISHER_FIELD_NUMBER: _ClassVar[int]
    OFFER_FIELD_NUMBER: _ClassVar[int]
    SKU_FIELD_NUMBER: _ClassVar[int]
    publisher: str
    offer: str
    sku: str
    def __init__(self, publisher: _Optional[str] = ..., offer: _Optional[str] = ..., sku: _Optional[str] = ...) -> None: ...

class ResourceRange(_message.Message):
    __slots__ = ("min", "max")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ...) -> None: ...

class RecommendedMachineConfiguration(_message.Message):
    __slots__ = ("v_cpus", "memory")
    V_CPUS_FIELD_NUMBER: _ClassVar[int]
    MEMORY_FIELD_NUMBER: _ClassVar[int]
    v_cpus: ResourceRange
    memory: ResourceRange
    def __init__(self, v_cpus: _Optional[_Union[ResourceRange, _Mapping]] = ..., memory: _Optional[_Union[ResourceRange, _Mapping]] = ...) -> None: ...

class ImagePurchasePlan(_message.Message):
    __slots__ = ("name", "publisher", "product")
    NAME_FIELD_NUMBER: _ClassVar[int]
    PUBLISHER_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_FIELD_NUMBER: _ClassVar[int]
    name: str
    publisher: str
    product: str
    def __init__(self, name: _Optional[str] = ..., publisher: _Optional[str] = ..., product: _Optional[str] = ...) -> None: ...

class GetImageDefinitionRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class ListImageDefinitionsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListImageDefinitionsResponse(_message.Message):
    __slots__ = ("image_definitions", "next_page_token")
    IMAGE_DEFINITIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    image_definitions: _containers.RepeatedCompositeFieldContainer[ImageDefinition]
    next_page_token: str
    def __init__(self, image_definitions: _Optional[_Iterable[_Union[ImageDefinition, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CreateImageDefinitionRequest(_message.Message):
    __slots__ = ("parent", "image_definition_id", "image_definition", "request_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    IMAGE_DEFINITION_ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_DEFINITION_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    image_definition_id: str
    image_definition: ImageDefinition
    request_id: str
    def __init__(self, parent: _Optional[str] = ..., image_definition_id: _Optional[str] = ..., image_definition: _Optional[_Union[ImageDefinition, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class UpdateImageDefinitionRequest(_message.Message):
    __slots__ = ("image_definition", "update_mask", "request_id")
    IMAGE_DEFINITION_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    image_definition: ImageDefinition
    update_mask: _field_mask_pb2.FieldMask
    request_id: str
    def __init__(self, image_definition: _Optional[_Union[ImageDefinition, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class DeleteImageDefinitionRequest(_message.Message):
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

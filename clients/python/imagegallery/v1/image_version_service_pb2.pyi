import datetime

from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.api import resource_pb2 as _resource_pb2
from google.longrunning import operations_pb2 as _operations_pb2
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

class ReplicationMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REPLICATION_MODE_UNSPECIFIED: _ClassVar[ReplicationMode]
    REPLICATION_MODE_FULL: _ClassVar[ReplicationMode]
    REPLICATION_MODE_SHALLOW: _ClassVar[ReplicationMode]

class HostCaching(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    HOST_CACHING_UNSPECIFIED: _ClassVar[HostCaching]
    HOST_CACHING_NONE: _ClassVar[HostCaching]
    HOST_CACHING_READ_ONLY: _ClassVar[HostCaching]
    HOST_CACHING_READ_WRITE: _ClassVar[HostCaching]

class AggregatedReplicationState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AGGREGATED_REPLICATION_STATE_UNSPECIFIED: _ClassVar[AggregatedReplicationState]
    AGGREGATED_REPLICATION_STATE_IN_PROGRESS: _ClassVar[AggregatedReplicationState]
    AGGREGATED_REPLICATION_STATE_COMPLETED: _ClassVar[AggregatedReplicationState]
    AGGREGATED_REPLICATION_STATE_FAILED: _ClassVar[AggregatedReplicationState]

class ReplicationState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REPLICATION_STATE_UNSPECIFIED: _ClassVar[ReplicationState]
    REPLICATION_STATE_REPLICATING: _ClassVar[ReplicationState]
    REPLICATION_STATE_COMPLETED: _ClassVar[ReplicationState]
    REPLICATION_STATE_FAILED: _ClassVar[ReplicationState]

class ImageVersionView(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    IMAGE_VERSION_VIEW_UNSPECIFIED: _ClassVar[ImageVersionView]
    IMAGE_VERSION_VIEW_BASIC: _ClassVar[ImageVersionView]
    IMAGE_VERSION_VIEW_FULL: _ClassVar[ImageVersionView]

class SoftDeletedArtifactType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SOFT_DELETED_ARTIFACT_TYPE_UNSPECIFIED: _ClassVar[SoftDeletedArtifactType]
    SOFT_DELETED_ARTIFACT_TYPE_IMAGES: _ClassVar[SoftDeletedArtifactType]
REPLICATION_MODE_UNSPECIFIED: ReplicationMode
REPLICATION_MODE_FULL: ReplicationMode
REPLICATION_MODE_SHALLOW: ReplicationMode
HOST_CACHING_UNSPECIFIED: HostCaching
HOST_CACHING_NONE: HostCaching
HOST_CACHING_READ_ONLY: HostCaching
HOST_CACHING_READ_WRITE: HostCaching
AGGREGATED_REPLICATION_STATE_UNSPECIFIED: AggregatedReplicationState
AGGREGATED_REPLICATION_STATE_IN_PROGRESS: AggregatedReplicationState
AGGREGATED_REPLICATION_STATE_COMPLETED: AggregatedReplicationState
AGGREGATED_REPLICATION_STATE_FAILED: AggregatedReplicationState
REPLICATION_STATE_UNSPECIFIED: ReplicationState
REPLICATION_STATE_REPLICATING: ReplicationState
REPLICATION_STATE_COMPLETED: ReplicationState
REPLICATION_STATE_FAILED: ReplicationState
IMAGE_VERSION_VIEW_UNSPECIFIED: ImageVersionView
IMAGE_VERSION_VIEW_BASIC: ImageVersionView
IMAGE_VERSION_VIEW_FULL: ImageVersionView
SOFT_DELETED_ARTIFACT_TYPE_UNSPECIFIED: SoftDeletedArtifactType
SOFT_DELETED_ARTIFACT_TYPE_IMAGES: SoftDeletedArtifactType

class ImageVersion(_message.Message):
    __slots__ = ("name", "location", "publishing_profile", "storage_profile", "safety_profile", "tags", "provisioning_state", "replication_status", "etag", "create_time", "update_time")
    class TagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    PUBLISHING_PROFILE_FIELD_NUMBER: _ClassVar[int]
    STORAGE_PROFILE_FIELD_NUMBER: _ClassVar[int]
    SAFETY_PROFILE_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    PROVISIONING_STATE_FIELD_NUMBER: _ClassVar[int]
    REPLICATION_STATUS_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    location: str
    publishing_profile: PublishingProfile
    storage_profile: StorageProfile
    safety_profile: SafetyProfile
    tags: _containers.ScalarMap[str, str]
    provisioning_state: _common_pb2.ProvisioningState
    replication_status: ReplicationStatus
    etag: str
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., location: _Optional[str] = ..., publishing_profile: _Optional[_Union[PublishingProfile, _Mapping]] = ..., storage_profile: _Optional[_Union[StorageProfile, _Mapping]] = ..., safety_profile: _Optional[_Union[SafetyProfile, _Mapping]] = ..., tags: _Optional[_Mapping[str, str]] = ..., provisioning_state: _Optional[_Union[_common_pb2.ProvisioningState, str]] = ..., replication_status: _Optional[_Union[ReplicationStatus, _Mapping]] = ..., etag: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PublishingProfile(_message.Message):
    __slots__ = ("target_regions", "replica_count", "exclude_from_latest", "published_date", "end_of_life_date", "storage_account_type", "replication_mode")
    TARGET_REGIONS_FIELD_NUMBER: _ClassVar[int]
    REPLICA_COUNT_FIELD_NUMBER: _ClassVar[int]
    EXCLUDE_FROM_LATEST_FIELD_NUMBER: _ClassVar[int]
    PUBLISHED_DATE_FIELD_NUMBER: _ClassVar[int]
    END_OF_LIFE_DATE_FIELD_NUMBER: _ClassVar[int]
    STORAGE_ACCOUNT_TYPE_FIELD_NUMBER: _ClassVar[int]
    REPLICATION_MODE_FIELD_NUMBER: _ClassVar[int]
    target_regions: _containers.RepeatedCompositeFieldContainer[TargetRegion]
    replica_count: int
    exclude_from_latest: bool
    published_date: _timestamp_pb2.Timestamp
    end_of_life_date: _timestamp_pb2.Timestamp
    storage_account_type: _common_pb2.StorageAccountType
    replication_mode: ReplicationMode
    def __init__(self, target_regions: _Optional[_Iterable[_Union[TargetRegion, _Mapping]]] = ..., replica_count: _Optional[int] = ..., exclude_from_latest: _Optional[bool] = ..., published_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_of_life_date: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., storage_account_type: _Optional[_Union[_common_pb2.StorageAccountType, str]] = ..., replication_mode: _Optional[_Union[ReplicationMode, str]] = ...) -> None: ...

class TargetRegion(_message.Message):
    __slots__ = ("name", "regional_replica_count", "storage_account_type", "exclude_from_latest")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REGIONAL_REPLICA_COUNT_FIELD_NUMBER: _ClassVar[int]
    STORAGE_ACCOUNT_TYPE_FIELD_NUMBER: _ClassVar[int]
    EXCLUDE_FROM_LATEST_FIELD_NUMBER: _ClassVar[int]
    name: str
    regional_replica_count: int
    storage_account_type: _common_pb2.StorageAccountType
    exclude_from_latest: bool
    def __init__(self, name: _Optional[str] = ..., regional_replica_count: _Optional[int] = ..., storage_account_type: _Optional[_Union[_common_pb2.StorageAccountType, str]] = ..., exclude_from_latest: _Optional[bool] = ...) -> None: ...

class StorageProfile(_message.Message):
    __slots__ = ("source", "os_disk_image", "data_disk_images")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    OS_DISK_IMAGE_FIELD_NUMBER: _ClassVar[int]
    DATA_DISK_IMAGES_FIELD_NUMBER: _ClassVar[int]
    source: str
    os_disk_image: DiskImage
    data_disk_images: _containers.RepeatedCompositeFieldContainer[DiskImage]
    def __init__(self, source: _Optional[str] = ..., os_disk_image: _Optional[_Union[DiskImage, _Mapping]] = ..., data_disk_images: _Optional[_Iterable[_Union[DiskImage, _Mapping]]] = ...) -> None: ...

class DiskImage(_message.Message):
    __slots__ = ("source", "lun", "host_caching", "size_in_gb", "disk")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    LUN_FIELD_NUMBER: _ClassVar[int]
    HOST_CACHING_FIELD_NUMBER: _ClassVar[int]
    SIZE_IN_GB_FIELD_NUMBER: _ClassVar[int]
    DISK_FIELD_NUMBER: _ClassVar[int]
    source: str
    lun: int
    host_caching: HostCaching
    size_in_gb: int
    disk: _common_pb2.Disk
    def __init__(self, source: _Optional[str] = ..., lun: _Optional[int] = ..., host_caching: _Optional[_Union[HostCaching, str]] = ..., size_in_gb: _Optional[int] = ..., disk: _Optional[_Union[_common_pb2.Disk, _Mapping]] = ...) -> None: ...

class SafetyProfile(_message.Message):
    __slots__ = ("allow_deletion_of_replicated_locations", "block_deletion_before_end_of_life")
    ALLOW_DELETION_OF_REPLICATED_LOCATIONS_FIELD_NUMBER: _ClassVar[int]
    BLOCK_DELETION_BEFORE_END_OF_LIFE_FIELD_NUMBER: _ClassVar[int]
    allow_deletion_of_replicated_locations: bool
    block_deletion_before_end_of_life: bool
    def __init__(self, allow_deletion_of_replicated_locations: _Optional[bool] = ..., block_deletion_before_end_of_life: _Optional[bool] = ...) -> None: ...

class ReplicationStatus(_message.Message):
    __slots__ = ("aggregated_state", "summary", "replication_mode")
    AGGREGATED_STATE_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    REPLICATION_MODE_FIELD_NUMBER: _ClassVar[int]
    aggregated_state: AggregatedReplicationState
    summary: _containers.RepeatedCompositeFieldContainer[RegionalReplicationStatus]
    replication_mode: ReplicationMode
    def __init__(self, aggregated_state: _Optional[_Union[AggregatedReplicationState, str]] = ..., summary: _Optional[_Iterable[_Union[RegionalReplicationStatus, _Mapping]]] = ..., replication_mode: _Optional[_Union[ReplicationMode, str]] = ...) -> None: ...

class RegionalReplicationStatus(_message.Message):
    __slots__ = ("region", "state", "details", "progress", "bytes_copied", "bytes_total", "bytes_per_second", "eta_seconds", "replicas_completed", "replica_count", "replicas_available", "zones_down")
    REGION_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    BYTES_COPIED_FIELD_NUMBER: _ClassVar[int]
    BYTES_TOTAL_FIELD_NUMBER: _ClassVar[int]
    BYTES_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
    ETA_SECONDS_FIELD_NUMBER: _ClassVar[int]
    REPLICAS_COMPLETED_FIELD_NUMBER: _ClassVar[int]
    REPLICA_COUNT_FIELD_NUMBER: _ClassVar[int]
    REPLICAS_AVAILABLE_FIELD_NUMBER: _ClassVar[int]
    ZONES_DOWN_FIELD_NUMBER: _ClassVar[int]
    region: str
    state: ReplicationState
    details: str
    progress: int
    bytes_copied: int
    bytes_total: int
    bytes_per_second: int
    eta_seconds: int
    replicas_completed: int
    replica_count: int
    replicas_available: int
    zones_down: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, region: _Optional[str] = ..., state: _Optional[_Union[ReplicationState, str]] = ..., details: _Optional[str] = ..., progress: _Optional[int] = ..., bytes_copied: _Optional[int] = ..., bytes_total: _Optional[int] = ..., bytes_per_second: _Optional[int] = ..., eta_seconds: _Optional[int] = ..., replicas_completed: _Optional[int] = ..., replica_count: _Optional[int] = ..., replicas_available: _Optional[int] = ..., zones_down: _Optional[_Iterable[str]] = ...) -> None: ...

class GetImageVersionRequest(_message.Message):
    __slots__ = ("name", "view")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VIEW_FIELD_NUMBER: _ClassVar[int]
    name: str
    view: ImageVersionView
    def __init__(self, name: _Optional[str] = ..., view: _Optional[_Union[ImageVersionView, str]] = ...) -> None: ...

class ListImageVersionsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "view")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    VIEW_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    view: ImageVersionView
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., view: _Optional[_Union[ImageVersionView, str]] = ...) -> None: ...

class ListImageVersionsResponse(_message.Message):
    __slots__ = ("image_versions", "next_page_token")
    IMAGE_VERSIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    image_versions: _containers.RepeatedCompositeFieldContainer[ImageVersion]
    next_page_token: str
    def __init__(self, image_versions: _Optional[_Iterable[_Union[ImageVersion, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetLatestImageVersionRequest(_message.Message):
    __slots__ = ("parent", "region", "view")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    VIEW_FIELD_NUMBER: _ClassVar[int]
    parent: str
    region: str
    view: ImageVersionView
    def __init__(self, parent: _Optional[str] = ..., region: _Optional[str] = ..., view: _Optional[_Union[ImageVersionView, str]] = ...) -> None: ...

class CreateImageVersionRequest(_message.Message):
    __slots__ = ("parent", "image_version_id", "image_version", "request_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    IMAGE_VERSION_ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_VERSION_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    image_version_id: str
    image_version: ImageVersion
    request_id: str
    def __init__(self, parent: _Optional[str] = ..., image_version_id: _Optional[str] = ..., image_version: _Optional[_Union[ImageVersion, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class UpdateImageVersionRequest(_message.Message):
    __slots__ = ("image_version", "update_mask", "request_id")
    IMAGE_VERSION_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    image_version: ImageVersion
    update_mask: _field_mask_pb2.FieldMask
    request_id: str
    def __init__(self, image_version: _Optional[_Union[ImageVersion, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class DeleteImageVersionRequest(_message.Message):
    __slots__ = ("name", "etag", "request_id", "bypass_soft_delete")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    BYPASS_SOFT_DELETE_FIELD_NUMBER: _ClassVar[int]
    name: str
    etag: str
    request_id: str
    bypass_soft_delete: bool
    def __init__(self, name: _Optional[str] = ..., etag: _Optional[str] = ..., request_id: _Optional[str] = ..., bypass_soft_delete: _Optional[bool] = ...) -> None: ...

class RetryImageVersionReplicationRequest(_message.Message):
    __slots__ = ("name", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class SoftDeletedResource(_message.Message):
    __slots__ = ("resource_arm_id", "soft_deleted_artifact_type", "soft_deleted_time", "hard_deletion_target_time", "image_version")
    RESOURCE_ARM_ID_FIELD_NUMBER: _ClassVar[int]
    SOFT_DELETED_ARTIFACT_TYPE_FIELD_NUMBER: _ClassVar[int]
    SOFT_DELETED_TIME_FIELD_NUMBER: _ClassVar[int]
    HARD_DELETION_TARGET_TIME_FIELD_NUMBER: _ClassVar[int]
    IMAGE_VERSION_FIELD_NUMBER: _ClassVar[int]
    resource_arm_id: str
    soft_deleted_artifact_type: SoftDeletedArtifactType
    soft_deleted_time: _timestamp_pb2.Timestamp
    hard_deletion_target_time: _timestamp_pb2.Timestamp
    image_version: ImageVersion
    def __init__(self, resource_arm_id: _Optional[str] = ..., soft_deleted_artifact_type: _Optional[_Union[SoftDeletedArtifactType, str]] = ..., soft_deleted_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., hard_deletion_target_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., image_version: _Optional[_Union[ImageVersion, _Mapping]] = ...) -> None: ...

class ListSoftDeletedResourcesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListSoftDeletedResourcesResponse(_message.Message):
    __slots__ = ("soft_deleted_resources", "next_page_token")
    SOFT_DELETED_RESOURCES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    soft_deleted_resources: _containers.RepeatedCompositeFieldContainer[SoftDeletedResource]
    next_page_token: str
    def __init__(self, soft_deleted_resources: _Optional[_Iterable[_Union[SoftDeletedResource, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UndeleteImageVersionRequest(_message.Message):
    __slots__ = ("name", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class PurgeImageVersionRequest(_message.Message):
    __slots__ = ("name", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

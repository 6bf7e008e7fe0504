from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.api import resource_pb2 as _resource_pb2
from imagegallery.v1 import common_pb2 as _common_pb2
from imagegallery.v1 import image_definition_service_pb2 as _image_definition_service_pb2
from imagegallery.v1 import image_version_service_pb2 as _image_version_service_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class VirtualMachineSecurityType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VIRTUAL_MACHINE_SECURITY_TYPE_UNSPECIFIED: _ClassVar[VirtualMachineSecurityType]
    VIRTUAL_MACHINE_SECURITY_TYPE_STANDARD: _ClassVar[VirtualMachineSecurityType]
    VIRTUAL_MACHINE_SECURITY_TYPE_TRUSTED_LAUNCH: _ClassVar[VirtualMachineSecurityType]
    VIRTUAL_MACHINE_SECURITY_TYPE_CONFIDENTIAL_VM: _ClassVar[VirtualMachineSecurityType]

class PlanningWarningReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PLANNING_WARNING_REASON_UNSPECIFIED: _ClassVar[PlanningWarningReason]
    PLANNING_WARNING_REASON_V_CPUS_OUTSIDE_RECOMMENDED: _ClassVar[PlanningWarningReason]
    PLANNING_WARNING_REASON_MEMORY_OUTSIDE_RECOMMENDED: _ClassVar[PlanningWarningReason]
    PLANNING_WARNING_REASON_EXCLUDED_FROM_LATEST: _ClassVar[PlanningWarningReason]
    PLANNING_WARNING_REASON_DEFINITION_PAST_END_OF_LIFE: _ClassVar[PlanningWarningReason]
    PLANNING_WARNING_REASON_ABOVE_REPLICA_LIMIT: _ClassVar[PlanningWarningReason]
    PLANNING_WARNING_REASON_REGION_NOT_TARGETED: _ClassVar[PlanningWarningReason]
VIRTUAL_MACHINE_SECURITY_TYPE_UNSPECIFIED: VirtualMachineSecurityType
VIRTUAL_MACHINE_SECURITY_TYPE_STANDARD: VirtualMachineSecurityType
VIRTUAL_MACHINE_SECURITY_TYPE_TRUSTED_LAUNCH: VirtualMachineSecurityType
VIRTUAL_MACHINE_SECURITY_TYPE_CONFIDENTIAL_VM: VirtualMachineSecurityType
PLANNING_WARNING_REASON_UNSPECIFIED: PlanningWarningReason
PLANNING_WARNING_REASON_V_CPUS_OUTSIDE_RECOMMENDED: PlanningWarningReason
PLANNING_WARNING_REASON_MEMORY_OUTSIDE_RECOMMENDED: PlanningWarningReason
PLANNING_WARNING_REASON_EXCLUDED_FROM_LATEST: PlanningWarningReason
PLANNING_WARNING_REASON_DEFINITION_PAST_END_OF_LIFE: PlanningWarningReason
PLANNING_WARNING_REASON_ABOVE_REPLICA_LIMIT: PlanningWarningReason
PLANNING_WARNING_REASON_REGION_NOT_TARGETED: PlanningWarningReason

class VirtualMachineSpec(_message.Message):
    __slots__ = ("v_cpus", "memory_gb", "os_disk_type", "has_os_profile", "security_type", "accelerated_networking", "disk_controller_type", "hibernation_enabled")
    V_CPUS_FIELD_NUMBER: _ClassVar[int]
    MEMORY_GB_FIELD_NUMBER: _ClassVar[int]
    OS_DISK_TYPE_FIELD_NUMBER: _ClassVar[int]
    HAS_OS_PROFILE_FIELD_NUMBER: _ClassVar[int]
    SECURITY_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACCELERATED_NETWORKING_FIELD_NUMBER: _ClassVar[int]
    DISK_CONTROLLER_TYPE_FIELD_NUMBER: _ClassVar[int]
    HIBERNATION_ENABLED_FIELD_NUMBER: _ClassVar[int]
    v_cpus: int
    memory_gb: float
    os_disk_type: _common_pb2.DiskType
    has_os_profile: bool
    security_type: VirtualMachineSecurityType
    accelerated_networking: bool
    disk_controller_type: _image_definition_service_pb2.DiskControllerType
    hibernation_enabled: bool
    def __init__(self, v_cpus: _Optional[int] = ..., memory_gb: _Optional[float] = ..., os_disk_type: _Optional[_Union[_common_pb2.DiskType, str]] = ..., has_os_profile: _Optional[bool] = ..., security_type: _Optional[_Union[VirtualMachineSecurityType, str]] = ..., accelerated_networking: _Optional[bool] = ..., disk_controller_type: _Optional[_Union[_image_definition_service_pb2.DiskControllerType, str]] = ..., hibernation_enabled: _Optional[bool] = ...) -> None: ...

class ResolveDeploymentRequest(_message.Message):
    __slots__ = ("image_definition", "version", "region", "vm")
    IMAGE_DEFINITION_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    VM_FIELD_NUMBER: _ClassVar[int]
    image_definition: str
    version: str
    region: str
    vm: VirtualMachineSpec
    def __init__(self, image_definition: _Optional[str] = ..., version: _Optional[str] = ..., region: _Optional[str] = ..., vm: _Optional[_Union[VirtualMachineSpec, _Mapping]] = ...) -> None: ...

class ResolveDeploymentResponse(_message.Message):
    __slots__ = ("image_version", "replica", "warnings", "replication_mode")
    IMAGE_VERSION_FIELD_NUMBER: _ClassVar[int]
    REPLICA_FIELD_NUMBER: _ClassVar[int]
    WARNINGS_FIELD_NUMBER: _ClassVar[int]
    REPLICATION_MODE_FIELD_NUMBER: _ClassVar[int]
    image_version: str
    replica: DeploymentReplica
    warnings: _containers.RepeatedCompositeFieldContainer[PlanningWarning]
    replication_mode: _image_version_service_pb2.ReplicationMode
    def __init__(self, image_version: _Optional[str] = ..., replica: _Optional[_Union[DeploymentReplica, _Mapping]] = ..., warnings: _Optional[_Iterable[_Union[PlanningWarning, _Mapping]]] = ..., replication_mode: _Optional[_Union[_image_version_service_pb2.ReplicationMode, str]] = ...) -> None: ...

class DeploymentReplica(_message.Message):
    __slots__ = ("id", "region", "index", "zones", "storage_account_type", "region_replicas")
    ID_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    ZONES_FIELD_NUMBER: _ClassVar[int]
    STORAGE_ACCOUNT_TYPE_FIELD_NUMBER: _ClassVar[int]
    REGION_REPLICAS_FIELD_NUMBER: _ClassVar[int]
    id: str
    region: str
    index: int
    zones: _containers.RepeatedScalarFieldContainer[str]
    storage_account_type: _common_pb2.StorageAccountType
    region_replicas: int
    def __init__(self, id: _Optional[str] = ..., region: _Optional[str] = ..., index: _Optional[int] = ..., zones: _Optional[_Iterable[str]] = ..., storage_account_type: _Optional[_Union[_common_pb2.StorageAccountType, str]] = ..., region_replicas: _Optional[int] = ...) -> None: ...

class PlanningWarning(_message.Message):
    __slots__ = ("reason", "field", "message")
    REASON_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    reason: PlanningWarningReason
    field: str
    message: str
    def __init__(self, reason: _Optional[_Union[PlanningWarningReason, str]] = ..., field: _Optional[str] = ..., message: _Optional[str] = ...) -> None: ...

class CheckImageSwitchRequest(_message.Message):
    __slots__ = ("current_image", "target_image")
    CURRENT_IMAGE_FIELD_NUMBER: _ClassVar[int]
    TARGET_IMAGE_FIELD_NUMBER: _ClassVar[int]
    current_image: str
    target_image: str
    def __init__(self, current_image: _Optional[str] = ..., target_image: _Optional[str] = ...) -> None: ...

class CheckImageSwitchResponse(_message.Message):
    __slots__ = ("allowed", "mismatches", "current_image_version", "target_image_version")
    ALLOWED_FIELD_NUMBER: _ClassVar[int]
    MISMATCHES_FIELD_NUMBER: _ClassVar[int]
    CURRENT_IMAGE_VERSION_FIELD_NUMBER: _ClassVar[int]
    TARGET_IMAGE_VERSION_FIELD_NUMBER: _ClassVar[int]
    allowed: bool
    mismatches: _containers.RepeatedCompositeFieldContainer[ImageMismatch]
    current_image_version: str
    target_image_version: str
    def __init__(self, allowed: _Optional[bool] = ..., mismatches: _Optional[_Iterable[_Union[ImageMismatch, _Mapping]]] = ..., current_image_version: _Optional[str] = ..., target_image_version: _Optional[str] = ...) -> None: ...

class ImageMismatch(_message.Message):
    __slots__ = ("field", "current", "target")
    FIELD_FIELD_NUMBER: _ClassVar[int]
    CURRENT_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    field: str
    current: str
    target: str
    def __init__(self, field: _Optional[str] = ..., current: _Optional[str] = ..., target: _Optional[str] = ...) -> None: ...

class RecommendReplicasRequest(_message.Message):
    __slots__ = ("concurrent_vms", "scale_set_instances", "margin", "replica_limit")
    CONCURRENT_VMS_FIELD_NUMBER: _ClassVar[int]
    SCALE_SET_INSTANCES_FIELD_NUMBER: _ClassVar[int]
    MARGIN_FIELD_NUMBER: _ClassVar[int]
    REPLICA_LIMIT_FIELD_NUMBER: _ClassVar[int]
    concurrent_vms: int
    scale_set_instances: _containers.RepeatedScalarFieldContainer[int]
    margin: float
    replica_limit: int
    def __init__(self, concurrent_vms: _Optional[int] = ..., scale_set_instances: _Optional[_Iterable[int]] = ..., margin: _Optional[float] = ..., replica_limit: _Optional[int] = ...) -> None: ...

class RecommendReplicasResponse(_message.Message):
    __slots__ = ("replicas", "unlimited_replicas", "vm_replicas", "scale_set_replicas", "replica_limit", "warnings")
    REPLICAS_FIELD_NUMBER: _ClassVar[int]
    UNLIMITED_REPLICAS_FIELD_NUMBER: _ClassVar[int]
    VM_REPLICAS_FIELD_NUMBER: _ClassVar[int]
    SCALE_SET_REPLICAS_FIELD_NUMBER: _ClassVar[int]
    REPLICA_LIMIT_FIELD_NUMBER: _ClassVar[int]
    WARNINGS_FIELD_NUMBER: _ClassVar[int]
    replicas: int
    unlimited_replicas: int
    vm_replicas: int
    scale_set_replicas: int
    replica_limit: int
    warnings: _containers.RepeatedCompositeFieldContainer[PlanningWarning]
    def __init__(self, replicas: _Optional[int] = ..., unlimited_replicas: _Optional[int] = ..., vm_replicas: _Optional[int] = ..., scale_set_replicas: _Optional[int] = ..., replica_limit: _Optional[int] = ..., warnings: _Optional[_Iterable[_Union[PlanningWarning, _Mapping]]] = ...) -> None: ...

class RegionalLoad(_message.Message):
    __slots__ = ("region", "concurrent_vms", "scale_set_instances")
    REGION_FIELD_NUMBER: _ClassVar[int]
    CONCURRENT_VMS_FIELD_NUMBER: _ClassVar[int]
    SCALE_SET_INSTANCES_FIELD_NUMBER: _ClassVar[int]
    region: str
    concurrent_vms: int
    scale_set_instances: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, region: _Optional[str] = ..., concurrent_vms: _Optional[int] = ..., scale_set_instances: _Optional[_Iterable[int]] = ...) -> None: ...

class CompareReplicasRequest(_message.Message):
    __slots__ = ("image_version", "loads", "margin", "replica_limit")
    IMAGE_VERSION_FIELD_NUMBER: _ClassVar[int]
    LOADS_FIELD_NUMBER: _ClassVar[int]
    MARGIN_FIELD_NUMBER: _ClassVar[int]
    REPLICA_LIMIT_FIELD_NUMBER: _ClassVar[int]
    image_version: str
    loads: _containers.RepeatedCompositeFieldContainer[RegionalLoad]
    margin: float
    replica_limit: int
    def __init__(self, image_version: _Optional[str] = ..., loads: _Optional[_Iterable[_Union[RegionalLoad, _Mapping]]] = ..., margin: _Optional[float] = ..., replica_limit: _Optional[int] = ...) -> None: ...

class CompareReplicasResponse(_message.Message):
    __slots__ = ("image_version", "regions")
    IMAGE_VERSION_FIELD_NUMBER: _ClassVar[int]
    REGIONS_FIELD_NUMBER: _ClassVar[int]
    image_version: str
    regions: _containers.RepeatedCompositeFieldContainer[RegionalReplicaComparison]
    def __init__(self, image_version: _Optional[str] = ..., regions: _Optional[_Iterable[_Union[RegionalReplicaComparison, _Mapping]]] = ...) -> None: ...

class RegionalReplicaComparison(_message.Message):
    __slots__ = ("region", "replica_count", "replicas_completed", "recommended_replicas", "change", "warnings")
    REGION_FIELD_NUMBER: _ClassVar[int]
    REPLICA_COUNT_FIELD_NUMBER: _ClassVar[int]
    REPLICAS_COMPLETED_FIELD_NUMBER: _ClassVar[int]
    RECOMMENDED_REPLICAS_FIELD_NUMBER: _ClassVar[int]
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    WARNINGS_FIELD_NUMBER: _ClassVar[int]
    region: str
    replica_count: int
    replicas_completed: int
    recommended_replicas: int
    change: int
    warnings: _containers.RepeatedCompositeFieldContainer[PlanningWarning]
    def __init__(self, region: _Optional[str] = ..., replica_count: _Optional[int] = ..., replicas_completed: _Optional[int] = ..., recommended_replicas: _Optional[int] = ..., change: _Optional[int] = ..., warnings: _Optional[_Iterable[_Union[PlanningWarning, _Mapping]]] = ...) -> None: ...

class EstimateCostRequest(_message.Message):
    __slots__ = ("image_version", "proposed", "prices")
    IMAGE_VERSION_FIELD_NUMBER: _ClassVar[int]
    PROPOSED_FIELD_NUMBER: _ClassVar[int]
    PRICES_FIELD_NUMBER: _ClassVar[int]
    image_version: str
    proposed: ProposedImageVersion
    prices: PriceTable
    def __init__(self, image_version: _Optional[str] = ..., proposed: _Optional[_Union[ProposedImageVersion, _Mapping]] = ..., prices: _Optional[_Union[PriceTable, _Mapping]] = ...) -> None: ...

class ProposedImageVersion(_message.Message):
    __slots__ = ("location", "publishing_profile", "os_disk", "data_disks")
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    PUBLISHING_PROFILE_FIELD_NUMBER: _ClassVar[int]
    OS_DISK_FIELD_NUMBER: _ClassVar[int]
    DATA_DISKS_FIELD_NUMBER: _ClassVar[int]
    location: str
    publishing_profile: _image_version_service_pb2.PublishingProfile
    os_disk: ProposedDisk
    data_disks: _containers.RepeatedCompositeFieldContainer[ProposedDisk]
    def __init__(self, location: _Optional[str] = ..., publishing_profile: _Optional[_Union[_image_version_service_pb2.PublishingProfile, _Mapping]] = ..., os_disk: _Optional[_Union[ProposedDisk, _Mapping]] = ..., data_disks: _Optional[_Iterable[_Union[ProposedDisk, _Mapping]]] = ...) -> None: ...

class ProposedDisk(_message.Message):
    __slots__ = ("size_bytes", "occupied_bytes")
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    OCCUPIED_BYTES_FIELD_NUMBER: _ClassVar[int]
    size_bytes: int
    occupied_bytes: int
    def __init__(self, size_bytes: _Optional[int] = ..., occupied_bytes: _Optional[int] = ...) -> None: ...

class PriceTable(_message.Message):
    __slots__ = ("currency", "storage_per_gib_month", "default_storage_per_gib_month", "egress_per_gib")
    class StoragePerGibMonthEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: float
        def __init__(self, key: _Optional[str] = ..., value: _Optional[float] = ...) -> None: ...
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    STORAGE_PER_GIB_MONTH_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_STORAGE_PER_GIB_MONTH_FIELD_NUMBER: _ClassVar[int]
    EGRESS_PER_GIB_FIELD_NUMBER: _ClassVar[int]
    currency: str
    storage_per_gib_month: _containers.ScalarMap[str, float]
    default_storage_per_gib_month: float
    egress_per_gib: float
    def __init__(self, currency: _Optional[str] = ..., storage_per_gib_month: _Optional[_Mapping[str, float]] = ..., default_storage_per_gib_month: _Optional[float] = ..., egress_per_gib: _Optional[float] = ...) -> None: ...

class EstimateCostResponse(_message.Message):
    __slots__ = ("image_version", "source_region", "occupied_bytes_per_replica", "regions", "total", "currency")
    IMAGE_VERSION_FIELD_NUMBER: _ClassVar[int]
    SOURCE_REGION_FIELD_NUMBER: _ClassVar[int]
    OCCUPIED_BYTES_PER_REPLICA_FIELD_NUMBER: _ClassVar[int]
    REGIONS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    image_version: str
    source_region: str
    occupied_bytes_per_replica: int
    regions: _containers.RepeatedCompositeFieldContainer[RegionalCost]
    total: CostTotal
    currency: str
    def __init__(self, image_version: _Optional[str] = ..., source_region: _Optional[str] = ..., occupied_bytes_per_replica: _Optional[int] = ..., regions: _Optional[_Iterable[_Union[RegionalCost, _Mapping]]] = ..., total: _Optional[_Union[CostTotal, _Mapping]] = ..., currency: _Optional[str] = ...) -> None: ...

class RegionalCost(_message.Message):
    __slots__ = ("region", "replicas", "storage_account_type", "storage_bytes", "storage_gib", "egress_bytes", "egress_gib", "storage_cost_per_month", "egress_cost")
    REGION_FIELD_NUMBER: _ClassVar[int]
    REPLICAS_FIELD_NUMBER: _ClassVar[int]
    STORAGE_ACCOUNT_TYPE_FIELD_NUMBER: _ClassVar[int]
    STORAGE_BYTES_FIELD_NUMBER: _ClassVar[int]
    STORAGE_GIB_FIELD_NUMBER: _ClassVar[int]
    EGRESS_BYTES_FIELD_NUMBER: _ClassVar[int]
    EGRESS_GIB_FIELD_NUMBER: _ClassVar[int]
    STORAGE_COST_PER_MONTH_FIELD_NUMBER: _ClassVar[int]
    EGRESS_COST_FIELD_NUMBER: _ClassVar[int]
    region: str
    replicas: int
    storage_account_type: _common_pb2.StorageAccountType
    storage_bytes: int
    storage_gib: float
    egress_bytes: int
    egress_gib: float
    storage_cost_per_month: float
    egress_cost: float
    def __init__(self, region: _Optional[str] = ..., replicas: _Optional[int] = ..., storage_account_type: _Optional[_Union[_common_pb2.StorageAccountType, str]] = ..., storage_bytes: _Optional[int] = ..., storage_gib: _Optional[float] = ..., egress_bytes: _Optional[int] = ..., egress_gib: _Optional[float] = ..., storage_cost_per_month: _Optional[float] = ..., egress_cost: _Optional[float] = ...) -> None: ...

class CostTotal(_message.Message):
    __slots__ = ("replicas", "storage_bytes", "storage_gib", "egress_bytes", "egress_gib", "storage_cost_per_month", "egress_cost")
    REPLICAS_FIELD_NUMBER: _ClassVar[int]
    STORAGE_BYTES_FIELD_NUMBER: _ClassVar[int]
    STORAGE_GIB_FIELD_NUMBER: _ClassVar[int]
    EGRESS_BYTES_FIELD_NUMBER: _ClassVar[int]
    EGRESS_GIB_FIELD_NUMBER: _ClassVar[int]
    STORAGE_COST_PER_MONTH_FIELD_NUMBER: _ClassVar[int]
    EGRESS_COST_FIELD_NUMBER: _ClassVar[int]
    replicas: int
    storage_bytes: int
    storage_gib: float
    egress_bytes: int
    egress_gib: float
    storage_cost_per_month: float
    egress_cost: float
    def __init__(self, replicas: _Optional[int] = ..., storage_bytes: _Optional[int] = ..., storage_gib: _Optional[float] = ..., egress_bytes: _Optional[int] = ..., egress_gib: _Optional[float] = ..., storage_cost_per_month: _Optional[float] = ..., egress_cost: _Optional[float] = ...) -> None: ...

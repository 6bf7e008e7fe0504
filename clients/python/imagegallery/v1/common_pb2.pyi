from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class OsType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OS_TYPE_UNSPECIFIED: _ClassVar[OsType]
    OS_TYPE_WINDOWS: _ClassVar[OsType]
    OS_TYPE_LINUX: _ClassVar[OsType]

class OsState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OS_STATE_UNSPECIFIED: _ClassVar[OsState]
    OS_STATE_GENERALIZED: _ClassVar[OsState]
    OS_STATE_SPECIALIZED: _ClassVar[OsState]

class HyperVGeneration(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    HYPER_V_GENERATION_UNSPECIFIED: _ClassVar[HyperVGeneration]
    HYPER_V_GENERATION_V1: _ClassVar[HyperVGeneration]
    HYPER_V_GENERATION_V2: _ClassVar[HyperVGeneration]

class Architecture(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ARCHITECTURE_UNSPECIFIED: _ClassVar[Architecture]
    ARCHITECTURE_X64: _ClassVar[Architecture]
    ARCHITECTURE_ARM64: _ClassVar[Architecture]

class StorageAccountType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    STORAGE_ACCOUNT_TYPE_UNSPECIFIED: _ClassVar[StorageAccountType]
    STORAGE_ACCOUNT_TYPE_STANDARD_LRS: _ClassVar[StorageAccountType]
    STORAGE_ACCOUNT_TYPE_STANDARD_ZRS: _ClassVar[StorageAccountType]
    STORAGE_ACCOUNT_TYPE_PREMIUM_LRS: _ClassVar[StorageAccountType]

class DiskType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DISK_TYPE_UNSPECIFIED: _ClassVar[DiskType]
    DISK_TYPE_STANDARD_LRS: _ClassVar[DiskType]
    DISK_TYPE_STANDARD_SSD_LRS: _ClassVar[DiskType]
    DISK_TYPE_STANDARD_SSD_ZRS: _ClassVar[DiskType]
    DISK_TYPE_PREMIUM_LRS: _ClassVar[DiskType]
    DISK_TYPE_PREMIUM_ZRS: _ClassVar[DiskType]
    DISK_TYPE_PREMIUM_V2_LRS: _ClassVar[DiskType]
    DISK_TYPE_ULTRA_SSD_LRS: _ClassVar[DiskType]

class ProvisioningState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROVISIONING_STATE_UNSPECIFIED: _ClassVar[ProvisioningState]
    PROVISIONING_STATE_CREATING: _ClassVar[ProvisioningState]
    PROVISIONING_STATE_UPDATING: _ClassVar[ProvisioningState]
    PROVISIONING_STATE_FAILED: _ClassVar[ProvisioningState]
    PROVISIONING_STATE_SUCCEEDED: _ClassVar[ProvisioningState]
    PROVISIONING_STATE_DELETING: _ClassVar[ProvisioningState]
    PROVISIONING_STATE_MIGRATING: _ClassVar[ProvisioningState]
OS_TYPE_UNSPECIFIED: OsType
OS_TYPE_WINDOWS: OsType
OS_TYPE_LINUX: OsType
OS_STATE_UNSPECIFIED: OsState
OS_STATE_GENERALIZED: OsState
OS_STATE_SPECIALIZED: OsState
HYPER_V_GENERATION_UNSPECIFIED: HyperVGeneration
HYPER_V_GENERATION_V1: HyperVGeneration
HYPER_V_GENERATION_V2: HyperVGeneration
ARCHITECTURE_UNSPECIFIED: Architecture
ARCHITECTURE_X64: Architecture
ARCHITECTURE_ARM64: Architecture
STORAGE_ACCOUNT_TYPE_UNSPECIFIED: StorageAccountType
STORAGE_ACCOUNT_TYPE_STANDARD_LRS: StorageAccountType
STORAGE_ACCOUNT_TYPE_STANDARD_ZRS: StorageAccountType
STORAGE_ACCOUNT_TYPE_PREMIUM_LRS: StorageAccountType
DISK_TYPE_UNSPECIFIED: DiskType
DISK_TYPE_STANDARD_LRS: DiskType
DISK_TYPE_STANDARD_SSD_LRS: DiskType
DISK_TYPE_STANDARD_SSD_ZRS: DiskType
DISK_TYPE_PREMIUM_LRS: DiskType
DISK_TYPE_PREMIUM_ZRS: DiskType
DISK_TYPE_PREMIUM_V2_LRS: DiskType
DISK_TYPE_ULTRA_SSD_LRS: DiskType
PROVISIONING_STATE_UNSPECIFIED: ProvisioningState
PROVISIONING_STATE_CREATING: ProvisioningState
PROVISIONING_STATE_UPDATING: ProvisioningState
PROVISIONING_STATE_FAILED: ProvisioningState
PROVISIONING_STATE_SUCCEEDED: ProvisioningState
PROVISIONING_STATE_DELETING: ProvisioningState
PROVISIONING_STATE_MIGRATING: ProvisioningState

class Disk(_message.Message):
    __slots__ = ("sha256", "size_bytes", "occupied_bytes")
    SHA256_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    OCCUPIED_BYTES_FIELD_NUMBER: _ClassVar[int]
    sha256: str
    size_bytes: int
    occupied_bytes: int
    def __init__(self, sha256: _Optional[str] = ..., size_bytes: _Optional[int] = ..., occupied_bytes: _Optional[int] = ...) -> None: ...

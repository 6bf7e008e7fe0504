"""The resources of the catalog as the domain sees them.

Field names are those of the contract, so update-mask paths name attributes here.
"""

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

from imagegallery_server.domain.access import Role

T = TypeVar("T")


class OsType(StrEnum):
    WINDOWS = "Windows"
    LINUX = "Linux"


class OsState(StrEnum):
    GENERALIZED = "Generalized"
    SPECIALIZED = "Specialized"


class HyperVGeneration(StrEnum):
    V1 = "V1"
    V2 = "V2"


class Architecture(StrEnum):
    X64 = "x64"
    ARM64 = "Arm64"


class DiskType(StrEnum):
    STANDARD_LRS = "Standard_LRS"
    STANDARD_SSD_LRS = "StandardSSD_LRS"
    STANDARD_SSD_ZRS = "StandardSSD_ZRS"
    PREMIUM_LRS = "Premium_LRS"
    PREMIUM_ZRS = "Premium_ZRS"
    PREMIUM_V2_LRS = "PremiumV2_LRS"
    ULTRA_SSD_LRS = "UltraSSD_LRS"


class StorageAccountType(StrEnum):
    STANDARD_LRS = "Standard_LRS"
    STANDARD_ZRS = "Standard_ZRS"
    PREMIUM_LRS = "Premium_LRS"


class SecurityType(StrEnum):
    STANDARD = "Standard"
    TRUSTED_LAUNCH = "TrustedLaunch"
    TRUSTED_LAUNCH_SUPPORTED = "TrustedLaunchSupported"
    CONFIDENTIAL_VM = "ConfidentialVM"
    CONFIDENTIAL_VM_SUPPORTED = "ConfidentialVMSupported"
    TRUSTED_LAUNCH_AND_CONFIDENTIAL_VM_SUPPORTED = "TrustedLaunchAndConfidentialVmSupported"


class DiskControllerType(StrEnum):
    SCSI = "SCSI"
    NVME = "NVMe"


class ReplicationMode(StrEnum):
    FULL = "Full"
    SHALLOW = "Shallow"


class ProvisioningState(StrEnum):
    CREATING = "Creating"
    UPDATING = "Updating"
    FAILED = "Failed"
    SUCCEEDED = "Succeeded"
    DELETING = "Deleting"
    MIGRATING = "Migrating"


class GallerySharingPermission(StrEnum):
    PRIVATE = "Private"
    GROUPS = "Groups"
    COMMUNITY = "Community"


class SharingGroupType(StrEnum):
    SUBSCRIPTIONS = "Subscriptions"
    AAD_TENANTS = "AADTenants"


class SharingOperation(StrEnum):
    ADD = "Add"
    REMOVE = "Remove"
    RESET = "Reset"
    ENABLE_COMMUNITY = "EnableCommunity"


@dataclass
class SharingProfileGroup:
    type: SharingGroupType | None = None
    ids: list[str] = field(default_factory=list)


@dataclass
class CommunityGalleryInfo:
    publisher_uri: str = ""
    publisher_contact: str = ""
    eula: str = ""
    public_name_prefix: str = ""
    community_gallery_enabled: bool = False
    public_names: list[str] = field(default_factory=list)


@dataclass
class SharingProfile:
    permissions: GallerySharingPermission | None = None
    groups: list[SharingProfileGroup] = field(default_factory=list)
    community_gallery_info: CommunityGalleryInfo | None = None


@dataclass
class SoftDeletePolicy:
    is_soft_delete_enabled: bool = False
    retention_period_in_days: int = 0  # shown as the server's retention, never stored


@dataclass
class Gallery:
    name: str = ""
    location: str = ""
    description: str = ""
    tags: dict[str, str] = field(default_factory=dict)
    unique_name: str = ""
    provisioning_state: ProvisioningState | None = None
    etag: str = ""
    create_time: datetime | None = None
    update_time: datetime | None = None
    sharing_profile: SharingProfile | None = None
    soft_delete_policy: SoftDeletePolicy = field(default_factory=SoftDeletePolicy)


@dataclass
class ImageIdentifier:
    publisher: str = ""
    offer: str = ""
    sku: str = ""


@dataclass
class ResourceRange:
    min: int = 0
    max: int = 0


@dataclass
class RecommendedMachineConfiguration:
    v_cpus: ResourceRange = field(default_factory=ResourceRange)
    memory: ResourceRange = field(default_factory=ResourceRange)


@dataclass
class ImagePurchasePlan:
    name: str = ""
    publisher: str = ""
    product: str = ""


@dataclass
class ImageFeatures:
    """Azure's `features` of an image definition, one field per feature name;
    None: the feature is not declared."""

    security_type: SecurityType | None = None
    is_accelerated_network_supported: bool | None = None
    disk_controller_types: list[DiskControllerType] = field(default_factory=list)
    is_hibernate_supported: bool | None = None


@dataclass
class ImageDefinition:
    name: str = ""
    location: str = ""
    os_type: OsType | None = None
    os_state: OsState | None = None
    hyper_v_generation: HyperVGeneration | None = None
    architecture: Architecture | None = None
    identifier: ImageIdentifier = field(default_factory=ImageIdentifier)
    description: str = ""
    eula: str = ""
    privacy_statement_uri: str = ""
    release_note_uri: str = ""
    end_of_life_date: datetime | None = None
    recommended: RecommendedMachineConfiguration = field(
        default_factory=RecommendedMachineConfiguration
    )
    disallowed_disk_types: list[DiskType] = field(default_factory=list)
    purchase_plan: ImagePurchasePlan | None = None
    tags: dict[str, str] = field(default_factory=dict)
    provisioning_state: ProvisioningState | None = None
    etag: str = ""
    create_time: datetime | None = None
    update_time: datetime | None = None
    features: ImageFeatures | None = None
    allow_update_image: bool = False


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list; `next_after` is the key to continue after, or None at the end."""

    items: list[T]
    next_after: str | None


class ImageSourceKind(StrEnum):
    VHD = "vhds"
    SNAPSHOT = "snapshots"
    MANAGED_DISK = "disks"
    MANAGED_IMAGE = "images"
    VIRTUAL_MACHINE = "virtualMachines"

    @property
    def single_disk(self) -> bool:
        return self in (ImageSourceKind.VHD, ImageSourceKind.SNAPSHOT, ImageSourceKind.MANAGED_DISK)


class UploadState(StrEnum):
    RECEIVING = "Receiving"
    COMMITTED = "Committed"


class HostCaching(StrEnum):
    NONE = "None"
    READ_ONLY = "ReadOnly"
    READ_WRITE = "ReadWrite"


class ReplicationState(StrEnum):
    REPLICATING = "Replicating"
    COMPLETED = "Completed"
    FAILED = "Failed"


class AggregatedReplicationState(StrEnum):
    IN_PROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"


@dataclass
class Disk:
    sha256: str = ""
    size_bytes: int = 0
    occupied_bytes: int = 0


@dataclass
class Upload:
    name: str = ""
    location: str = ""
    size_bytes: int = 0
    received_bytes: int = 0
    state: UploadState | None = None
    disk: Disk | None = None
    expire_time: datetime | None = None
    create_time: datetime | None = None


@dataclass
class SourceDisk:
    upload: str = ""
    lun: int = 0
    disk: Disk | None = None


@dataclass
class ImageSource:
    name: str = ""
    location: str = ""
    kind: ImageSourceKind | None = None
    os_type: OsType | None = None
    os_state: OsState | None = None
    hyper_v_generation: HyperVGeneration | None = None
    os_disk: SourceDisk | None = None
    data_disks: list[SourceDisk] = field(default_factory=list)
    tags: dict[str, str] = field(default_factory=dict)
    provisioning_state: ProvisioningState | None = None
    etag: str = ""
    create_time: datetime | None = None


@dataclass
class TargetRegion:
    name: str = ""
    regional_replica_count: int = 0
    storage_account_type: StorageAccountType | None = None
    exclude_from_latest: bool = False


@dataclass
class PublishingProfile:
    target_regions: list[TargetRegion] = field(default_factory=list)
    replica_count: int = 0
    exclude_from_latest: bool = False
    published_date: datetime | None = None
    end_of_life_date: datetime | None = None
    storage_account_type: StorageAccountType | None = None
    replication_mode: ReplicationMode | None = None


@dataclass
class DiskImage:
    source: str = ""
    lun: int = 0
    host_caching: HostCaching | None = None
    size_in_gb: int = 0
    disk: Disk | None = None


@dataclass
class StorageProfile:
    source: str = ""
    os_disk_image: DiskImage | None = None
    data_disk_images: list[DiskImage] = field(default_factory=list)


@dataclass
class SafetyProfile:
    allow_deletion_of_replicated_locations: bool = False
    block_deletion_before_end_of_life: bool = False


@dataclass
class RegionalReplicationStatus:
    region: str = ""
    state: ReplicationState | None = None
    details: str = ""
    progress: int = 0
    bytes_copied: int = 0
    bytes_total: int = 0
    bytes_per_second: int = 0
    eta_seconds: int = 0
    replicas_completed: int = 0
    replica_count: int = 0
    replicas_available: int = 0
    zones_down: list[str] = field(default_factory=list)


@dataclass
class ReplicationStatus:
    aggregated_state: AggregatedReplicationState | None = None
    summary: list[RegionalReplicationStatus] = field(default_factory=list)
    replication_mode: ReplicationMode | None = None


@dataclass
class ImageVersion:
    name: str = ""
    location: str = ""
    publishing_profile: PublishingProfile = field(default_factory=PublishingProfile)
    storage_profile: StorageProfile = field(default_factory=StorageProfile)
    safety_profile: SafetyProfile = field(default_factory=SafetyProfile)
    tags: dict[str, str] = field(default_factory=dict)
    provisioning_state: ProvisioningState | None = None
    replication_status: ReplicationStatus | None = None
    etag: str = ""
    create_time: datetime | None = None
    update_time: datetime | None = None


@dataclass
class SharedGallery:
    """A gallery as those it is shared with read it (no owner names)."""

    name: str = ""
    location: str = ""
    unique_id: str = ""


@dataclass
class SharedImageVersion:
    """An image version as those its gallery is shared with read it."""

    name: str = ""
    location: str = ""
    published_date: datetime | None = None
    end_of_life_date: datetime | None = None
    exclude_from_latest: bool = False


class SoftDeletedArtifactType(StrEnum):
    IMAGES = "Images"


@dataclass
class SoftDeletedResource:
    """A soft-deleted image version, as ListSoftDeletedResources answers it."""

    resource_arm_id: str = ""
    soft_deleted_artifact_type: SoftDeletedArtifactType = SoftDeletedArtifactType.IMAGES
    soft_deleted_time: datetime | None = None
    hard_deletion_target_time: datetime | None = None
    image_version: ImageVersion | None = None


class PrincipalType(StrEnum):
    USER = "User"
    SERVICE_PRINCIPAL = "ServicePrincipal"
    GROUP = "Group"


@dataclass
class Tenant:
    name: str = ""
    display_name: str = ""
    create_time: datetime | None = None


@dataclass
class Subscription:
    name: str = ""
    tenant: str = ""
    display_name: str = ""
    allowed_regions: list[str] = field(default_factory=list)
    create_time: datetime | None = None


@dataclass
class Principal:
    name: str = ""
    type: PrincipalType | None = None
    display_name: str = ""
    administrator: bool = False
    members: list[str] = field(default_factory=list)
    create_time: datetime | None = None


@dataclass
class Token:
    name: str = ""
    expire_time: datetime | None = None
    revoke_time: datetime | None = None
    create_time: datetime | None = None


@dataclass
class RoleAssignment:
    name: str = ""
    scope: str = ""
    principal: str = ""
    role: Role | None = None
    create_time: datetime | None = None


@dataclass
class AuditRecord:
    time: datetime | None = None
    principal: str = ""
    method: str = ""
    resource: str = ""
    outcome: str = ""
    request_id: str = ""

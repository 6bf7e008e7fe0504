"""The resources of the catalog as the domain sees them.

Field names are those of the contract, so update-mask paths name attributes here.
"""

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

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


class ProvisioningState(StrEnum):
    CREATING = "Creating"
    UPDATING = "Updating"
    FAILED = "Failed"
    SUCCEEDED = "Succeeded"
    DELETING = "Deleting"
    MIGRATING = "Migrating"


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


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list; `next_after` is the key to continue after, or None at the end."""

    items: list[T]
    next_after: str | None

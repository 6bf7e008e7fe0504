"""An image definition's security features (Azure's `features`): their rules when
a definition is created or updated, what they allow a virtual machine, and how
two definitions' features compare when a scale set switches images."""

from enum import StrEnum
from typing import Protocol

from imagegallery_server.domain.errors import Violations
from imagegallery_server.domain.model import (
    DiskControllerType,
    HyperVGeneration,
    ImageDefinition,
    ImageFeatures,
    SecurityType,
)

FIELD = "image_definition.features"


class VirtualMachineSecurityType(StrEnum):
    STANDARD = "Standard"
    TRUSTED_LAUNCH = "TrustedLaunch"
    CONFIDENTIAL_VM = "ConfidentialVM"


_VM = VirtualMachineSecurityType
# The security types of the virtual machines each SecurityType allows (Azure's
# table: "…Supported" images also make Standard generation 2 machines).
ALLOWED_VMS: dict[SecurityType, frozenset[VirtualMachineSecurityType]] = {
    SecurityType.STANDARD: frozenset({_VM.STANDARD}),
    SecurityType.TRUSTED_LAUNCH: frozenset({_VM.TRUSTED_LAUNCH}),
    SecurityType.TRUSTED_LAUNCH_SUPPORTED: frozenset({_VM.STANDARD, _VM.TRUSTED_LAUNCH}),
    SecurityType.CONFIDENTIAL_VM: frozenset({_VM.CONFIDENTIAL_VM}),
    SecurityType.CONFIDENTIAL_VM_SUPPORTED: frozenset({_VM.STANDARD, _VM.CONFIDENTIAL_VM}),
    SecurityType.TRUSTED_LAUNCH_AND_CONFIDENTIAL_VM_SUPPORTED: frozenset(_VM),
}


class AskedFeatures(Protocol):
    """What a virtual machine about to be made asks of its image."""

    security_type: VirtualMachineSecurityType | None
    accelerated_networking: bool
    disk_controller_type: DiskControllerType | None
    hibernation_enabled: bool


def check(definition: ImageDefinition, v: Violations) -> None:
    """Azure's rules for a definition's features: Trusted Launch and confidential
    VM types, and NVMe, need Hyper-V generation V2; DiskControllerTypes is SCSI,
    or SCSI and NVMe."""
    features = definition.features
    if features is None:
        return
    v1 = (definition.hyper_v_generation or HyperVGeneration.V1) is HyperVGeneration.V1
    security = features.security_type
    if v1 and security not in (None, SecurityType.STANDARD):
        v.add(
            f"{FIELD}.security_type",
            "FEATURE_NEEDS_GENERATION_V2",
            f"SecurityType {security} needs Hyper-V generation V2, and the definition is "
            "V1: Trusted Launch and confidential virtual machines run on generation 2 only; "
            "set hyper_v_generation to V2",
        )
    controllers = features.disk_controller_types
    path = f"{FIELD}.disk_controller_types"
    for index, controller in enumerate(controllers):
        if controller in controllers[:index]:
            v.add(f"{path}[{index}]", "DUPLICATE_VALUE", f"{controller} is listed twice")
    if controllers and DiskControllerType.SCSI not in controllers:
        v.add(path, "FIELD_INVALID", "DiskControllerTypes is SCSI, or SCSI and NVMe")
    if v1 and DiskControllerType.NVME in controllers:
        v.add(
            path,
            "FEATURE_NEEDS_GENERATION_V2",
            "the NVMe disk controller needs Hyper-V generation V2, and the definition is V1",
        )


def check_change(current: ImageDefinition, updated: ImageDefinition, v: Violations) -> None:
    """Features change only when the update sets allow_update_image (Azure's
    allowUpdateImage), and then follow the rules of a create."""
    if effective(current.features) == effective(updated.features):
        return
    if not updated.allow_update_image:
        v.add(
            FIELD,
            "FEATURES_UPDATE_NOT_ALLOWED",
            "the features of an image definition change only when the update sets "
            "allow_update_image to true",
        )
    check(updated, v)


def effective(features: ImageFeatures | None) -> dict[str, str]:
    """Each feature by its Azure name, valued as Azure spells it; an undeclared
    SecurityType is Standard and undeclared DiskControllerTypes SCSI, as their
    meaning is, and an undeclared yes-or-no feature is left out."""
    features = features or ImageFeatures()
    controllers = set(features.disk_controller_types or [DiskControllerType.SCSI])
    values = {
        "SecurityType": features.security_type or SecurityType.STANDARD,
        "IsAcceleratedNetworkSupported": features.is_accelerated_network_supported,
        "DiskControllerTypes": ", ".join(c for c in DiskControllerType if c in controllers),
        "IsHibernateSupported": features.is_hibernate_supported,
    }
    return {name: str(value) for name, value in values.items() if value is not None}


def check_vm(definition: ImageDefinition, vm: AskedFeatures, v: Violations) -> None:
    """What the definition's features refuse of the virtual machine, each naming
    the feature at fault."""
    features = definition.features or ImageFeatures()
    security = features.security_type or SecurityType.STANDARD
    asked = vm.security_type or VirtualMachineSecurityType.STANDARD
    if asked not in ALLOWED_VMS[security]:
        allowed = ", ".join(sorted(ALLOWED_VMS[security]))
        v.add(
            "vm.security_type",
            "FEATURE_NOT_SUPPORTED",
            f"the image definition {definition.name} has the feature SecurityType={security}, "
            f"which allows {allowed} virtual machines only, not {asked}",
        )
    if vm.accelerated_networking and features.is_accelerated_network_supported is False:
        v.add(
            "vm.accelerated_networking",
            "FEATURE_NOT_SUPPORTED",
            f"the image definition {definition.name} has the feature "
            "IsAcceleratedNetworkSupported=False; create the virtual machine without "
            "accelerated networking",
        )
    controllers = features.disk_controller_types or [DiskControllerType.SCSI]
    if vm.disk_controller_type is not None and vm.disk_controller_type not in controllers:
        v.add(
            "vm.disk_controller_type",
            "FEATURE_NOT_SUPPORTED",
            f"the image definition {definition.name} has the feature DiskControllerTypes="
            f"{', '.join(controllers)}, which lacks {vm.disk_controller_type}",
        )
    if vm.hibernation_enabled and not features.is_hibernate_supported:
        v.add(
            "vm.hibernation_enabled",
            "FEATURE_NOT_SUPPORTED",
            f"the image definition {definition.name} lacks the feature "
            "IsHibernateSupported=True, which a virtual machine with hibernation needs",
        )


def differences(current: ImageDefinition, target: ImageDefinition) -> list[tuple[str, str, str]]:
    """(field, current value, target value) of each feature the two differ on;
    "none" for a feature one of them does not declare."""
    before, after = effective(current.features), effective(target.features)
    return [
        (f"features.{_FIELDS[name]}", before.get(name, "none"), after.get(name, "none"))
        for name in _FIELDS
        if before.get(name) != after.get(name)
    ]


_FIELDS = {
    "SecurityType": "security_type",
    "IsAcceleratedNetworkSupported": "is_accelerated_network_supported",
    "DiskControllerTypes": "disk_controller_types",
    "IsHibernateSupported": "is_hibernate_supported",
}

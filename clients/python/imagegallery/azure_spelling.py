"""Enum values and field names as Azure spells them, from the protos' own names:
OS_TYPE_LINUX is "Linux", STORAGE_ACCOUNT_TYPE_STANDARD_ZRS "Standard_ZRS", the
field ``v_cpus`` "vCPUs". What az prints and Azure Resource Manager's JSON both use."""

import re

from google.protobuf.descriptor import EnumDescriptor, FieldDescriptor

# Where title case of the proto name does not give Azure's spelling.
_VALUES = {
    "StorageAccountType": {
        "STANDARD_LRS": "Standard_LRS",
        "STANDARD_ZRS": "Standard_ZRS",
        "PREMIUM_LRS": "Premium_LRS",
    },
    "DiskType": {
        "STANDARD_LRS": "Standard_LRS",
        "STANDARD_SSD_LRS": "StandardSSD_LRS",
        "STANDARD_SSD_ZRS": "StandardSSD_ZRS",
        "PREMIUM_LRS": "Premium_LRS",
        "PREMIUM_ZRS": "Premium_ZRS",
        "PREMIUM_V2_LRS": "PremiumV2_LRS",
        "ULTRA_SSD_LRS": "UltraSSD_LRS",
    },
    "Architecture": {"X64": "x64", "ARM64": "Arm64"},
    "SecurityType": {
        "CONFIDENTIAL_VM": "ConfidentialVM",
        "CONFIDENTIAL_VM_SUPPORTED": "ConfidentialVMSupported",
    },
    "DiskControllerType": {"SCSI": "SCSI", "NVME": "NVMe"},
}
_FIELDS = {"v_cpus": "vCPUs", "size_in_gb": "sizeInGB"}


def _prefix(enum: EnumDescriptor) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", enum.name).upper() + "_"


def comparable(text: str) -> str:
    """`text` with case, '_', '-' and spaces ignored, as Azure reads enum values."""
    return re.sub(r"[-_ ]", "", text).lower()


def enum_label(enum: EnumDescriptor, number: int) -> str:
    """A value as Azure spells it; '' for the unset value (0)."""
    value = enum.values_by_number.get(number)
    if value is None or number == 0:
        return "" if number == 0 else str(number)
    short = value.name.removeprefix(_prefix(enum))
    spelled = _VALUES.get(enum.name, {}).get(short)
    return spelled or "".join(part.capitalize() for part in short.split("_"))


def enum_labels(enum: EnumDescriptor) -> list[str]:
    return [enum_label(enum, v.number) for v in enum.values if v.number]


def enum_number(enum: EnumDescriptor, text: str) -> int | None:
    """The value `text` names: Azure's spelling or the proto name, case, '_' and
    '-' ignored; None when it names none."""
    wanted = comparable(text)
    for value in enum.values:
        if value.number and wanted in {
            comparable(value.name),
            comparable(value.name.removeprefix(_prefix(enum))),
            comparable(enum_label(enum, value.number)),
        }:
            return value.number
    return None


def field_name(field: FieldDescriptor) -> str:
    """The field's key in Azure's JSON: its JSON name, but for Azure's own capitals."""
    return _FIELDS.get(field.name, field.json_name)

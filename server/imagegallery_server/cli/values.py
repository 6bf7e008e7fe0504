"""Flag values as `az sig` takes them: enums in Azure's spelling, dates, tags,
booleans and target regions."""

import argparse
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypeVar, cast

from google.protobuf.descriptor import EnumDescriptor
from google.protobuf.timestamp_pb2 import Timestamp
from imagegallery.v1 import common_pb2

# Azure's spellings where the proto names do not give them by title case.
_AZURE_SPELLING = {
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
}


def _prefix(enum: EnumDescriptor) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", enum.name).upper() + "_"


def _key(text: str) -> str:
    return re.sub(r"[-_ ]", "", text).lower()


def enum_label(enum: EnumDescriptor, number: int) -> str:
    """A value as Azure spells it: OS_TYPE_LINUX → Linux, STORAGE_ACCOUNT_TYPE_STANDARD_ZRS
    → Standard_ZRS, AGGREGATED_REPLICATION_STATE_IN_PROGRESS → InProgress; '' when unset."""
    value = enum.values_by_number.get(number)
    if value is None or number == 0:
        return "" if number == 0 else str(number)
    short = value.name.removeprefix(_prefix(enum))
    spelled = _AZURE_SPELLING.get(enum.name, {}).get(short)
    return spelled or "".join(part.capitalize() for part in short.split("_"))


def enum_labels(enum: EnumDescriptor) -> list[str]:
    return [enum_label(enum, v.number) for v in enum.values if v.number]


E = TypeVar("E", bound=int)


def enum_value(kind: type[E], number: int | None) -> E:
    """`number` (None: unset) as the generated stubs type a value of the enum `kind`:
    an int at run time, where `kind` is no class to make one with."""
    return cast(E, number or 0)


class EnumType:
    """An argparse type: Azure's spelling, case and '_'/'-' ignored, or the proto name."""

    def __init__(self, enum: EnumDescriptor) -> None:
        self.enum = enum
        self.__name__ = enum.name  # argparse names the type in its messages

    def __call__(self, text: str) -> int:
        wanted = _key(text)
        for value in self.enum.values:
            if not value.number:
                continue
            names = (value.name, value.name.removeprefix(_prefix(self.enum)))
            if wanted in {_key(n) for n in names} or wanted == _key(
                enum_label(self.enum, value.number)
            ):
                return value.number
        raise argparse.ArgumentTypeError(
            f"invalid choice {text!r} (choose from {', '.join(enum_labels(self.enum))})"
        )

    @property
    def metavar(self) -> str:
        return "{" + ",".join(enum_labels(self.enum)) + "}"


def enum_argument(
    parser: argparse._ActionsContainer, flag: str, enum: EnumDescriptor, **options: Any
) -> None:
    kind = EnumType(enum)
    parser.add_argument(flag, type=kind, metavar=kind.metavar, **options)


def timestamp(text: str) -> Timestamp:
    """An ISO 8601 time; a date alone gets T12:59:59Z, as az appends."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            moment = datetime.combine(date.fromisoformat(text), datetime.min.time()).replace(
                hour=12, minute=59, second=59, tzinfo=UTC
            )
        else:
            moment = datetime.fromisoformat(text)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date (2030-12-31) or time (2030-12-31T23:00:00Z)"
        ) from None
    result = Timestamp()
    result.FromDatetime(moment.astimezone(UTC))
    return result


timestamp.__name__ = "date"


def boolean(text: str) -> bool:
    """true/false as az's three-state flags take them."""
    lowered = text.strip().lower()
    if lowered in {"true", "yes", "y", "1", "on"}:
        return True
    if lowered in {"false", "no", "n", "0", "off"}:
        return False
    raise argparse.ArgumentTypeError(f"{text!r} is not true or false")


boolean.__name__ = "boolean"


def boolean_argument(parser: argparse._ActionsContainer, *flags: str, help: str) -> None:
    """`--flag` alone is true; `--flag true|false` says which."""
    parser.add_argument(
        *flags, type=boolean, nargs="?", const=True, metavar="{true,false}", help=help
    )


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is negative")
    return value


positive.__name__ = "number"


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be more than 0 seconds")
    return value


seconds.__name__ = "seconds"


def tags(values: list[str] | None) -> dict[str, str] | None:
    """`k=v k2=v2` (a key alone has an empty value; `--tags ""` clears), or None
    when the flag was not given."""
    if values is None:
        return None
    result = {}
    for item in values:
        if not item:
            continue
        key, _, value = item.partition("=")
        result[key] = value
    return result


def tags_argument(parser: argparse._ActionsContainer) -> None:
    parser.add_argument(
        "--tags",
        nargs="*",
        metavar="KEY[=VALUE]",
        help='space-separated tags; "" clears them',
    )


@dataclass(frozen=True)
class TargetRegion:
    name: str
    replica_count: int | None
    storage_account_type: int | None


_STORAGE_TYPES = common_pb2.StorageAccountType.DESCRIPTOR


def _storage_type(text: str) -> int | None:
    wanted = text.lower()
    for value in _STORAGE_TYPES.values:
        if value.number and enum_label(_STORAGE_TYPES, value.number).lower() == wanted:
            return value.number
    return None


def target_region(text: str) -> TargetRegion:
    """`region[=count][=sku]`, split as az splits it: on '=' at most twice; a
    second part that is no integer is a storage account type."""
    choices = ", ".join(enum_labels(_STORAGE_TYPES))
    parts = text.split("=", 2)
    count: int | None = None
    storage: int | None = None
    if len(parts) == 2:
        try:
            count = int(parts[1])
        except ValueError:
            storage = _storage_type(parts[1])
            if storage is None:
                raise argparse.ArgumentTypeError(
                    f"usage error: {text} is an invalid target region argument. The second "
                    "part is neither an integer replica count or a valid storage account "
                    f"type. Storage account types must be one of {choices}."
                ) from None
    elif len(parts) == 3:
        try:
            count = int(parts[1])
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"usage error: {text} is an invalid target region argument. The second part "
                "must be a valid integer replica count."
            ) from None
        storage = _storage_type(parts[2])
        if storage is None:
            raise argparse.ArgumentTypeError(
                f"usage error: {text} is an invalid target region argument. The third part "
                f"must be a valid storage account type. Storage account types must be one "
                f"of {choices}."
            )
    return TargetRegion(parts[0], count, storage)


target_region.__name__ = "target region"

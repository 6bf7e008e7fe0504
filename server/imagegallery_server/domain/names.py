"""Resource names: Azure resource IDs, parsed without regard to case.

A name keeps the spelling it was created with; its `key` (lower case) is what
identifies it.
"""

import functools
import re
from dataclasses import dataclass

from imagegallery_server.domain.errors import InvalidArgument, Violation

PROVIDER = "Microsoft.Compute"
# Parsing is kept for the names read most (every Get parses one); bounded memory.
PARSED_NAMES_KEPT = 4096
_SUBSCRIPTION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,63}$")
# Azure: letters, digits, "_", "-", ".", "(" and ")", up to 90, not ending with ".".
_RESOURCE_GROUP = re.compile(r"^[A-Za-z0-9_.()-]{0,89}[A-Za-z0-9_()-]$")


@dataclass(frozen=True)
class ResourceGroupName:
    subscription: str
    resource_group: str

    def __str__(self) -> str:
        return f"/subscriptions/{self.subscription}/resourceGroups/{self.resource_group}"


@dataclass(frozen=True)
class GalleryName:
    resource_group: ResourceGroupName
    gallery: str

    @property
    def subscription(self) -> str:
        return self.resource_group.subscription

    def __str__(self) -> str:
        return f"{self.resource_group}/providers/{PROVIDER}/galleries/{self.gallery}"


@dataclass(frozen=True)
class ImageDefinitionName:
    gallery_name: GalleryName
    image: str

    @property
    def subscription(self) -> str:
        return self.gallery_name.subscription

    def __str__(self) -> str:
        return f"{self.gallery_name}/images/{self.image}"


@dataclass(frozen=True)
class ImageVersionName:
    definition_name: ImageDefinitionName
    version: str

    @property
    def subscription(self) -> str:
        return self.definition_name.subscription

    def __str__(self) -> str:
        return f"{self.definition_name}/versions/{self.version}"


@dataclass(frozen=True)
class ChildName:
    """A resource directly under a resource group's provider: an upload, or an
    image source whose collection is its kind (snapshots, disks, ...)."""

    resource_group: ResourceGroupName
    collection: str
    name: str

    @property
    def subscription(self) -> str:
        return self.resource_group.subscription

    def __str__(self) -> str:
        return f"{self.resource_group}/providers/{PROVIDER}/{self.collection}/{self.name}"


def key(name: object) -> str:
    """The case-folded identity of a resource name."""
    return str(name).lower()


@dataclass(frozen=True)
class GalleryListScope:
    """What a gallery list covers: a resource group, a subscription, or everything."""

    subscription: str | None
    resource_group: ResourceGroupName | None


def parse_resource_group(text: str, field: str) -> ResourceGroupName:
    parts = _segments(text, field, ["subscriptions", "resourcegroups"])
    return _resource_group(parts, text, field)


@functools.lru_cache(maxsize=PARSED_NAMES_KEPT)
def parse_gallery(text: str, field: str) -> GalleryName:
    parts = _segments(text, field, ["subscriptions", "resourcegroups", "providers", "galleries"])
    return _gallery(parts, text, field)


@functools.lru_cache(maxsize=PARSED_NAMES_KEPT)
def parse_image_definition(text: str, field: str) -> ImageDefinitionName:
    keywords = ["subscriptions", "resourcegroups", "providers", "galleries", "images"]
    parts = _segments(text, field, keywords)
    return ImageDefinitionName(_gallery(parts, text, field), parts[3])


@functools.lru_cache(maxsize=PARSED_NAMES_KEPT)
def parse_image_version(text: str, field: str) -> ImageVersionName:
    keywords = ["subscriptions", "resourcegroups", "providers", "galleries", "images", "versions"]
    parts = _segments(text, field, keywords)
    definition = ImageDefinitionName(_gallery(parts, text, field), parts[3])
    return ImageVersionName(definition, parts[4])


def is_image_version(text: str) -> bool:
    return "/versions/" in text.lower()


def parse_child(text: str, field: str, collections: list[str]) -> ChildName:
    """A name ending in /providers/Microsoft.Compute/{collection}/{name}, the
    collection one of `collections` (matched without regard to case)."""
    segments = text.strip("/").split("/") if text else []
    by_lower = {c.lower(): c for c in collections}
    if len(segments) == 8 and segments[6].lower() in by_lower:
        keywords = ["subscriptions", "resourcegroups", "providers", segments[6].lower()]
        parts = _segments(text, field, keywords)
        return ChildName(
            _resource_group(parts, text, field), by_lower[segments[6].lower()], parts[2]
        )
    form = f"/subscriptions/{{subscription}}/resourceGroups/{{resourceGroup}}/providers/{PROVIDER}"
    raise _bad_name(text, field, f"{form}/{{{'|'.join(collections)}}}/{{name}}")


def parse_gallery_list_scope(text: str, field: str) -> GalleryListScope:
    """ "/subscriptions/{s}/resourceGroups/{rg}", "/subscriptions/{s}" or "/subscriptions/-"."""
    segments = text.strip("/").split("/")
    if len(segments) == 2 and segments[0].lower() == "subscriptions":
        subscription = segments[1]
        if subscription == "-":
            return GalleryListScope(None, None)
        _check(_SUBSCRIPTION, subscription, text, field)
        return GalleryListScope(subscription, None)
    if len(segments) == 4 and segments[2].lower() == "resourcegroups" and segments[3] == "-":
        return parse_gallery_list_scope("/".join(segments[:2]), field)
    try:
        return GalleryListScope(None, parse_resource_group(text, field))
    except InvalidArgument:
        description = (
            f"{text!r} is not /subscriptions/{{subscription}}/resourceGroups/{{resourceGroup}}, "
            "/subscriptions/{subscription} or /subscriptions/-"
        )
        raise InvalidArgument([Violation(field, "INVALID_RESOURCE_NAME", description)]) from None


_SPELLING = {
    "subscriptions": "/subscriptions/{subscription}",
    "resourcegroups": "/resourceGroups/{resourceGroup}",
    "providers": f"/providers/{PROVIDER}",
    "galleries": "/galleries/{gallery}",
    "images": "/images/{image}",
    "versions": "/versions/{version}",
}


def _segments(text: str, field: str, keywords: list[str]) -> list[str]:
    """The values after each keyword of `text`, checking the keywords."""
    segments = text.strip("/").split("/") if text else []
    if len(segments) != len(keywords) * 2:
        raise _not_of_form(text, field, keywords)
    values = []
    for index, keyword in enumerate(keywords):
        found, value = segments[2 * index].lower(), segments[2 * index + 1]
        if found != keyword or not value:
            raise _not_of_form(text, field, keywords)
        if keyword == "providers":
            if value.lower() != PROVIDER.lower():
                raise _not_of_form(text, field, keywords)
            continue
        values.append(value)
    return values


def _not_of_form(text: str, field: str, keywords: list[str]) -> InvalidArgument:
    expected_form = "".join(_SPELLING.get(k, f"/{k}/{{name}}") for k in keywords)
    return _bad_name(text, field, expected_form)


def _resource_group(parts: list[str], text: str, field: str) -> ResourceGroupName:
    subscription, resource_group = parts[0], parts[1]
    _check(_SUBSCRIPTION, subscription, text, field)
    _check(_RESOURCE_GROUP, resource_group, text, field)
    return ResourceGroupName(subscription, resource_group)


def _gallery(parts: list[str], text: str, field: str) -> GalleryName:
    return GalleryName(_resource_group(parts, text, field), parts[2])


def _check(pattern: re.Pattern[str], value: str, text: str, field: str) -> None:
    # "-" stands for every resource group or subscription in a list's parent (AIP-159).
    if not pattern.fullmatch(value) or not value.isascii() or value == "-":
        what = "subscription id" if pattern is _SUBSCRIPTION else "resource group name"
        description = f"{value!r} in {text!r} is not a valid {what}"
        raise InvalidArgument([Violation(field, "INVALID_RESOURCE_NAME", description)])


def _bad_name(text: str, field: str, expected_form: str) -> InvalidArgument:
    description = f"{text!r} is not a resource name of the form {expected_form}"
    return InvalidArgument([Violation(field, "INVALID_RESOURCE_NAME", description)])

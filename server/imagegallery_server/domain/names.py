"""Resource names: every kind the server reads, parsed and formatted here.

Two grammars. Azure resource IDs (/subscriptions/{s}/resourceGroups/{rg}/...) are
read without regard to case, as Azure reads them, and formatted in Azure's
spelling. The server's own names (tenants/{t}/principals/{p}/tokens/{id},
operations/{id}) are written exactly, each id an ID_PATTERN.

A name keeps the spelling it was created with; its `key` (lower case) is what
identifies it.
"""

import contextlib
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from imagegallery_server.domain.errors import InvalidArgument, Violation

PROVIDER = "Microsoft.Compute"
# Parsing is kept for the names read most (every Get parses one); bounded memory.
PARSED_NAMES_KEPT = 4096
# Subscription, tenant, principal, token and operation ids.
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,63}")
ID_RULE = "letters, digits and '-', starting with a letter or digit, at most 64 characters"
# Azure: letters, digits, "_", "-", ".", "(" and ")", up to 90, not ending with ".".
_RESOURCE_GROUP = re.compile(r"[A-Za-z0-9_.()-]{0,89}[A-Za-z0-9_()-]")
# "-" stands for every subscription or resource group in a list's parent (AIP-159).
EVERY = "-"
EVERY_SUBSCRIPTION = f"/subscriptions/{EVERY}"
ROLE_ASSIGNMENTS = "/providers/Microsoft.Authorization/roleAssignments/"
SHOWN_CHARACTERS = 300  # of a refused name, in the refusal
N = TypeVar("N")


class _SpelledOnce:
    """A name whose text is formatted once and kept: parsed names are cached, and
    every read formats the name it parsed to look it up."""

    def __str__(self) -> str:
        text: str | None = self.__dict__.get("_text")
        if text is None:
            text = self._spell()
            self.__dict__["_text"] = text  # frozen: not a field, set beside them
        return text

    def _spell(self) -> str:
        raise NotImplementedError


@dataclass(frozen=True)
class SubscriptionName:
    subscription: str

    def __str__(self) -> str:
        return f"/subscriptions/{self.subscription}"


@dataclass(frozen=True)
class ResourceGroupName(_SpelledOnce):
    subscription: str
    resource_group: str

    def _spell(self) -> str:
        return f"/subscriptions/{self.subscription}/resourceGroups/{self.resource_group}"


@dataclass(frozen=True)
class GalleryName(_SpelledOnce):
    resource_group: ResourceGroupName
    gallery: str

    @property
    def subscription(self) -> str:
        return self.resource_group.subscription

    def _spell(self) -> str:
        return f"{self.resource_group}/providers/{PROVIDER}/galleries/{self.gallery}"


@dataclass(frozen=True)
class ImageDefinitionName(_SpelledOnce):
    gallery_name: GalleryName
    image: str

    @property
    def subscription(self) -> str:
        return self.gallery_name.subscription

    def _spell(self) -> str:
        return f"{self.gallery_name}/images/{self.image}"


@dataclass(frozen=True)
class ImageVersionName(_SpelledOnce):
    definition_name: ImageDefinitionName
    version: str

    @property
    def subscription(self) -> str:
        return self.definition_name.subscription

    def _spell(self) -> str:
        return f"{self.definition_name}/versions/{self.version}"


@dataclass(frozen=True)
class LocationName(_SpelledOnce):
    """A location of a subscription, under which it reads what is shared with it."""

    subscription: str
    location: str

    def _spell(self) -> str:
        return f"/subscriptions/{self.subscription}/providers/{PROVIDER}/locations/{self.location}"


@dataclass(frozen=True)
class SharedGalleryName(_SpelledOnce):
    """A gallery as a subscription it is shared with reads it, by its unique name."""

    location_name: LocationName
    gallery: str  # the gallery's unique name

    def _spell(self) -> str:
        return f"{self.location_name}/sharedGalleries/{self.gallery}"


@dataclass(frozen=True)
class CommunityGalleryName:
    """A community gallery, by its public name: the same for every caller."""

    public_name: str

    def __str__(self) -> str:
        return f"/communityGalleries/{self.public_name}"


# A shared or community gallery, or an image or version under one.
PublicGallery = SharedGalleryName | CommunityGalleryName


@dataclass(frozen=True)
class SharedImageName:
    """An image definition, or with `version` an image version, of a shared or
    community gallery."""

    gallery_name: PublicGallery
    image: str
    version: str = ""

    def __str__(self) -> str:
        name = f"{self.gallery_name}/images/{self.image}"
        return f"{name}/versions/{self.version}" if self.version else name


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


@dataclass(frozen=True)
class TenantName:
    tenant: str

    def __str__(self) -> str:
        return f"tenants/{self.tenant}"


@dataclass(frozen=True)
class PrincipalName:
    tenant_name: TenantName
    principal: str

    def __str__(self) -> str:
        return f"{self.tenant_name}/principals/{self.principal}"


@dataclass(frozen=True)
class MembershipName:
    """A principal's place in a group, kept under the member."""

    group: PrincipalName
    member: PrincipalName

    def __str__(self) -> str:
        return f"{self.group}/members/{self.member.principal}"


@dataclass(frozen=True)
class TokenName:
    principal_name: PrincipalName
    token: str

    def __str__(self) -> str:
        return f"{self.principal_name}/tokens/{self.token}"


@dataclass(frozen=True)
class OperationName:
    operation: str

    def __str__(self) -> str:
        return f"operations/{self.operation}"


# Where roles are assigned, and what a watch or a scrub covers (also versions).
Scope = SubscriptionName | ResourceGroupName | GalleryName | ImageDefinitionName
WatchScope = Scope | ImageVersionName


@dataclass(frozen=True)
class RoleAssignmentName:
    scope: Scope
    assignment: str

    def __str__(self) -> str:
        return f"{self.scope}{ROLE_ASSIGNMENTS}{self.assignment}"


@dataclass(frozen=True)
class GalleryListScope:
    """What a gallery list covers: a resource group, a subscription, or everything."""

    subscription: str | None
    resource_group: ResourceGroupName | None


def key(name: object) -> str:
    """The case-folded identity of a resource name."""
    return str(name).lower()


def parse_subscription(text: str, field: str) -> SubscriptionName:
    (subscription,) = _segments(text, field, ["subscriptions"])
    _check(ID_PATTERN, subscription, text, field)
    return SubscriptionName(subscription)


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
    # Versions far outnumber the names kept: one not kept shares its definition's
    # parse (few definitions, all kept), so it costs a split, not a full parse.
    parent, keyword, version = _last_segment(text.strip("/"))
    if keyword.lower() == "versions" and version and parent and not parent.endswith("/"):
        with contextlib.suppress(InvalidArgument):  # refused below, in the version's form
            return ImageVersionName(parse_image_definition(parent, field), version)
    keywords = ["subscriptions", "resourcegroups", "providers", "galleries", "images", "versions"]
    parts = _segments(text, field, keywords)
    definition = ImageDefinitionName(_gallery(parts, text, field), parts[3])
    return ImageVersionName(definition, parts[4])


_SHARED = ["subscriptions", "providers", "locations", "sharedgalleries"]
_COMMUNITY = ["communitygalleries"]
_UNDER_GALLERY = ["images", "versions"]


def is_public(text: str) -> bool:
    """Whether `text` names something through a shared or community gallery."""
    lowered = text.lower()
    return "/sharedgalleries/" in lowered or lowered.lstrip("/").startswith("communitygalleries/")


def parse_location(text: str, field: str) -> LocationName:
    subscription, location = _segments(text, field, _SHARED[:3])
    _check(ID_PATTERN, subscription, text, field)
    return LocationName(subscription, location)


def parse_public(text: str, field: str) -> PublicGallery | SharedImageName:
    """A shared or community gallery ("/subscriptions/{s}/providers/Microsoft.Compute/
    locations/{l}/sharedGalleries/{unique name}" or "/communityGalleries/{public name}"),
    or an image ("/images/{image}") or version ("/versions/{version}") under one."""
    segments = text.strip("/").split("/") if text else []
    community = bool(segments) and segments[0].lower() == _COMMUNITY[0]
    gallery_keywords = _COMMUNITY if community else _SHARED
    depth = (len(segments) - 2 * len(gallery_keywords)) // 2
    if not 0 <= depth <= len(_UNDER_GALLERY):
        depth = 0  # refused by _segments, naming the gallery's form
    parts = _segments(text, field, gallery_keywords + _UNDER_GALLERY[:depth])
    gallery: PublicGallery
    if community:
        gallery = CommunityGalleryName(parts[0])
    else:
        _check(ID_PATTERN, parts[0], text, field)
        gallery = SharedGalleryName(LocationName(parts[0], parts[1]), parts[2])
    under = parts[len(parts) - depth :] if depth else []
    if not under:
        return gallery
    return SharedImageName(gallery, *under)


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


# Scopes by their number of segments.
_ROLE_ASSIGNMENT_SCOPES: dict[int, Callable[[str, str], Scope]] = {
    2: parse_subscription,
    4: parse_resource_group,
    8: parse_gallery,
    10: parse_image_definition,
}
_WATCH_SCOPES: dict[int, Callable[[str, str], WatchScope]] = {
    **_ROLE_ASSIGNMENT_SCOPES,
    12: parse_image_version,
}
_HOLDERS_OF_VERSIONS: dict[int, Callable[[str, str], "GalleryName | ImageDefinitionName"]] = {
    8: parse_gallery,
    10: parse_image_definition,
}
_LIST_SCOPES: dict[int, Callable[[str, str], Scope]] = {
    2: parse_subscription,
    4: parse_resource_group,
}


def parse_role_assignment_scope(text: str, field: str) -> Scope:
    what = (
        "a subscription, resource group, gallery or image definition resource ID, e.g. "
        "/subscriptions/{subscription}/resourceGroups/{group}"
    )
    return _parse_scope(text, field, _ROLE_ASSIGNMENT_SCOPES, what)


def parse_role_assignment(text: str, field: str) -> RoleAssignmentName:
    """ "{scope}/providers/Microsoft.Authorization/roleAssignments/{id}", as in Azure."""
    at = text.lower().rfind(ROLE_ASSIGNMENTS.lower())
    assignment = text[at + len(ROLE_ASSIGNMENTS) :] if at >= 0 else ""
    if not ID_PATTERN.fullmatch(assignment):
        raise _bad_name(text, field, f"{{scope}}{ROLE_ASSIGNMENTS}{{id}}")
    return RoleAssignmentName(parse_role_assignment_scope(text[:at], field), assignment)


def parse_watch_scope(text: str, field: str) -> str:
    """The key of what a watch or a scrub covers: a version, definition, gallery,
    resource group or subscription; "" (everything) for ""."""
    if not text:
        return ""
    what = "an image version, image definition, gallery, resource group or subscription"
    return key(_parse_scope(text, field, _WATCH_SCOPES, what))


def parse_gallery_or_definition(text: str, field: str) -> "GalleryName | ImageDefinitionName":
    """What holds soft-deleted image versions: a gallery or an image definition."""
    what = "a gallery or image definition resource ID"
    return _parse_scope(text, field, _HOLDERS_OF_VERSIONS, what)


def parse_gallery_list_scope(text: str, field: str) -> GalleryListScope:
    """ "/subscriptions/{s}/resourceGroups/{rg}", "/subscriptions/{s}" (also as
    ".../resourceGroups/-") or "/subscriptions/-"."""
    parent = without_every_resource_group(text)
    if key(parent.strip("/")) == EVERY_SUBSCRIPTION[1:]:
        return GalleryListScope(None, None)
    what = (
        "/subscriptions/{subscription}/resourceGroups/{resourceGroup}, "
        "/subscriptions/{subscription} or /subscriptions/-"
    )
    scope = _parse_scope(parent, field, _LIST_SCOPES, what)
    if isinstance(scope, ResourceGroupName):
        return GalleryListScope(None, scope)
    return GalleryListScope(scope.subscription, None)


def without_every_resource_group(parent: str) -> str:
    """ "/subscriptions/{s}" for "/subscriptions/{s}/resourceGroups/-", which lists all of s."""
    parts = parent.strip("/").split("/")
    if len(parts) == 4 and parts[2].lower() == "resourcegroups" and parts[3] == EVERY:
        return "/" + "/".join(parts[:2])
    return parent


def subscription_key(scope_key: str) -> str:
    """The key of the subscription that a scope's key lies in."""
    return "/".join(scope_key.split("/")[:3])


def parse_tenant(text: str, field: str) -> TenantName:
    (tenant,) = _own_segments(text, field, ["tenants"])
    return TenantName(tenant)


def parse_principal(text: str, field: str) -> PrincipalName:
    tenant, principal = _own_segments(text, field, ["tenants", "principals"])
    return PrincipalName(TenantName(tenant), principal)


def parse_token(text: str, field: str) -> TokenName:
    tenant, principal, token = _own_segments(text, field, ["tenants", "principals", "tokens"])
    return TokenName(PrincipalName(TenantName(tenant), principal), token)


def parse_operation(text: str, field: str) -> OperationName:
    (operation,) = _own_segments(text, field, ["operations"])
    return OperationName(operation)


_SPELLING = {
    "subscriptions": "/subscriptions/{subscription}",
    "resourcegroups": "/resourceGroups/{resourceGroup}",
    "providers": f"/providers/{PROVIDER}",
    "galleries": "/galleries/{gallery}",
    "images": "/images/{image}",
    "versions": "/versions/{version}",
    "locations": "/locations/{location}",
    "sharedgalleries": "/sharedGalleries/{galleryUniqueName}",
    "communitygalleries": "/communityGalleries/{publicGalleryName}",
}


def _segments(text: str, field: str, keywords: list[str]) -> list[str]:
    """The values after each keyword of the Azure resource ID `text`, checking the keywords."""
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


def _last_segment(path: str) -> tuple[str, str, str]:
    """`path` as (what comes before its last two segments, the keyword, the value)."""
    head, _, value = path.rpartition("/")
    parent, _, keyword = head.rpartition("/")
    return parent, keyword, value


def _own_segments(text: str, field: str, collections: list[str]) -> list[str]:
    """The ids after each collection of the server's own name `text`, exactly spelled."""
    segments = text.split("/")
    ids = segments[1::2]
    if (
        segments[0::2] != collections
        or len(ids) != len(collections)
        or not all(ID_PATTERN.fullmatch(i) for i in ids)
    ):
        form = "/".join(f"{c}/{{{c.removesuffix('s')}}}" for c in collections)
        raise _bad_name(text, field, form)
    return ids


def _parse_scope(
    text: str, field: str, parsers: dict[int, Callable[[str, str], N]], what: str
) -> N:
    """The name parsed by the parser for its number of segments."""
    parse = parsers.get(len(text.strip("/").split("/")))
    if parse is None:
        description = f"{text[:SHOWN_CHARACTERS]!r} is not {what}"
        raise InvalidArgument([Violation(field, "INVALID_RESOURCE_NAME", description)])
    return parse(text, field)


def _not_of_form(text: str, field: str, keywords: list[str]) -> InvalidArgument:
    expected_form = "".join(_SPELLING.get(k, f"/{k}/{{name}}") for k in keywords)
    return _bad_name(text, field, expected_form)


def _resource_group(parts: list[str], text: str, field: str) -> ResourceGroupName:
    subscription, resource_group = parts[0], parts[1]
    _check(ID_PATTERN, subscription, text, field)
    _check(_RESOURCE_GROUP, resource_group, text, field)
    return ResourceGroupName(subscription, resource_group)


def _gallery(parts: list[str], text: str, field: str) -> GalleryName:
    return GalleryName(_resource_group(parts, text, field), parts[2])


def _check(pattern: re.Pattern[str], value: str, text: str, field: str) -> None:
    if not pattern.fullmatch(value) or not value.isascii() or value == EVERY:
        what = "subscription id" if pattern is ID_PATTERN else "resource group name"
        shown = text[:SHOWN_CHARACTERS]
        description = f"{value[:SHOWN_CHARACTERS]!r} in {shown!r} is not a valid {what}"
        raise InvalidArgument([Violation(field, "INVALID_RESOURCE_NAME", description)])


def _bad_name(text: str, field: str, expected_form: str) -> InvalidArgument:
    shown = text[:SHOWN_CHARACTERS]
    description = f"{shown!r} is not a resource name of the form {expected_form}"
    return InvalidArgument([Violation(field, "INVALID_RESOURCE_NAME", description)])

"""A gallery's sharing profile (Azure's sharingProfile) and the share operations
that change it: who beyond its roles may read the gallery. The records that
carry these shares into access decisions are domain/sharing.py's."""

import copy
import re
import uuid
from dataclasses import dataclass, field

from imagegallery_server.domain import names, validation
from imagegallery_server.domain.errors import FailedPrecondition, ResourceExhausted, Violations
from imagegallery_server.domain.model import (
    CommunityGalleryInfo,
    GallerySharingPermission,
    SharingGroupType,
    SharingOperation,
    SharingProfile,
    SharingProfileGroup,
)

# Azure's limits on direct sharing: subscriptions and tenants per gallery.
LIMITS = {SharingGroupType.SUBSCRIPTIONS: 30, SharingGroupType.AAD_TENANTS: 5}
PREFIX_PATTERN = re.compile(r"[A-Za-z0-9]{1,16}")
PREFIX_RULE = "letters and digits, at most 16"
FIELD = "gallery.sharing_profile"


@dataclass(frozen=True)
class Audience:
    """One subscription or tenant a gallery is shared with."""

    type: SharingGroupType
    id: str

    @property
    def key(self) -> str:
        if self.type is SharingGroupType.SUBSCRIPTIONS:
            return names.key(names.SubscriptionName(self.id))
        return names.key(names.TenantName(self.id))


@dataclass
class Change:
    """A share operation and the audiences it names."""

    operation: SharingOperation
    audiences: list[Audience] = field(default_factory=list)


def created(profile: SharingProfile | None, v: Violations) -> SharingProfile | None:
    """The profile a new gallery starts with: its permission, and for a community
    gallery its info, given a public name (unpublished until ENABLE_COMMUNITY)."""
    if profile is None:
        return None
    permission = profile.permissions or GallerySharingPermission.PRIVATE
    info = profile.community_gallery_info
    if info is not None:
        _check_info(info, f"{FIELD}.community_gallery_info", v)
        info.community_gallery_enabled = False
        info.public_names = [f"{info.public_name_prefix}-{uuid.uuid4()}"]
    elif permission is GallerySharingPermission.COMMUNITY:
        v.required(f"{FIELD}.community_gallery_info", "the community gallery's publisher info")
    return SharingProfile(permission, [], info)


def _check_info(info: CommunityGalleryInfo, path: str, v: Violations) -> None:
    validation.check_uri(info.publisher_uri, f"{path}.publisher_uri", v)
    validation.check_uri(info.eula, f"{path}.eula", v)
    if "@" not in info.publisher_contact:
        v.add(f"{path}.publisher_contact", "FIELD_INVALID", "an e-mail address is required")
    validation.check_name(
        info.public_name_prefix, f"{path}.public_name_prefix", PREFIX_PATTERN, PREFIX_RULE, v
    )


def read_change(
    operation: SharingOperation | None, groups: list[SharingProfileGroup], v: Violations
) -> Change | None:
    """The change a share request asks for, or None with its faults in `v`."""
    audiences = []
    for index, group in enumerate(groups):
        path = f"groups[{index}]"
        if group.type is None:
            v.required(f"{path}.type", "SUBSCRIPTIONS or AAD_TENANTS")
        if not group.ids:
            v.required(f"{path}.ids", "the subscription or tenant ids")
        for at, id_ in enumerate(group.ids):
            validation.check_name(id_, f"{path}.ids[{at}]", names.ID_PATTERN, names.ID_RULE, v)
            if group.type is not None:
                audiences.append(Audience(group.type, id_))
    if operation is None:
        v.required("operation_type", "ADD, REMOVE, RESET or ENABLE_COMMUNITY")
        return None
    if operation in (SharingOperation.ADD, SharingOperation.REMOVE) and not groups:
        v.required("groups", f"the subscriptions or tenants to {operation.value.lower()}")
    if operation in (SharingOperation.RESET, SharingOperation.ENABLE_COMMUNITY) and groups:
        v.add("groups", "FIELD_INVALID", f"{operation.value} takes no groups")
    return Change(operation, audiences)


def audiences_of(profile: SharingProfile | None) -> list[Audience]:
    if profile is None:
        return []
    return [Audience(g.type, id_) for g in profile.groups if g.type for id_ in g.ids]


def published(profile: SharingProfile | None) -> str | None:
    """The public name of a published community gallery, else None."""
    info = profile.community_gallery_info if profile else None
    if info is None or not info.community_gallery_enabled or not info.public_names:
        return None
    return info.public_names[0]


def apply(profile: SharingProfile | None, change: Change, gallery: str) -> SharingProfile:
    """The profile after `change` (`profile` left as it is), or the refusal Azure gives."""
    current = profile or SharingProfile(GallerySharingPermission.PRIVATE)
    audiences = audiences_of(current)
    info = copy.deepcopy(current.community_gallery_info)
    operation = change.operation
    if operation is SharingOperation.RESET:
        if info is not None:
            info.community_gallery_enabled = False
        return SharingProfile(GallerySharingPermission.PRIVATE, [], info)
    if operation is SharingOperation.ENABLE_COMMUNITY:
        if info is None or audiences:
            raise _not_allowed(current, gallery, _ENABLE_NEEDS)
        info.community_gallery_enabled = True
        return SharingProfile(GallerySharingPermission.COMMUNITY, [], info)
    if operation is SharingOperation.ADD:
        if current.permissions is GallerySharingPermission.COMMUNITY:
            raise _not_allowed(current, gallery, "reset it (RESET) before sharing it with groups")
        keys = {a.key for a in audiences}
        audiences += [a for a in _unique(change.audiences) if a.key not in keys]
        _refuse_over_limit(audiences, gallery)
        return SharingProfile(GallerySharingPermission.GROUPS, _groups(audiences), info)
    removed = {a.key for a in change.audiences}
    kept = [a for a in audiences if a.key not in removed]
    return SharingProfile(current.permissions, _groups(kept), info)


_ENABLE_NEEDS = (
    "a gallery is published to the community when it was created with COMMUNITY permission "
    "and community_gallery_info, and is shared with no groups (RESET them first)"
)


def _unique(audiences: list[Audience]) -> list[Audience]:
    return list({a.key: a for a in audiences}.values())


def _groups(audiences: list[Audience]) -> list[SharingProfileGroup]:
    return [
        SharingProfileGroup(kind, ids)
        for kind in SharingGroupType
        if (ids := [a.id for a in audiences if a.type is kind])
    ]


def _refuse_over_limit(audiences: list[Audience], gallery: str) -> None:
    for kind, limit in LIMITS.items():
        if sum(a.type is kind for a in audiences) > limit:
            raise ResourceExhausted(
                "SHARE_LIMIT_EXCEEDED",
                f"The gallery {gallery} would be shared with more than {limit} "
                f"{kind.value}; remove some first.",
                resource=gallery,
                type=kind.value,
                limit=str(limit),
            )


def _not_allowed(profile: SharingProfile, gallery: str, advice: str) -> FailedPrecondition:
    permission = profile.permissions or GallerySharingPermission.PRIVATE
    return FailedPrecondition(
        "SHARING_NOT_ALLOWED",
        f"The gallery {gallery} has sharing permission {permission.value}: {advice}.",
        resource=gallery,
        permissions=permission.value,
    )

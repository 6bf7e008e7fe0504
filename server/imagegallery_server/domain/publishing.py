"""A version's publishing profile: its target regions checked and normalized,
and the replicas (region, replica, zone) they ask for.

A shallow version (Azure's ReplicationMode Shallow) makes no copy: it is served
from its source's committed disks, so (as in Azure) it targets its own region
alone, with one replica, and asks for no replicas to be made."""

from dataclasses import dataclass, replace

from imagegallery_server.domain import regions, validation
from imagegallery_server.domain.errors import Violations
from imagegallery_server.domain.model import (
    PublishingProfile,
    ReplicationMode,
    StorageAccountType,
    TargetRegion,
)

FIELD = "image_version.publishing_profile"
ZONES = ("1", "2", "3")
NO_ZONE = "0"


@dataclass(frozen=True)
class PlannedReplica:
    region: str
    replica: int
    zone: str


@dataclass(frozen=True)
class AllowList:
    """The regions that need allow-listing that a subscription may replicate to."""

    subscription: str
    regions: frozenset[str]


# An estimate is no deployment: allow-listing is not asked for yet.
EVERY_REGION_ALLOWED = AllowList("", regions.NEEDS_ALLOW_LIST)


def normalize(
    profile: PublishingProfile,
    location: str,
    replica_limit: int,
    allowed: AllowList,
    v: Violations,
) -> PublishingProfile:
    """The profile with defaults filled and regions in their short form; what is
    wrong goes to `v`. `location` is the version's region (its source's)."""
    common = profile.replica_count or 1
    _check_count(common, f"{FIELD}.replica_count", replica_limit, v)
    default_type = profile.storage_account_type or StorageAccountType.STANDARD_LRS
    # Without a source region (the source was refused) there is no default target.
    targets = profile.target_regions or ([TargetRegion(name=location)] if location else [])
    seen: dict[str, int] = {}
    normalized = []
    for index, target in enumerate(targets):
        path = f"{FIELD}.target_regions[{index}]"
        region = validation.check_region(target.name, f"{path}.name", v)
        if region is None:
            continue
        if region.name in seen:
            v.add(
                f"{path}.name",
                "DUPLICATE_VALUE",
                f"{target.name!r} is {region.name}, already target_regions[{seen[region.name]}]: "
                "duplicate regions are not allowed in target publishing regions",
            )
            continue
        seen[region.name] = index
        if region.name in regions.NEEDS_ALLOW_LIST and region.name not in allowed.regions:
            v.add(
                f"{path}.name",
                "REGION_NOT_ALLOWLISTED",
                f"{region.display_name} needs the subscription to be allow-listed first: an "
                "Owner of the subscription allows it with AccessService.AllowRegion "
                f"(imagegallery subscription allow-region --subscription "
                f"{allowed.subscription} --region {region.name})",
            )
        if target.regional_replica_count:
            _check_count(
                target.regional_replica_count, f"{path}.regional_replica_count", replica_limit, v
            )
        storage = target.storage_account_type or default_type
        if storage is StorageAccountType.STANDARD_ZRS and not region.has_availability_zones:
            v.add(
                f"{path}.storage_account_type",
                "ZRS_NOT_SUPPORTED",
                f"{region.display_name} has no availability zones, so Standard_ZRS storage "
                "is not supported there; use Standard_LRS or Premium_LRS",
            )
        normalized.append(replace(target, name=region.name, storage_account_type=storage))
    if location and location not in seen:
        v.add(
            f"{FIELD}.target_regions",
            "SOURCE_REGION_NOT_TARGETED",
            f"the target regions must contain the version's own region {location}, "
            "where its source lies",
        )
    mode = profile.replication_mode or ReplicationMode.FULL
    if mode is ReplicationMode.SHALLOW:
        _check_shallow(profile, location, v)
    return replace(
        profile,
        target_regions=normalized,
        replica_count=common,
        storage_account_type=default_type,
        replication_mode=mode,
    )


def _check_shallow(profile: PublishingProfile, location: str, v: Violations) -> None:
    """Azure's limits of shallow replication: the source's region alone, one replica."""
    why = "a shallow version is served from its source, in its own region alone, with one replica"
    if profile.replica_count > 1:
        v.add(f"{FIELD}.replica_count", "SHALLOW_REPLICATION_LIMIT", why)
    for index, target in enumerate(profile.target_regions):
        path = f"{FIELD}.target_regions[{index}]"
        region = regions.lookup(target.name)
        if region is not None and location and region.name != location:
            v.add(f"{path}.name", "SHALLOW_REPLICATION_LIMIT", f"{why} ({location})")
        if target.regional_replica_count > 1:
            v.add(f"{path}.regional_replica_count", "SHALLOW_REPLICATION_LIMIT", why)


def plan(profile: PublishingProfile) -> list[PlannedReplica]:
    """Every copy the profile asks for: a Standard_ZRS replica is kept in three
    zones, any other in one (replicas spread over the zones in turn); none for a
    shallow version."""
    if is_shallow(profile):
        return []
    planned = []
    for target in profile.target_regions:
        region = regions.lookup(target.name)
        zoned = region is not None and region.has_availability_zones
        for replica in range(replicas_in(profile, target)):
            if target.storage_account_type is StorageAccountType.STANDARD_ZRS:
                zones: tuple[str, ...] = ZONES
            else:
                zones = (ZONES[replica % len(ZONES)] if zoned else NO_ZONE,)
            planned += [PlannedReplica(target.name, replica, zone) for zone in zones]
    return planned


def is_shallow(profile: PublishingProfile) -> bool:
    return profile.replication_mode is ReplicationMode.SHALLOW


def replicas_in(profile: PublishingProfile, target: TargetRegion) -> int:
    """A region's replica count: its own, or else the profile's common one."""
    return target.regional_replica_count or profile.replica_count or 1


def _check_count(count: int, path: str, limit: int, v: Violations) -> None:
    if not 1 <= count <= limit:
        v.add(
            path,
            "FIELD_INVALID",
            f"the value {count} is out of range: replicas in a region must be between 1 "
            f"and {limit}, inclusive",
        )
